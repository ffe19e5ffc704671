// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// HTTPS with normal certificate checks: the test makes its own CA and server certificates with the openssl
// command, and the engine trusts that CA explicitly (SyncEngine::setExtraCaCertificates). Without that trust, or
// with a certificate for another host name, nothing is sent. Plain http is refused except on loopback.
#include "syncserverprocess.h"
#include "synctesthelpers.h"
#include "testproposals.h"

#include <sync/draftstore.h>
#include <sync/syncengine.h>

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ss;

class TestSyncHttps : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<QSslCertificate> m_ca;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    bool openssl(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning("openssl %s: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    bool makeServerCertificate(const QString &name, const QString &subjectAltName)
    {
        QFile ext(m_dir.filePath(name + QStringLiteral(".ext")));
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write("basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\n"
                  "extendedKeyUsage=serverAuth\nsubjectAltName=" + subjectAltName.toLatin1() + "\n");
        ext.close();
        return openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                        QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                        QStringLiteral("-out"), name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=") + name})
               && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                           name + QStringLiteral(".csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                           QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                           QStringLiteral("-out"), name + QStringLiteral(".pem"), QStringLiteral("-days"),
                           QStringLiteral("2"), QStringLiteral("-extfile"), name + QStringLiteral(".ext")});
    }

    struct Outcome
    {
        qint64 stored = 0;
        int outbox = 0;
        QString error;
    };

    //! Queues 3 proposals and lets an engine try them against a TLS server for at most \a waitMs.
    Outcome syncOverTls(const QString &certificate, bool trustCa, int waitMs)
    {
        static int run = 0;
        ++run;
        Outcome o;
        SyncTest::SyncServerProcess server;
        if (!server.start(m_dir.filePath(QStringLiteral("server%1.sqlite").arg(run)),
                          {QStringLiteral("--tls-cert"), m_dir.filePath(certificate + QStringLiteral(".pem")),
                           QStringLiteral("--tls-key"), m_dir.filePath(certificate + QStringLiteral(".key"))}))
            qFatal("cannot start the TLS server: %s", qPrintable(server.errorString()));
        Sync::DraftStore store;
        if (!store.open(m_dir.filePath(QStringLiteral("client%1.sqlite").arg(run)))
            || SyncTest::queueProposals(store, 1, 3).size() != 3)
            qFatal("cannot queue proposals");
        Sync::SyncEngine engine(&store);
        Sync::RetryPolicy fast{5, 50, 50, 200};
        engine.setRetryPolicy(fast);
        engine.setServerUrl(server.url());
        engine.setToken(QString::fromLatin1(server.kToken));
        if (trustCa)
            engine.setExtraCaCertificates(m_ca);
        connect(&engine, &Sync::SyncEngine::errorOccurred, this, [&o](const QString &e) { o.error = e; });
        engine.start();
        QDeadlineTimer deadline(waitMs);
        while (engine.outboxCount() > 0 && !deadline.hasExpired())
            QTest::qWait(20);
        o.outbox = engine.outboxCount();
        engine.stop();
        o.stored = server.stats().value(u"proposals").toInteger();
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("the openssl command is not installed");
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                         QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                         QStringLiteral("/CN=Seoul Solution Test CA"), QStringLiteral("-addext"),
                         QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                         QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}));
        QVERIFY(makeServerCertificate(QStringLiteral("server"), QStringLiteral("IP:127.0.0.1,DNS:localhost")));
        QVERIFY(makeServerCertificate(QStringLiteral("wronghost"), QStringLiteral("DNS:portal.example.org")));
        m_ca = QSslCertificate::fromPath(path("ca.pem"));
        QCOMPARE(m_ca.size(), 1);
    }

    void sendsWithTheTrustedCa()
    {
        const Outcome o = syncOverTls(QStringLiteral("server"), true, 20000);
        QCOMPARE(o.outbox, 0);
        QCOMPARE(o.stored, 3);
    }

    void refusesAnUnknownCa()
    {
        const Outcome o = syncOverTls(QStringLiteral("server"), false, 2500);
        QCOMPARE(o.stored, 0);
        QCOMPARE(o.outbox, 3);
        QVERIFY2(o.error.contains(u"cannot be reached"), qPrintable(o.error));
    }

    void refusesTheWrongHostName()
    {
        const Outcome o = syncOverTls(QStringLiteral("wronghost"), true, 2500);
        QCOMPARE(o.stored, 0);
        QCOMPARE(o.outbox, 3);
    }

    void plainHttpOnlyOnLoopback()
    {
        Sync::DraftStore store;
        QVERIFY(store.open(path("http.sqlite")));
        Sync::SyncEngine engine(&store);
        QVERIFY(!engine.setServerUrl(QUrl(QStringLiteral("http://portal.example.org"))));
        QVERIFY(!engine.errorString().isEmpty());
        QVERIFY(!engine.setServerUrl(QUrl(QStringLiteral("ftp://127.0.0.1"))));
        QVERIFY(engine.setServerUrl(QUrl(QStringLiteral("https://portal.example.org/api"))));
        QVERIFY(engine.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:8080"))));
        QVERIFY(engine.setServerUrl(QUrl(QStringLiteral("http://localhost:8080"))));
        QVERIFY(engine.setServerUrl(QUrl(QStringLiteral("http://[::1]:8080"))));
    }
};

QTEST_GUILESS_MAIN(TestSyncHttps)
#include "tst_synchttps.moc"
