// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// SyncEngine against the reference server, in process: the status-bar signals, the status pull with replies,
// 401 → pause → new token → resume with the same keys (C3), a refusal returning the draft to the user,
// Retry-After honoured on a fake clock and nothing leaked after 1,000 failed attempts (Y5), "Sync now".
#include "syncserverprocess.h"
#include "synctesthelpers.h"
#include "testproposals.h"

#include <sync/draftstore.h>
#include <sync/syncengine.h>

#include <QDeadlineTimer>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Ss;

namespace {
const Sync::RetryPolicy kFast{5, 50, 20, 100};

struct Fixture
{
    QTemporaryDir dir;
    Sync::DraftStore store;
    SyncTest::SyncServerProcess server;
    std::unique_ptr<Sync::SyncEngine> engine;

    bool start(const QStringList &serverArgs = {})
    {
        if (!store.open(dir.filePath(QStringLiteral("client.sqlite"))))
            return false;
        if (!server.start(dir.filePath(QStringLiteral("server.sqlite")), serverArgs))
            return false;
        engine = std::make_unique<Sync::SyncEngine>(&store);
        engine->setRetryPolicy(kFast);
        engine->setServerUrl(server.url());
        engine->setToken(QString::fromLatin1(server.kToken));
        return true;
    }
};
} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsAndReportsForTheStatusBar()
    {
        Fixture f;
        QVERIFY(f.start());
        const QList<qint64> ids = SyncTest::queueProposals(f.store, 1, 3, 2);
        QSignalSpy online(f.engine.get(), &Sync::SyncEngine::onlineChanged);
        QSignalSpy outbox(f.engine.get(), &Sync::SyncEngine::outboxCountChanged);
        QSignalSpy sent(f.engine.get(), &Sync::SyncEngine::proposalSent);
        QSignalSpy lastSuccess(f.engine.get(), &Sync::SyncEngine::lastSuccessChanged);
        QSignalSpy syncing(f.engine.get(), &Sync::SyncEngine::syncingChanged);
        f.engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(f.engine->outboxCount(), 0, 10000);
        QTRY_VERIFY(!lastSuccess.isEmpty());
        QCOMPARE(online.first().first().toBool(), true);
        QVERIFY(f.engine->isOnline());
        QCOMPARE(outbox.first().first().toInt(), 3); // the count at start, then down to 0
        QCOMPARE(outbox.last().first().toInt(), 0);
        QCOMPARE(sent.size(), 3);
        QVERIFY(syncing.size() >= 2);
        QVERIFY(!f.engine->isSyncing());
        QVERIFY(f.engine->lastSuccess().isValid());
        for (qint64 id : ids) {
            const Sync::ProposalDraft d = *f.store.draft(id);
            QVERIFY(d.status == Sync::ProposalStatus::Sent || d.status == Sync::ProposalStatus::Received);
            QVERIFY(d.serverId.startsWith(u"SP-"));
        }
        // The last successful sync survives a restart of the app.
        Sync::SyncEngine later(&f.store);
        QCOMPARE(later.lastSuccess(), f.engine->lastSuccess());
    }

    void pullsStatusesAndReplies()
    {
        Fixture f;
        QVERIFY(f.start());
        const QList<qint64> ids = SyncTest::queueProposals(f.store, 1, 3);
        f.engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(f.engine->outboxCount(), 0, 10000);
        QTRY_VERIFY(!f.engine->isSyncing());
        QTRY_COMPARE(f.store.draft(ids[0])->status, Sync::ProposalStatus::Received); // the pull after sending
        QVERIFY(f.server.setStatus(f.store.draft(ids[0])->serverId, QStringLiteral("answered"),
                                   QStringLiteral("검토 결과를 첨부합니다. Thank you.")));
        QVERIFY(f.server.setStatus(f.store.draft(ids[1])->serverId, QStringLiteral("under-review"), QString()));
        QSignalSpy updated(f.engine.get(), &Sync::SyncEngine::statusesUpdated);
        f.engine->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(f.store.draft(ids[0])->status, Sync::ProposalStatus::Answered, 5000);
        QCOMPARE(f.store.draft(ids[0])->serverReply, QStringLiteral("검토 결과를 첨부합니다. Thank you."));
        QCOMPARE(f.store.draft(ids[1])->status, Sync::ProposalStatus::UnderReview);
        QCOMPARE(f.store.draft(ids[2])->status, Sync::ProposalStatus::Received);
        QVERIFY(!updated.isEmpty());
        QCOMPARE(f.store.drafts().first().serverReply.isEmpty(), f.store.drafts().first().id != ids[0]);
    }

    void unauthorizedPausesAndResumesWithTheSameKeys() // C3
    {
        Fixture f;
        QVERIFY(f.start());
        SyncTest::queueProposals(f.store, 1, 3);
        QStringList keys;
        for (const Sync::OutboxItem &item : f.store.dueOutbox(0, 10))
            keys.append(item.idempotencyKey);
        f.engine->setToken(QStringLiteral("revoked-token"));
        QSignalSpy auth(f.engine.get(), &Sync::SyncEngine::authenticationRequired);
        f.engine->start();
        QVERIFY(auth.wait(10000));
        QVERIFY(f.engine->needsAuthentication());
        QTest::qWait(300);
        QCOMPARE(auth.size(), 1); // asked once, then paused: no request storm
        QCOMPARE(f.store.outboxCount(), 3); // kept, not dropped
        QCOMPARE(f.server.stats().value(u"proposals").toInteger(), 0);
        QStringList keysAfter;
        for (const Sync::OutboxItem &item : f.store.dueOutbox(std::numeric_limits<qint64>::max(), 10))
            keysAfter.append(item.idempotencyKey);
        QCOMPARE(keysAfter, keys);

        f.engine->setToken(QString::fromLatin1(f.server.kToken)); // signed in again
        QTRY_COMPARE_WITH_TIMEOUT(f.engine->outboxCount(), 0, 10000);
        QVERIFY(!f.engine->needsAuthentication());
        const QJsonObject stats = f.server.stats();
        QCOMPARE(stats.value(u"proposals").toInteger(), 3);
        QCOMPARE(stats.value(u"idempotency_keys").toInteger(), 3);
    }

    void refusalReturnsTheDraft()
    {
        Fixture f;
        QVERIFY(f.start({QStringLiteral("--max-attachment-bytes"), QStringLiteral("1000")}));
        Sync::ProposalDraft big = SyncTest::validProposal(1);
        big.attachments.append(Sync::ProposalAttachment::fromData(QStringLiteral("big.bin"), QString(),
                                                                  SyncTest::attachmentBytes(1, 3000)));
        QVERIFY(f.store.save(big));
        QVERIFY(f.store.submit(big.id));
        const QList<qint64> fine = SyncTest::queueProposals(f.store, 2, 1);
        QSignalSpy rejected(f.engine.get(), &Sync::SyncEngine::proposalRejected);
        f.engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(f.engine->outboxCount(), 0, 10000);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().first().toLongLong(), big.id);
        const Sync::ProposalDraft back = *f.store.draft(big.id);
        QCOMPARE(back.status, Sync::ProposalStatus::Draft); // editable again, with the reason
        QVERIFY2(back.lastError.contains(u"413"), qPrintable(back.lastError));
        QVERIFY(!f.store.draft(fine.first())->serverId.isEmpty());
    }

    void retryAfterIsHonoured() // Y5
    {
        Fixture f;
        QVERIFY(f.start({QStringLiteral("--error-503"), QStringLiteral("1"), QStringLiteral("--retry-after"),
                         QStringLiteral("120")}));
        qint64 now = 1'800'000'000'000;
        f.engine->setClock([&now] { return now; });
        SyncTest::queueProposals(f.store, 1, 1);
        f.engine->start();
        auto requests = [&f] {
            return f.server.stats().value(u"counters").toObject().value(u"requests").toInteger();
        };
        QTRY_COMPARE_WITH_TIMEOUT(requests(), 1, 5000);
        QTRY_COMPARE(f.engine->pendingRequests(), 0);
        QVERIFY(f.store.nextDueAt() >= now + 120'000);

        now += 119'000; // just before: nothing may go out, not even the status pull
        f.engine->wakeUp();
        QTest::qWait(300);
        QCOMPARE(requests(), 1);
        f.engine->syncNow(); // not even when the user insists: the server asked for the pause
        QTest::qWait(300);
        QCOMPARE(requests(), 1);

        QVERIFY(f.server.setFaults({{QStringLiteral("error_503"), 0}}));
        now += 2'000;
        f.engine->wakeUp();
        QTRY_COMPARE_WITH_TIMEOUT(f.engine->outboxCount(), 0, 5000);
        QVERIFY(requests() >= 2);
    }

    void noLeaksAfterAThousandFailures() // Y5
    {
        QTemporaryDir dir;
        Sync::DraftStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("client.sqlite"))));
        SyncTest::queueProposals(store, 1, 2);
        Sync::SyncEngine engine(&store);
        qint64 now = 1'800'000'000'000;
        engine.setClock([&now] { return now; });
        engine.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(SyncTest::SyncServerProcess::freePort())));
        engine.setToken(QStringLiteral("t"));
        engine.start();
        int baseline = -1;
        for (int attempt = 1; attempt <= 1000; ++attempt) {
            now += 3'600'000;
            engine.wakeUp();
            QDeadlineTimer deadline(5000);
            while (engine.pendingRequests() > 0 && !deadline.hasExpired())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
            QCOMPARE(engine.pendingRequests(), 0);
            if (attempt == 10) {
                QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
                baseline = int(engine.findChildren<QObject *>().size());
            }
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(int(engine.findChildren<QNetworkReply *>().size()), 0);
        QCOMPARE(int(engine.findChildren<QObject *>().size()), baseline);
        QVERIFY(!engine.isOnline());
        QCOMPARE(store.outboxCount(), 2);
    }

    void syncNowForgetsTheBackoff()
    {
        Fixture f;
        QVERIFY(f.start({QStringLiteral("--drop-before"), QStringLiteral("1")}));
        f.engine->setRetryPolicy(Sync::RetryPolicy{600'000, 600'000, 20, 100}); // long waits after a failure
        f.engine->setRandom([] { return 0.99; });
        SyncTest::queueProposals(f.store, 1, 1);
        f.engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(f.store.dueOutbox(0, 1).isEmpty() && f.engine->pendingRequests() == 0
                                     && f.store.outboxCount() == 1,
                                 5000);
        QVERIFY(*f.store.nextDueAt() > QDateTime::currentMSecsSinceEpoch() + 60'000);
        QVERIFY(f.server.setFaults({{QStringLiteral("drop_before"), 0}}));
        f.engine->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(f.engine->outboxCount(), 0, 5000);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
