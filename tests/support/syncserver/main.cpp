// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// seoulsolution-sync-server: the reference server of docs/sync-protocol.md, for tests, benchmarks and demos.
// Prints the port it listens on as the first line of stdout (useful with --port 0), then serves until killed.
#include "faultplan.h"
#include "serverstore.h"
#include "syncserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

#include <cstdio>

using namespace Ss::SyncServer;

namespace {
int usageError(const QString &message)
{
    std::fprintf(stderr, "seoulsolution-sync-server: %s\n", qPrintable(message));
    return 64;
}

bool readShare(const QCommandLineParser &parser, const QString &name, double *share)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    *share = parser.value(name).toDouble(&ok);
    return ok && *share >= 0 && *share <= 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("seoulsolution-sync-server"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reference server for the Seoul Solution proposal sync protocol (docs/sync-protocol.md), with fault "
        "injection. Prints its port on the first line of stdout."));
    parser.addHelpOption();
    const QList<QCommandLineOption> options{
        {QStringLiteral("db"), QStringLiteral("SQLite file of the server (created if missing)."), QStringLiteral("path")},
        {QStringLiteral("host"), QStringLiteral("Address to listen on (default 127.0.0.1)."), QStringLiteral("address"),
         QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), QStringLiteral("Port (default 0: any free port)."), QStringLiteral("port"),
         QStringLiteral("0")},
        {QStringLiteral("token"), QStringLiteral("Accept the bearer token TOKEN for USER (repeatable)."),
         QStringLiteral("user:token")},
        {QStringLiteral("admin-token"), QStringLiteral("Enable /admin/* with this bearer token."), QStringLiteral("token")},
        {QStringLiteral("tls-cert"), QStringLiteral("Serve HTTPS with this PEM certificate (chain)."), QStringLiteral("pem")},
        {QStringLiteral("tls-key"), QStringLiteral("The PEM private key of --tls-cert."), QStringLiteral("pem")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the fault draws (default 1)."), QStringLiteral("n"), QStringLiteral("1")},
        {QStringLiteral("drop-before"), QStringLiteral("Share of requests dropped before processing."), QStringLiteral("p")},
        {QStringLiteral("drop-after"), QStringLiteral("Share of requests dropped after the commit."), QStringLiteral("p")},
        {QStringLiteral("error-500"), QStringLiteral("Share of requests answered 500."), QStringLiteral("p")},
        {QStringLiteral("error-503"), QStringLiteral("Share of requests answered 503 with Retry-After."), QStringLiteral("p")},
        {QStringLiteral("retry-after"), QStringLiteral("Retry-After seconds of the 503 answers (default 1)."),
         QStringLiteral("s")},
        {QStringLiteral("close-mid-body"), QStringLiteral("Share of answers cut after half the body."), QStringLiteral("p")},
        {QStringLiteral("crash-after-commit"), QStringLiteral("Share of commits followed by SIGKILL of the server."),
         QStringLiteral("p")},
        {QStringLiteral("delay-share"), QStringLiteral("Share of requests held before processing."), QStringLiteral("p")},
        {QStringLiteral("delay-ms"), QStringLiteral("Range of the delays, e.g. 10:200."), QStringLiteral("min:max")},
        {QStringLiteral("max-attachment-bytes"), QStringLiteral("Largest attachment accepted (default 10 MiB)."),
         QStringLiteral("n")},
    };
    parser.addOptions(options);
    parser.process(app);

    if (!parser.isSet(QStringLiteral("db")))
        return usageError(QStringLiteral("--db is required"));
    SyncServer::Options serverOptions;
    for (const QString &spec : parser.values(QStringLiteral("token"))) {
        const qsizetype colon = spec.indexOf(u':');
        if (colon <= 0 || colon == spec.size() - 1)
            return usageError(QStringLiteral("--token expects user:token"));
        serverOptions.tokens.insert(spec.mid(colon + 1), spec.left(colon));
    }
    serverOptions.adminToken = parser.value(QStringLiteral("admin-token"));
    if (parser.isSet(QStringLiteral("max-attachment-bytes")))
        serverOptions.maxAttachmentBytes = parser.value(QStringLiteral("max-attachment-bytes")).toLongLong();

    FaultPlan plan;
    plan.seed = parser.value(QStringLiteral("seed")).toUInt();
    plan.retryAfterSeconds = parser.isSet(QStringLiteral("retry-after"))
                                 ? parser.value(QStringLiteral("retry-after")).toInt()
                                 : plan.retryAfterSeconds;
    const std::pair<const char *, double *> shares[] = {
        {"drop-before", &plan.dropBefore},   {"drop-after", &plan.dropAfter},
        {"error-500", &plan.error500},       {"error-503", &plan.error503},
        {"close-mid-body", &plan.closeMidBody}, {"crash-after-commit", &plan.crashAfterCommit},
        {"delay-share", &plan.delayShare},
    };
    for (const auto &[name, share] : shares) {
        if (!readShare(parser, QString::fromLatin1(name), share))
            return usageError(QStringLiteral("--%1 expects a share in [0, 1]").arg(QString::fromLatin1(name)));
    }
    if (parser.isSet(QStringLiteral("delay-ms"))) {
        const QStringList range = parser.value(QStringLiteral("delay-ms")).split(u':');
        plan.delayMinMs = range.value(0).toInt();
        plan.delayMaxMs = range.value(1, range.value(0)).toInt();
        if (plan.delayShare == 0)
            plan.delayShare = 1;
    }

    ServerStore store;
    if (!store.open(parser.value(QStringLiteral("db")))) {
        std::fprintf(stderr, "seoulsolution-sync-server: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    SyncServer server(&store, serverOptions, plan);
    if (parser.isSet(QStringLiteral("tls-cert"))) {
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(parser.value(QStringLiteral("tls-cert")));
        QFile keyFile(parser.value(QStringLiteral("tls-key")));
        if (chain.isEmpty() || !keyFile.open(QIODevice::ReadOnly))
            return usageError(QStringLiteral("--tls-cert and --tls-key must name readable PEM files"));
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec);
        if (key.isNull())
            return usageError(QStringLiteral("--tls-key: not an RSA or EC private key"));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificateChain(chain);
        ssl.setPrivateKey(key);
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with their token, not a certificate
        server.sslSetup(ssl);
    }
    const quint16 port = server.listen(QHostAddress(parser.value(QStringLiteral("host"))),
                                       quint16(parser.value(QStringLiteral("port")).toUInt()));
    if (port == 0) {
        std::fprintf(stderr, "seoulsolution-sync-server: cannot listen on %s:%s\n",
                     qPrintable(parser.value(QStringLiteral("host"))), qPrintable(parser.value(QStringLiteral("port"))));
        return 1;
    }
    std::printf("%u\n", unsigned(port));
    std::fflush(stdout);
    return app.exec();
}
