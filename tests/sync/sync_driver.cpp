// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// A headless sync client for the fault tests (Y1, Y2, offline → online, C1, C2): the real DraftStore, SyncEngine
// and TokenStore, driven from the command line, reporting on stdout one event per line:
//   online 0|1 · outbox N · sent DRAFT-ID SERVER-ID · remembered 0|1 TEXT · token found|missing · done · timeout
// Built twice: sync_driver (ss_sync) and sync_driver_mutant (ss_sync_mutant, see app/sync/mutation.h).
#include "testproposals.h"

#include <sync/draftstore.h>
#include <sync/syncengine.h>
#include <sync/tokenstore.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Ss;

namespace {
void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("Draft database."), QStringLiteral("path")},
        {QStringLiteral("server"), QStringLiteral("Server base URL."), QStringLiteral("url")},
        {QStringLiteral("token"), QStringLiteral("Use this token for the session (no keychain)."), QStringLiteral("t")},
        {QStringLiteral("login"), QStringLiteral("Store this token in the keychain, then sync."), QStringLiteral("t")},
        {QStringLiteral("load-token"), QStringLiteral("Read the token from the keychain, then sync.")},
        {QStringLiteral("logout"), QStringLiteral("Forget the token when done.")},
        {QStringLiteral("keychain-service"), QStringLiteral("Keychain service name."), QStringLiteral("name"),
         QStringLiteral("SeoulSolutionTest")},
        {QStringLiteral("create"), QStringLiteral("Queue N new proposals first."), QStringLiteral("n")},
        {QStringLiteral("first"), QStringLiteral("Number of the first created proposal."), QStringLiteral("n"),
         QStringLiteral("1")},
        {QStringLiteral("attachment-every"), QStringLiteral("Every k-th created proposal has an attachment."),
         QStringLiteral("k"), QStringLiteral("0")},
        {QStringLiteral("policy"), QStringLiteral("Backoff base:cap:probeBase:probeCap in ms."), QStringLiteral("spec")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the backoff jitter."), QStringLiteral("n")},
        {QStringLiteral("transfer-timeout"), QStringLiteral("Transfer timeout in ms."), QStringLiteral("ms"),
         QStringLiteral("30000")},
        {QStringLiteral("max-in-flight"), QStringLiteral("Requests at a time."), QStringLiteral("n"), QStringLiteral("4")},
        {QStringLiteral("ca"), QStringLiteral("Also trust this CA certificate (PEM)."), QStringLiteral("pem")},
        {QStringLiteral("until-empty"), QStringLiteral("Exit 0 when the outbox is empty.")},
        {QStringLiteral("timeout"), QStringLiteral("Exit 2 after this many seconds."), QStringLiteral("s"),
         QStringLiteral("120")},
    });
    parser.process(app);

    Sync::DraftStore store;
    if (!store.open(parser.value(QStringLiteral("db")))) {
        say(QStringLiteral("error ") + store.errorString());
        return 3;
    }
    if (parser.isSet(QStringLiteral("create"))) {
        const QList<qint64> ids =
            SyncTest::queueProposals(store, parser.value(QStringLiteral("first")).toInt(),
                                     parser.value(QStringLiteral("create")).toInt(),
                                     parser.value(QStringLiteral("attachment-every")).toInt());
        if (ids.isEmpty()) {
            say(QStringLiteral("error ") + store.errorString());
            return 3;
        }
    }

    Sync::SyncEngine engine(&store);
    if (!engine.setServerUrl(QUrl(parser.value(QStringLiteral("server"))))) {
        say(QStringLiteral("error ") + engine.errorString());
        return 3;
    }
    if (parser.isSet(QStringLiteral("policy"))) {
        const QStringList p = parser.value(QStringLiteral("policy")).split(u':');
        Sync::RetryPolicy policy;
        policy.baseMs = p.value(0).toLongLong();
        policy.capMs = p.value(1).toLongLong();
        policy.probeBaseMs = p.value(2).toLongLong();
        policy.probeCapMs = p.value(3).toLongLong();
        engine.setRetryPolicy(policy);
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        auto random = std::make_shared<QRandomGenerator>(parser.value(QStringLiteral("seed")).toUInt());
        engine.setRandom([random] { return random->generateDouble(); });
    }
    engine.setTimeouts(parser.value(QStringLiteral("transfer-timeout")).toInt(), 60000);
    engine.setMaxInFlight(parser.value(QStringLiteral("max-in-flight")).toInt());
    if (parser.isSet(QStringLiteral("ca")))
        engine.setExtraCaCertificates(QSslCertificate::fromPath(parser.value(QStringLiteral("ca"))));

    Sync::TokenStore tokens(parser.value(QStringLiteral("keychain-service")));
    const QString account = engine.serverUrl().toString();
    const bool untilEmpty = parser.isSet(QStringLiteral("until-empty"));
    const bool logout = parser.isSet(QStringLiteral("logout"));

    auto finish = [&](int code) {
        engine.stop();
        if (code == 0 && logout) {
            QObject::connect(&tokens, &Sync::TokenStore::forgotten, &app, [] { QCoreApplication::exit(0); });
            tokens.forget(account);
            return;
        }
        QCoreApplication::exit(code);
    };
    QObject::connect(&engine, &Sync::SyncEngine::onlineChanged, &app,
                     [](bool online) { say(QStringLiteral("online %1").arg(online ? 1 : 0)); });
    QObject::connect(&engine, &Sync::SyncEngine::proposalSent, &app, [](qint64 id, const QString &serverId) {
        say(QStringLiteral("sent %1 %2").arg(id).arg(serverId));
    });
    bool isDone = false;
    QObject::connect(&engine, &Sync::SyncEngine::outboxCountChanged, &app, [&](int count) {
        say(QStringLiteral("outbox %1").arg(count));
        if (untilEmpty && count == 0 && !std::exchange(isDone, true)) {
            say(QStringLiteral("done"));
            QTimer::singleShot(0, &app, [&] { finish(0); }); // start() reports the count before exec() runs
        }
    });
    QObject::connect(&engine, &Sync::SyncEngine::authenticationRequired, &app,
                     [] { say(QStringLiteral("unauthorized")); });
    QObject::connect(&tokens, &Sync::TokenStore::tokenChanged, &engine, &Sync::SyncEngine::setToken);
    QObject::connect(&tokens, &Sync::TokenStore::saved, &app, [&](bool remembered) {
        say(QStringLiteral("remembered %1 %2").arg(remembered ? 1 : 0).arg(tokens.storageText()));
    });
    QTimer::singleShot(parser.value(QStringLiteral("timeout")).toInt() * 1000, &app, [&] {
        say(QStringLiteral("timeout"));
        finish(2);
    });

    if (parser.isSet(QStringLiteral("token"))) {
        engine.setToken(parser.value(QStringLiteral("token")));
        engine.start();
    } else if (parser.isSet(QStringLiteral("login"))) {
        // The token works at once; syncing starts when the keychain has answered, so that the run reports
        // whether it was remembered before it ends.
        QObject::connect(&tokens, &Sync::TokenStore::saved, &engine, &Sync::SyncEngine::start);
        tokens.save(account, parser.value(QStringLiteral("login")));
    } else if (parser.isSet(QStringLiteral("load-token"))) {
        QObject::connect(&tokens, &Sync::TokenStore::loaded, &app, [&](bool found) {
            say(found ? QStringLiteral("token found") : QStringLiteral("token missing"));
            if (found)
                engine.start();
            else
                finish(4);
        });
        tokens.load(account);
    } else {
        say(QStringLiteral("error no token option"));
        return 64;
    }
    return app.exec();
}
