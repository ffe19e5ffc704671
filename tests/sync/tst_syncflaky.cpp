// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// Y1 (RELIABILITY.md §4.4): 500 proposals, one in ten with an attachment, through the reference server with 30 %
// of the requests dropped (half before, half after the commit), 10 % answered 500/503, and random delays, some
// longer than the client's transfer timeout. The server must end with exactly 500 proposals, no duplicates,
// every attachment hash matching, and every client draft marked sent. Backoff is near zero (a test policy).
// Expected failures: the "fresh-key" mutant (a new key per attempt) duplicates proposals, and the "ack-on-send"
// mutant (marked sent before the answer) loses some.
#include "syncserverprocess.h"
#include "synctesthelpers.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Ss;

namespace {
constexpr int kProposals = 500;
constexpr int kAttachmentEvery = 10;

struct FlakyRun
{
    QJsonObject stats;
    QJsonArray serverProposals;
    QList<Sync::ProposalDraft> drafts;
    SyncTest::DriverResult driver;
};
} // namespace

class TestSyncFlaky : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template;
    QString m_smallTemplate;

    FlakyRun run(const QString &name, const QString &driver, const QString &clientTemplate, quint32 seed,
                 const QByteArray &mutation = {})
    {
        FlakyRun r;
        const QString db = m_dir.filePath(name + QStringLiteral(".sqlite"));
        if (!SyncTest::cloneDatabase(clientTemplate, db))
            qFatal("cannot clone the client database");
        SyncTest::SyncServerProcess server;
        const QStringList faults{
            QStringLiteral("--seed"),        QString::number(seed),
            QStringLiteral("--drop-before"), QStringLiteral("0.15"),
            QStringLiteral("--drop-after"),  QStringLiteral("0.15"),
            QStringLiteral("--error-500"),   QStringLiteral("0.05"),
            QStringLiteral("--error-503"),   QStringLiteral("0.05"),
            QStringLiteral("--retry-after"), QStringLiteral("0"),
            QStringLiteral("--delay-share"), QStringLiteral("0.1"),
            QStringLiteral("--delay-ms"),    QStringLiteral("5:400"),
        };
        if (!server.start(m_dir.filePath(name + QStringLiteral("-server.sqlite")), faults))
            qFatal("cannot start the server: %s", qPrintable(server.errorString()));
        QProcessEnvironment env;
        if (!mutation.isEmpty())
            env.insert(QStringLiteral("SS_SYNC_MUTATION"), QString::fromLatin1(mutation));
        // Transfer timeout 250 ms: about a third of the delayed requests outlive it and are retried.
        r.driver = SyncTest::runDriver(driver,
                                       {QStringLiteral("--db"), db, QStringLiteral("--server"), server.url().toString(),
                                        QStringLiteral("--token"), QString::fromLatin1(server.kToken),
                                        QStringLiteral("--policy"), QStringLiteral("5:50:5:50"),
                                        QStringLiteral("--seed"), QString::number(seed),
                                        QStringLiteral("--transfer-timeout"), QStringLiteral("250"),
                                        QStringLiteral("--max-in-flight"), QStringLiteral("8"),
                                        QStringLiteral("--until-empty"), QStringLiteral("--timeout"),
                                        QStringLiteral("150")},
                                       170000, env);
        r.stats = server.stats();
        r.serverProposals = server.proposals();
        r.drafts = SyncTest::loadDrafts(db);
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
        QVERIFY(SyncTest::makeQueuedDatabase(m_template, 1, kProposals, kAttachmentEvery));
        m_smallTemplate = m_dir.filePath(QStringLiteral("small.sqlite"));
        QVERIFY(SyncTest::makeQueuedDatabase(m_smallTemplate, 1, 100, kAttachmentEvery));
    }

    void exactlyOnceOverAFlakyNetwork()
    {
        const quint32 seed = SyncTest::testSeed(501);
        const FlakyRun r = run(QStringLiteral("y1"), QStringLiteral(SS_SYNC_DRIVER_EXE), m_template, seed);
        const QJsonObject counters = r.stats.value(u"counters").toObject();
        qInfo("Y1: seed %u, %lld ms, %lld requests, faults: %lld dropped before, %lld after, %lld 500, %lld 503, "
              "%lld delayed; %lld replays",
              seed, r.driver.elapsedMs, counters.value(u"requests").toInteger(),
              counters.value(u"drop_before").toInteger(), counters.value(u"drop_after").toInteger(),
              counters.value(u"error_500").toInteger(), counters.value(u"error_503").toInteger(),
              counters.value(u"delayed").toInteger(), counters.value(u"replays").toInteger());
        const QByteArray context = QStringLiteral("seed %1 (SS_TEST_SEED=%1)").arg(seed).toUtf8();
        QVERIFY2(r.driver.exitCode == 0, QByteArray(context + ' ' + r.driver.out.right(300)).constData());

        // The faults really happened, including answers lost after a commit (answered later by a replay).
        QVERIFY(counters.value(u"drop_before").toInteger() > 0);
        QVERIFY(counters.value(u"drop_after").toInteger() > 0);
        QVERIFY(counters.value(u"error_500").toInteger() + counters.value(u"error_503").toInteger() > 0);
        QVERIFY(counters.value(u"delayed").toInteger() > 0);
        QVERIFY(counters.value(u"replays").toInteger() > 0);

        QCOMPARE(r.stats.value(u"proposals").toInteger(), kProposals);
        QCOMPARE(r.stats.value(u"distinct_client_refs").toInteger(), kProposals);
        QCOMPARE(r.stats.value(u"idempotency_keys").toInteger(), kProposals);
        QCOMPARE(r.stats.value(u"attachments").toInteger(), kProposals / kAttachmentEvery);
        QCOMPARE(r.stats.value(u"attachment_hash_mismatches").toInteger(), 0);

        // Every client draft is sent, under the server id of the proposal carrying its client_ref, and its
        // attachments arrived with the same SHA-256.
        QHash<QString, QJsonObject> byRef;
        for (const QJsonValue &v : r.serverProposals)
            byRef.insert(v.toObject().value(u"client_ref").toString(), v.toObject());
        QCOMPARE(r.drafts.size(), kProposals);
        for (const Sync::ProposalDraft &d : r.drafts) {
            QVERIFY2(d.status == Sync::ProposalStatus::Sent || d.status == Sync::ProposalStatus::Received,
                     qPrintable(d.title));
            const QJsonObject server = byRef.value(d.uuid);
            QCOMPARE(d.serverId, server.value(u"id").toString());
            const QJsonArray files = server.value(u"attachments").toArray();
            QCOMPARE(files.size(), d.attachments.size());
            for (int i = 0; i < files.size(); ++i) {
                QCOMPARE(files.at(i).toObject().value(u"sha256").toString().toLatin1(), d.attachments.at(i).sha256);
                QCOMPARE(files.at(i).toObject().value(u"stored_sha256").toString().toLatin1(),
                         d.attachments.at(i).sha256);
            }
        }
    }

    // Mutation checks (RELIABILITY.md §8.1), on 100 proposals: each must be seen to break exactly-once.
    void freshKeyMutantDuplicates()
    {
        const quint32 seed = SyncTest::testSeed(502);
        const FlakyRun r = run(QStringLiteral("fresh-key"), QStringLiteral(SS_SYNC_DRIVER_MUTANT_EXE), m_smallTemplate,
                               seed, "fresh-key");
        const qint64 rows = r.stats.value(u"proposals").toInteger();
        const qint64 distinct = r.stats.value(u"distinct_client_refs").toInteger();
        qInfo("Y1 mutant fresh-key: seed %u, %lld rows for %lld proposals", seed, rows, distinct);
        QVERIFY2(rows > distinct, "a new idempotency key per attempt went unnoticed");
    }

    void ackOnSendMutantLoses()
    {
        const quint32 seed = SyncTest::testSeed(503);
        const FlakyRun r = run(QStringLiteral("ack-on-send"), QStringLiteral(SS_SYNC_DRIVER_MUTANT_EXE),
                               m_smallTemplate, seed, "ack-on-send");
        int markedSent = 0;
        for (const Sync::ProposalDraft &d : r.drafts)
            markedSent += d.status == Sync::ProposalStatus::Sent ? 1 : 0;
        const qint64 rows = r.stats.value(u"distinct_client_refs").toInteger();
        qInfo("Y1 mutant ack-on-send: seed %u, %d marked sent, %lld on the server", seed, markedSent, rows);
        QCOMPARE(markedSent, 100);
        QVERIFY2(rows < 100, "proposals marked sent before the answer were not found missing");
    }
};

QTEST_GUILESS_MAIN(TestSyncFlaky)
#include "tst_syncflaky.moc"
