// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// Y2 (RELIABILITY.md §4.4): the sync client is killed with SIGKILL at random moments while it sends, 200 times,
// and the server kills itself between a commit and its answer now and then (restarted on the same port). More
// proposals are queued whenever the outbox runs dry, so every kill lands in a sync. At the end the server holds
// every queued proposal exactly once and every client draft is marked sent.
// Expected failure: the "fresh-key" mutant under the same kills duplicates proposals.
#include "syncserverprocess.h"
#include "synctesthelpers.h"
#include "testproposals.h"

#include <sync/draftstore.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Ss;

namespace {
struct CrashRun
{
    int clientKills = 0;
    int serverCrashes = 0;
    int queued = 0;
    QJsonObject stats;
    QList<Sync::ProposalDraft> drafts;
    SyncTest::DriverResult last;
};

QStringList serverFaults(quint32 seed, bool crashes)
{
    // Each request waits 5–40 ms on the server, so a kill often finds requests in flight.
    QStringList args{QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--delay-share"),
                     QStringLiteral("1"), QStringLiteral("--delay-ms"), QStringLiteral("5:40")};
    if (crashes)
        args << QStringLiteral("--crash-after-commit") << QStringLiteral("0.04");
    return args;
}
} // namespace

class TestSyncCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    CrashRun run(const QString &name, const QString &driver, int kills, quint32 seed, const QByteArray &mutation = {})
    {
        CrashRun r;
        const QString db = m_dir.filePath(name + QStringLiteral(".sqlite"));
        const QString serverDb = m_dir.filePath(name + QStringLiteral("-server.sqlite"));
        r.queued = 60;
        if (!SyncTest::makeQueuedDatabase(db, 1, r.queued, 7))
            qFatal("cannot make the client database");
        SyncTest::SyncServerProcess server;
        if (!server.start(serverDb, serverFaults(seed, true)))
            qFatal("cannot start the server: %s", qPrintable(server.errorString()));
        const quint16 port = server.port();
        QRandomGenerator random(seed);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!mutation.isEmpty())
            env.insert(QStringLiteral("SS_SYNC_MUTATION"), QString::fromLatin1(mutation));
        const QStringList arguments{QStringLiteral("--db"), db, QStringLiteral("--server"), server.url().toString(),
                                    QStringLiteral("--token"), QString::fromLatin1(server.kToken),
                                    QStringLiteral("--policy"), QStringLiteral("5:50:20:100"),
                                    QStringLiteral("--transfer-timeout"), QStringLiteral("2000"),
                                    QStringLiteral("--max-in-flight"), QStringLiteral("2"),
                                    QStringLiteral("--until-empty")};
        while (r.clientKills < kills) {
            if (!server.isRunning()) { // it crashed after a commit
                ++r.serverCrashes;
                if (!server.start(serverDb, serverFaults(seed + r.serverCrashes, true), port))
                    qFatal("cannot restart the server: %s", qPrintable(server.errorString()));
            }
            QProcess client;
            client.setProcessEnvironment(env);
            client.start(driver, arguments);
            if (!client.waitForStarted(5000))
                qFatal("cannot start %s", qPrintable(driver));
            const int killAt = int(random.bounded(40, 260));
            if (client.waitForFinished(killAt)) {
                // The outbox ran dry before the kill: queue more, so that the next kill lands in a sync.
                Sync::DraftStore store;
                if (!store.open(db) || SyncTest::queueProposals(store, r.queued + 1, 20, 7).size() != 20)
                    qFatal("cannot queue more proposals");
                r.queued += 20;
                continue;
            }
            client.kill();
            client.waitForFinished(5000);
            ++r.clientKills;
        }
        // Settle: a server without crashes, the client to the end.
        server.start(serverDb, serverFaults(seed, false), port);
        r.last = SyncTest::runDriver(driver, arguments + QStringList{QStringLiteral("--timeout"), QStringLiteral("60")},
                                     90000, env);
        r.stats = server.stats();
        r.drafts = SyncTest::loadDrafts(db);
        return r;
    }

private Q_SLOTS:
    void killClientAndServerDuringSync()
    {
        const quint32 seed = SyncTest::testSeed(2002);
        const CrashRun r = run(QStringLiteral("y2"), QStringLiteral(SS_SYNC_DRIVER_EXE), 200, seed);
        qInfo("Y2: seed %u, %d client kills, %d server crashes after a commit, %d proposals", seed, r.clientKills,
              r.serverCrashes, r.queued);
        const QByteArray context = QStringLiteral("seed %1 (SS_TEST_SEED=%1)").arg(seed).toUtf8();
        QVERIFY2(r.last.exitCode == 0, QByteArray(context + ' ' + r.last.out.right(300)).constData());
        QVERIFY2(r.serverCrashes >= 5, context.constData());
        QCOMPARE(r.stats.value(u"proposals").toInteger(), r.queued);
        QCOMPARE(r.stats.value(u"distinct_client_refs").toInteger(), r.queued);
        QCOMPARE(r.stats.value(u"attachment_hash_mismatches").toInteger(), 0);
        QCOMPARE(r.drafts.size(), r.queued);
        for (const Sync::ProposalDraft &d : r.drafts)
            QVERIFY2(!d.serverId.isEmpty() && d.status >= Sync::ProposalStatus::Sent, qPrintable(d.title));
    }

    void freshKeyMutantDuplicatesUnderKills()
    {
        const quint32 seed = SyncTest::testSeed(2003);
        const CrashRun r = run(QStringLiteral("fresh-key"), QStringLiteral(SS_SYNC_DRIVER_MUTANT_EXE), 30, seed,
                               "fresh-key");
        const qint64 rows = r.stats.value(u"proposals").toInteger();
        qInfo("Y2 mutant fresh-key: seed %u, %d kills, %d server crashes, %lld rows for %d proposals", seed,
              r.clientKills, r.serverCrashes, rows, r.queued);
        QVERIFY2(rows > r.queued, "kills with a new key per attempt left no duplicate");
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_synccrash.moc"
