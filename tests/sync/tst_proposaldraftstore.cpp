// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// DraftStore: the database settings (WAL, FULL, secure_delete, 0600), the drafts list operations (save, open,
// duplicate, delete with undo), submit/withdraw and the outbox bookkeeping, and personal data hygiene (C4, S4b).
#include "testproposals.h"

#include <sync/draftstore.h>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

using namespace Ss::Sync;
using Ss::SyncTest::validProposal;

namespace {
//! Runs \a sql on its own connection (a second reader, as another process would be).
QVariant pragma(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return value;
}

QVariant onConnection(const DraftStore &, const QString &sql)
{
    // The store's own connection: the per-connection pragmas (synchronous, secure_delete) live there.
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(u"ss-drafts-")) {
            QSqlQuery q(QSqlDatabase::database(name));
            if (q.exec(sql) && q.next())
                return q.value(0);
        }
    }
    return {};
}

int fileMode(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

//! How many files under \a dir contain \a needle (UTF-8 bytes).
int filesContaining(const QString &dir, const QString &needle)
{
    int hits = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle.toUtf8()))
            ++hits;
    }
    return hits;
}
} // namespace

class TestProposalDraftStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("p%1/proposals.sqlite").arg(++m_counter)); }

private Q_SLOTS:
    void settings()
    {
        const QString path = newPath();
        DraftStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(onConnection(store, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(onConnection(store, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QCOMPARE(onConnection(store, QStringLiteral("PRAGMA secure_delete")).toInt(), 1);
        QCOMPARE(onConnection(store, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(store.schemaVersion(), DraftStore::latestSchemaVersion());
        QCOMPARE(pragma(path, QStringLiteral("PRAGMA application_id")).toInt(), 0x53535044);
        ProposalDraft d = validProposal(1);
        QVERIFY(store.save(d));
        // 0600 whatever the umask, the WAL and shared-memory files included (C4).
        const mode_t old = ::umask(0);
        ::umask(old);
        QCOMPARE(fileMode(path), 0600);
        QCOMPARE(fileMode(path + QStringLiteral("-wal")), 0600);
        QCOMPARE(DraftStore::defaultPath().section(u'/', -1), QStringLiteral("proposals.sqlite"));
    }

    void newFileIsPrivateUnderAnOpenUmask()
    {
        const mode_t old = ::umask(0);
        const QString path = newPath();
        {
            DraftStore store;
            QVERIFY(store.open(path));
        }
        ::umask(old);
        QCOMPARE(fileMode(path), 0600);
    }

    void saveAndReload()
    {
        const QString path = newPath();
        ProposalDraft d = validProposal(2);
        d.cityDocId = QStringLiteral("overseas-cities/hanoi");
        d.attachments.append(ProposalAttachment::fromData(QStringLiteral("a.txt"), QStringLiteral("text/plain"),
                                                          QByteArrayLiteral("hello")));
        {
            DraftStore store;
            QVERIFY(store.open(path));
            QSignalSpy listChanged(&store, &DraftStore::listChanged);
            QVERIFY2(store.save(d), qPrintable(store.errorString()));
            QVERIFY(d.id > 0);
            QVERIFY(!d.uuid.isEmpty());
            QVERIFY(d.created.isValid());
            QCOMPARE(listChanged.size(), 1);
            QVERIFY(d.attachments.first().id > 0);
            QVERIFY(d.attachments.first().data.isEmpty()); // stored; the value keeps the metadata only
            d.title = QStringLiteral("바뀐 제목");
            QVERIFY(store.save(d));
            QCOMPARE(listChanged.size(), 1); // an edit is not a new row
        }
        DraftStore store; // "on start after a crash, the draft is simply there"
        QVERIFY(store.open(path));
        const std::optional<ProposalDraft> back = store.draft(d.id);
        QVERIFY(back);
        QCOMPARE(back->title, QStringLiteral("바뀐 제목"));
        QCOMPARE(back->uuid, d.uuid);
        QCOMPARE(back->body, d.body);
        QCOMPARE(back->cityDocId, d.cityDocId);
        QCOMPARE(back->relatedDocuments, d.relatedDocuments);
        QCOMPARE(back->language, d.language);
        QCOMPARE(back->status, ProposalStatus::Draft);
        QCOMPARE(back->attachments.size(), 1);
        QCOMPARE(back->attachments.first().sha256, ProposalAttachment::sha256Hex("hello"));
        QCOMPARE(store.attachmentData(back->attachments.first().id), QByteArrayLiteral("hello"));
    }

    void attachmentsAddRemoveReorder()
    {
        DraftStore store;
        QVERIFY(store.open(newPath()));
        ProposalDraft d = validProposal(3);
        for (const char *name : {"one", "two", "three"})
            d.attachments.append(ProposalAttachment::fromData(QString::fromLatin1(name), QString(), QByteArray(name)));
        QVERIFY(store.save(d));
        std::swap(d.attachments[0], d.attachments[2]);
        d.attachments.removeAt(1);
        d.attachments.append(ProposalAttachment::fromData(QStringLiteral("four"), QString(), "four"));
        QVERIFY(store.save(d));
        QStringList names;
        const ProposalDraft back = *store.draft(d.id);
        for (const ProposalAttachment &a : back.attachments)
            names.append(a.fileName);
        QCOMPARE(names, (QStringList{QStringLiteral("three"), QStringLiteral("one"), QStringLiteral("four")}));
        // An attachment of another draft cannot be smuggled in.
        ProposalDraft other = validProposal(4);
        QVERIFY(store.save(other));
        other.attachments.append(d.attachments.first());
        QVERIFY(!store.save(other));
    }

    void listDuplicateDeleteUndo()
    {
        DraftStore store;
        QVERIFY(store.open(newPath()));
        ProposalDraft a = validProposal(10);
        a.attachments.append(ProposalAttachment::fromData(QStringLiteral("a.bin"), QString(), "aaaa"));
        QVERIFY(store.save(a));
        QTest::qWait(5);
        ProposalDraft b = validProposal(11);
        QVERIFY(store.save(b));
        QList<DraftSummary> list = store.drafts();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().id, b.id); // most recently edited first
        QCOMPARE(list.first().title, b.title);
        QCOMPARE(list.first().status, ProposalStatus::Draft);

        const qint64 copy = store.duplicate(a.id);
        QVERIFY(copy > 0);
        const ProposalDraft c = *store.draft(copy);
        QCOMPARE(c.title, a.title);
        QCOMPARE(c.body, a.body);
        QVERIFY(c.uuid != a.uuid);
        QCOMPARE(c.status, ProposalStatus::Draft);
        QCOMPARE(c.attachments.size(), 1);
        QVERIFY(c.attachments.first().id != a.attachments.first().id);
        QCOMPARE(store.attachmentData(c.attachments.first().id), QByteArrayLiteral("aaaa"));
        QCOMPARE(store.drafts().size(), 3);

        QVERIFY(store.remove(a.id));
        QCOMPARE(store.drafts().size(), 2);
        QVERIFY(!store.draft(a.id));
        ProposalDraft stale = a;
        QVERIFY(!store.save(stale)); // a removed draft takes no autosave
        QVERIFY(store.undoRemove(a.id));
        QCOMPARE(store.drafts().size(), 3);
        QCOMPARE(store.draft(a.id)->title, a.title);

        QVERIFY(store.remove(a.id));
        QVERIFY(store.purgeRemoved());
        QVERIFY(!store.undoRemove(a.id));
        QCOMPARE(store.drafts().size(), 2);
        QVERIFY(store.duplicate(a.id) == 0);
    }

    void removedDraftsArePurgedAtNextOpen()
    {
        const QString path = newPath();
        qint64 id = 0;
        {
            DraftStore store;
            QVERIFY(store.open(path));
            ProposalDraft d = validProposal(12);
            QVERIFY(store.save(d));
            id = d.id;
            QVERIFY(store.remove(id));
        }
        DraftStore store;
        QVERIFY(store.open(path));
        QVERIFY(!store.undoRemove(id)); // undo lasts for the session
    }

    void submitValidatesAndQueues()
    {
        DraftStore store;
        QVERIFY(store.open(newPath()));
        QSignalSpy outbox(&store, &DraftStore::outboxChanged);
        ProposalDraft d = validProposal(20);
        d.contactEmail = QStringLiteral("not an address");
        QVERIFY(store.save(d));
        QVERIFY(!store.submit(d.id));
        QVERIFY2(store.errorString().contains(u"not an e-mail address"), qPrintable(store.errorString()));
        QCOMPARE(store.outboxCount(), 0);
        QCOMPARE(store.draft(d.id)->status, ProposalStatus::Draft);

        d.contactEmail = QStringLiteral("ok@example.org");
        d.attachments.append(ProposalAttachment::fromData(QStringLiteral("x.bin"), QString(), "xyz"));
        QVERIFY(store.save(d));
        QVERIFY2(store.submit(d.id), qPrintable(store.errorString()));
        QCOMPARE(outbox.last().first().toInt(), 1);
        QCOMPARE(store.draft(d.id)->status, ProposalStatus::Queued);
        QVERIFY(!store.submit(d.id)); // once

        const QList<OutboxItem> due = store.dueOutbox(QDateTime::currentMSecsSinceEpoch(), 10);
        QCOMPARE(due.size(), 1);
        const OutboxItem item = due.first();
        QCOMPARE(item.draftId, d.id);
        QVERIFY(!QUuid::fromString(item.idempotencyKey).isNull());
        QCOMPARE(item.payloadHash, QCryptographicHash::hash(item.payload, QCryptographicHash::Sha256).toHex());
        QCOMPARE(item.attempts, 0);
        QCOMPARE(item.attachments.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(item.payload).object(), store.draft(d.id)->toPayload());

        // Frozen: no edit, no delete.
        ProposalDraft edit = *store.draft(d.id);
        edit.status = ProposalStatus::Draft; // even a stale copy that still says "draft"
        edit.title = QStringLiteral("changed");
        QVERIFY(!store.save(edit));
        QVERIFY(!store.remove(d.id));
        QCOMPARE(store.draft(d.id)->title, d.title);
    }

    void withdrawOnlyBeforeTheFirstAttempt()
    {
        DraftStore store;
        QVERIFY(store.open(newPath()));
        const QList<qint64> ids = Ss::SyncTest::queueProposals(store, 30, 2);
        QCOMPARE(ids.size(), 2);
        QVERIFY2(store.withdraw(ids[0]), qPrintable(store.errorString()));
        QCOMPARE(store.draft(ids[0])->status, ProposalStatus::Draft);
        QCOMPARE(store.outboxCount(), 1);
        QVERIFY(store.beginAttempts({{ids[1], 0}}));
        QVERIFY(!store.withdraw(ids[1])); // the server may have it
        QCOMPARE(store.draft(ids[1])->status, ProposalStatus::Queued);
    }

    void outboxScheduling()
    {
        DraftStore store;
        QVERIFY(store.open(newPath()));
        const QList<qint64> ids = Ss::SyncTest::queueProposals(store, 40, 3);
        QCOMPARE(store.dueOutbox(1000, 10).size(), 3);
        QCOMPARE(store.dueOutbox(1000, 2).first().draftId, ids[0]); // oldest first
        QCOMPARE(store.dueOutbox(1000, 10, {ids[0]}).size(), 2);
        QVERIFY(store.beginAttempts({{ids[0], 5000}, {ids[1], 7000}}));
        QCOMPARE(store.dueOutbox(1000, 10).size(), 1);
        QCOMPARE(store.dueOutbox(1000, 10).first().draftId, ids[2]);
        QCOMPARE(store.dueOutbox(6000, 10).size(), 2);
        QCOMPARE(store.dueOutbox(6000, 10).first().attempts, 1);
        QCOMPARE(store.nextDueAt({ids[2]}), std::optional<qint64>(5000));
        QVERIFY(store.postpone(ids[0], 4000, QStringLiteral("busy"))); // never earlier
        QCOMPARE(store.nextDueAt({ids[2]}), std::optional<qint64>(5000));
        QVERIFY(store.postpone(ids[0], 9000, QStringLiteral("busy")));
        QCOMPARE(store.nextDueAt({ids[2], ids[1]}), std::optional<qint64>(9000));
        QVERIFY(store.resetBackoff(2000));
        QCOMPARE(store.dueOutbox(2000, 10).size(), 3);
    }

    void markSentRejectedAndStatuses()
    {
        DraftStore store;
        QVERIFY(store.open(newPath()));
        const QList<qint64> ids = Ss::SyncTest::queueProposals(store, 50, 3);
        const QList<OutboxItem> items = store.dueOutbox(0, 10);
        QSignalSpy changed(&store, &DraftStore::draftChanged);
        QVERIFY(store.markSent({{items[0].draftId, items[0].idempotencyKey, QStringLiteral("SP-1"),
                                 QStringLiteral("received")},
                                {items[1].draftId, QStringLiteral("wrong-key"), QStringLiteral("SP-2"), QString()}}));
        QCOMPARE(store.draft(ids[0])->status, ProposalStatus::Sent);
        QCOMPARE(store.draft(ids[0])->serverId, QStringLiteral("SP-1"));
        QVERIFY(store.draft(ids[0])->sentAt.isValid());
        QCOMPARE(store.draft(ids[1])->status, ProposalStatus::Queued); // another key's answer is not ours
        QCOMPARE(changed.size(), 1);
        QVERIFY(store.markSent({{items[0].draftId, items[0].idempotencyKey, QStringLiteral("SP-1"), QString()}}));
        QCOMPARE(store.outboxCount(), 2); // a repeated answer changes nothing

        QVERIFY(store.markRejected(ids[1], items[1].idempotencyKey, QStringLiteral("too large")));
        QCOMPARE(store.draft(ids[1])->status, ProposalStatus::Draft);
        QCOMPARE(store.draft(ids[1])->lastError, QStringLiteral("too large"));
        QCOMPARE(store.outboxCount(), 1);

        QList<qint64> updated = store.applyServerStatuses(
            {{QStringLiteral("SP-1"), QStringLiteral("answered"), QStringLiteral("감사합니다")},
             {QStringLiteral("SP-404"), QStringLiteral("answered"), QString()}});
        QCOMPARE(updated, QList<qint64>{ids[0]});
        QCOMPARE(store.draft(ids[0])->status, ProposalStatus::Answered);
        QCOMPARE(store.draft(ids[0])->serverReply, QStringLiteral("감사합니다"));
        QVERIFY(store.applyServerStatuses({{QStringLiteral("SP-1"), QStringLiteral("answered"),
                                            QStringLiteral("감사합니다")}})
                    .isEmpty()); // nothing new
        updated = store.applyServerStatuses({{QStringLiteral("SP-1"), QStringLiteral("archived"), QString()}});
        QCOMPARE(store.draft(ids[0])->status, ProposalStatus::Answered); // unknown word: ours stays
        QCOMPARE(store.draft(ids[0])->serverStatus, QStringLiteral("archived"));
        QCOMPARE(store.drafts().size(), 3);

        QVERIFY(store.setSyncValue(QStringLiteral("k"), QStringLiteral("v")));
        QCOMPARE(store.syncValue(QStringLiteral("k")), QStringLiteral("v"));
    }

    void deletedContactLeavesNoTrace() // S4b / C4
    {
        const QString dir = m_dir.filePath(QStringLiteral("trace"));
        const QString path = dir + QStringLiteral("/proposals.sqlite");
        const QString secret = QStringLiteral("secret-contact-7e1f@example.org");
        DraftStore store;
        QVERIFY(store.open(path));
        ProposalDraft d = validProposal(60);
        d.contactEmail = secret;
        for (int i = 0; i < 5; ++i) { // several autosaves: old versions in the WAL too
            d.body += QStringLiteral(" more");
            QVERIFY(store.save(d));
        }
        QVERIFY(filesContaining(dir, secret) > 0); // the check can see it
        QVERIFY(store.remove(d.id));
        QVERIFY(store.purgeRemoved());
        QCOMPARE(filesContaining(dir, secret), 0);
    }

    void refusesNewerSchemaAndKeepsDamagedFiles()
    {
        const QString path = newPath();
        {
            DraftStore store;
            QVERIFY(store.open(path));
        }
        pragma(path, QStringLiteral("PRAGMA user_version=99"));
        {
            DraftStore store;
            QVERIFY(!store.open(path));
            QVERIFY2(store.errorString().contains(u"newer"), qPrintable(store.errorString()));
        }
        const QString garbage = newPath();
        QDir().mkpath(QFileInfo(garbage).absolutePath());
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'z'));
        f.close();
        DraftStore store;
        QVERIFY(!store.open(garbage));
        QCOMPARE(QFileInfo(garbage).size(), 8192); // kept for recovery, never deleted
    }
};

QTEST_GUILESS_MAIN(TestProposalDraftStore)
#include "tst_proposaldraftstore.moc"
