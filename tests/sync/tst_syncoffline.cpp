// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// Offline → online (issue 5): the client runs with the production backoff for proposals (2 s doubling to 10 min)
// and a short reachability probe. First the server swallows every submission (the items pile up retries and
// long backoffs), then it is down for two seconds, then it comes back: nothing has been stored while it was down
// or dropping, and everything is sent within a few seconds of its return, because going back online resets the
// backoff. Expected failure: the "no-reconnect" mutant keeps the backoff and is late.
#include "syncserverprocess.h"
#include "synctesthelpers.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Ss;

namespace {
struct OfflineRun
{
    qint64 storedWhileDown = -1;
    qint64 sentAfterMs = -1; // from the server's return to an empty outbox; -1: not within the wait
    qint64 stored = 0;
    qint64 distinct = 0;
    QByteArray output;
};
constexpr int kProposals = 20;
constexpr int kDeadlineMs = 4000; // "within a few seconds"
} // namespace

class TestSyncOffline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    //! \a waitMs: how long to wait for the outbox to empty after the server is back.
    OfflineRun run(const QString &name, const QString &driver, quint32 seed, int waitMs, const QByteArray &mutation = {})
    {
        OfflineRun r;
        const QString db = m_dir.filePath(name + QStringLiteral(".sqlite"));
        const QString serverDb = m_dir.filePath(name + QStringLiteral("-server.sqlite"));
        if (!SyncTest::makeQueuedDatabase(db, 1, kProposals, 0))
            qFatal("cannot make the client database");
        SyncTest::SyncServerProcess server;
        if (!server.start(serverDb, {QStringLiteral("--drop-before"), QStringLiteral("1")}))
            qFatal("cannot start the server: %s", qPrintable(server.errorString()));
        const quint16 port = server.port();

        QProcess client;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!mutation.isEmpty())
            env.insert(QStringLiteral("SS_SYNC_MUTATION"), QString::fromLatin1(mutation));
        client.setProcessEnvironment(env);
        client.start(driver, {QStringLiteral("--db"), db, QStringLiteral("--server"), server.url().toString(),
                              QStringLiteral("--token"), QString::fromLatin1(server.kToken),
                              QStringLiteral("--policy"), QStringLiteral("2000:600000:200:1000"),
                              QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--until-empty"),
                              QStringLiteral("--timeout"), QStringLiteral("60")});
        if (!client.waitForStarted(5000))
            qFatal("cannot start the client");
        QTest::qWait(4000); // every submission is dropped; each proposal backs off for seconds
        server.kill();
        QTest::qWait(2000); // down: the client goes offline and probes
        r.storedWhileDown = 0;
        if (!server.start(serverDb, {}, port))
            qFatal("cannot restart the server: %s", qPrintable(server.errorString()));
        r.storedWhileDown = server.stats().value(u"proposals").toInteger();
        QElapsedTimer back;
        back.start();
        while (back.elapsed() < waitMs && client.state() == QProcess::Running)
            client.waitForFinished(50);
        if (client.state() == QProcess::NotRunning && client.exitCode() == 0)
            r.sentAfterMs = back.elapsed();
        client.kill();
        client.waitForFinished(5000);
        r.output = client.readAllStandardOutput();
        const QJsonObject stats = server.stats();
        r.stored = stats.value(u"proposals").toInteger();
        r.distinct = stats.value(u"distinct_client_refs").toInteger();
        return r;
    }

private Q_SLOTS:
    void sentSoonAfterTheServerReturns()
    {
        const quint32 seed = SyncTest::testSeed(11);
        const OfflineRun r = run(QStringLiteral("offline"), QStringLiteral(SS_SYNC_DRIVER_EXE), seed, kDeadlineMs + 6000);
        qInfo("offline → online: seed %u, stored while dropping/down %lld, all sent %lld ms after the return", seed,
              r.storedWhileDown, r.sentAfterMs);
        QCOMPARE(r.storedWhileDown, 0);
        QVERIFY2(r.output.contains("online 0"), r.output.constData()); // it noticed the server was gone
        QVERIFY2(r.sentAfterMs >= 0 && r.sentAfterMs <= kDeadlineMs,
                 qPrintable(QStringLiteral("seed %1: %2 ms").arg(seed).arg(r.sentAfterMs)));
        QCOMPARE(r.stored, kProposals);
        QCOMPARE(r.distinct, kProposals);
    }

    void noReconnectMutantIsLate()
    {
        const quint32 seed = SyncTest::testSeed(11);
        const OfflineRun r = run(QStringLiteral("no-reconnect"), QStringLiteral(SS_SYNC_DRIVER_MUTANT_EXE), seed,
                                 kDeadlineMs + 500, "no-reconnect");
        qInfo("offline → online mutant no-reconnect: seed %u, all sent after %lld ms (-1: not within %d ms)", seed,
              r.sentAfterMs, kDeadlineMs + 500);
        QVERIFY2(r.sentAfterMs < 0 || r.sentAfterMs > kDeadlineMs, "keeping the backoff went unnoticed");
    }
};

QTEST_GUILESS_MAIN(TestSyncOffline)
#include "tst_syncoffline.moc"
