// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "draftstore.h"

#include "mutation.h"
#include "synclogging.h"

#include <core/userdata/userdatabase.h>

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace Ss::Sync {

namespace {
// Each entry migrates from version (index) to version (index + 1). Append only; never edit a released entry.
// Times are milliseconds since the epoch, UTC.
const char *const kMigrations[] = {
    "CREATE TABLE draft(id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, status TEXT NOT NULL DEFAULT 'draft', "
    "title TEXT NOT NULL DEFAULT '', organisation TEXT NOT NULL DEFAULT '', contact_name TEXT NOT NULL DEFAULT '', "
    "contact_email TEXT NOT NULL DEFAULT '', contact_phone TEXT NOT NULL DEFAULT '', "
    "country TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '', city_doc_id TEXT NOT NULL DEFAULT '', "
    "policy_area TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '', "
    "language TEXT NOT NULL DEFAULT 'ko', related_documents TEXT NOT NULL DEFAULT '[]', "
    "created INTEGER NOT NULL, updated INTEGER NOT NULL, sent_at INTEGER, server_id TEXT, server_status TEXT, "
    "server_reply TEXT, last_error TEXT, removed_at INTEGER);"
    "CREATE INDEX draft_server_id ON draft(server_id);"
    "CREATE TABLE attachment(id INTEGER PRIMARY KEY, "
    "draft_id INTEGER NOT NULL REFERENCES draft(id) ON DELETE CASCADE, position INTEGER NOT NULL, "
    "file_name TEXT NOT NULL, mime_type TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL, "
    "data BLOB NOT NULL);"
    "CREATE INDEX attachment_draft ON attachment(draft_id, position);"
    "CREATE TABLE outbox(draft_id INTEGER PRIMARY KEY REFERENCES draft(id) ON DELETE CASCADE, "
    "idempotency_key TEXT NOT NULL UNIQUE, payload BLOB NOT NULL, payload_hash TEXT NOT NULL, "
    "attempts INTEGER NOT NULL DEFAULT 0, next_at INTEGER NOT NULL, queued_at INTEGER NOT NULL, last_error TEXT);"
    "CREATE INDEX outbox_due ON outbox(next_at);"
    "CREATE TABLE sync_state(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
};
constexpr int kApplicationId = 0x53535044; // "SSPD"
QAtomicInt g_connectionCounter;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

//! A bound text value that is never SQL NULL (a null QString binds as NULL).
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

//! Rolls back unless commit() succeeded (STYLE.md 15). Core's userdatabase.cpp keeps a private copy of the same
//! helper; one shared header in core would serve both.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) { m_isActive = m_db.transaction(); }
    ~Transaction()
    {
        if (m_isActive)
            m_db.rollback();
    }
    Q_DISABLE_COPY_MOVE(Transaction)
    bool isActive() const { return m_isActive; }
    bool commit()
    {
        m_isActive = !m_db.commit(); // a failed commit is still rolled back by the destructor
        return !m_isActive;
    }
    QString errorString() const { return m_db.lastError().text(); }

private:
    QSqlDatabase m_db;
    bool m_isActive = false;
};

QString relatedToJson(const QList<RelatedDocument> &docs)
{
    QJsonArray array;
    for (const RelatedDocument &d : docs)
        array.append(QJsonObject{{QStringLiteral("archive_id"), d.archiveId},
                                 {QStringLiteral("doc_id"), d.docId},
                                 {QStringLiteral("title"), d.title}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<RelatedDocument> relatedFromJson(const QString &json)
{
    QList<RelatedDocument> docs;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        docs.append({o.value(QStringLiteral("archive_id")).toString(), o.value(QStringLiteral("doc_id")).toString(),
                     o.value(QStringLiteral("title")).toString()});
    }
    return docs;
}

//! The editable columns of a draft, in one place for INSERT, UPDATE and the field-by-field mutant.
QList<QPair<QString, QVariant>> contentColumns(const ProposalDraft &d)
{
    return {
        {QStringLiteral("title"), text(d.title)},
        {QStringLiteral("organisation"), text(d.organisation)},
        {QStringLiteral("contact_name"), text(d.contactName)},
        {QStringLiteral("contact_email"), text(d.contactEmail)},
        {QStringLiteral("contact_phone"), text(d.contactPhone)},
        {QStringLiteral("country"), text(d.country)},
        {QStringLiteral("city"), text(d.city)},
        {QStringLiteral("city_doc_id"), text(d.cityDocId)},
        {QStringLiteral("policy_area"), text(d.policyArea)},
        {QStringLiteral("summary"), text(d.summary)},
        {QStringLiteral("body"), text(d.body)},
        {QStringLiteral("language"), text(d.language)},
        {QStringLiteral("related_documents"), relatedToJson(d.relatedDocuments)},
    };
}

const QString kDraftColumns = QStringLiteral(
    "id, uuid, status, title, organisation, contact_name, contact_email, contact_phone, country, city, city_doc_id, "
    "policy_area, summary, body, language, related_documents, created, updated, sent_at, server_id, server_status, "
    "server_reply, last_error");
} // namespace

DraftStore::DraftStore(QObject *parent)
    : QObject(parent)
    , m_connection(QStringLiteral("ss-drafts-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{
}

DraftStore::~DraftStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool DraftStore::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcSync) << "draft store:" << message;
    return false;
}

bool DraftStore::failQuery(const QSqlQuery &query)
{
    return fail(query.lastError().text());
}

QString DraftStore::defaultPath()
{
    return QFileInfo(Core::UserDatabase::defaultPath()).absolutePath() + QStringLiteral("/proposals.sqlite");
}

int DraftStore::latestSchemaVersion()
{
    return int(std::size(kMigrations));
}

bool DraftStore::isOpen() const
{
    return QSqlDatabase::database(m_connection, false).isOpen();
}

bool DraftStore::open(const QString &path)
{
    m_path = path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!QFileInfo::exists(path)) { // create it 0600 before SQLite does, whatever the umask; -wal and -shm follow it
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot create %1: %2").arg(path, file.errorString()));
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        return fail(db.lastError().text());
    const bool syncOff = Mutation::isActive("sync-off");
    QSqlQuery q(db);
    for (const QString &pragma :
         {QStringLiteral("PRAGMA journal_mode=WAL"),
          syncOff ? QStringLiteral("PRAGMA synchronous=OFF") : QStringLiteral("PRAGMA synchronous=FULL"),
          QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA secure_delete=ON"),
          QStringLiteral("PRAGMA busy_timeout=5000")}) {
        if (!q.exec(pragma))
            return failQuery(q);
    }
    // A damaged file is kept as it is (never deleted here): the caller reports it and can offer a copy.
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != u"ok")
        return fail(QStringLiteral("the proposal database is damaged: %1").arg(path));
    q.finish(); // an unfinished statement would lock the tables that the purge below deletes from
    if (!migrate())
        return false;
    return purgeRemoved(); // undo is per session
}

int DraftStore::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

bool DraftStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    int version = schemaVersion();
    if (version > latestSchemaVersion())
        return fail(QStringLiteral("the proposal database was made by a newer version of the app"));
    while (version < latestSchemaVersion()) {
        Transaction t(db);
        if (!t.isActive())
            return fail(t.errorString());
        QSqlQuery q(db);
        const QStringList statements = QString::fromLatin1(kMigrations[version]).split(u';', Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (!q.exec(statement))
                return failQuery(q);
        }
        ++version;
        if (!q.exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId))
            || !q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version)))
            return failQuery(q);
        if (!t.commit())
            return fail(t.errorString());
    }
    return true;
}

std::optional<ProposalStatus> DraftStore::statusOf(qint64 id, bool *removed) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT status, removed_at FROM draft WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    if (removed)
        *removed = !q.value(1).isNull();
    return ProposalDraft::statusFromKey(q.value(0).toString());
}

bool DraftStore::save(ProposalDraft &draft)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!draft.isEditable())
        return fail(tr("This proposal has been submitted and can no longer be changed."));
    if (draft.id != 0 && Mutation::isActive("split-save"))
        return saveFieldByField(draft);

    for (const ProposalAttachment &a : std::as_const(draft.attachments)) {
        if (a.id == 0 && a.data.size() != a.size)
            return fail(QStringLiteral("the new attachment %1 carries no bytes").arg(a.fileName));
    }
    const bool isNew = draft.id == 0;
    const qint64 now = nowMs();
    const auto columns = contentColumns(draft);
    Transaction t(db);
    if (!t.isActive())
        return fail(t.errorString());
    // Identity is written back to draft only after the commit: a failed first save leaves it new.
    qint64 draftId = draft.id;
    QString newUuid;
    QSqlQuery q(db);
    if (isNew) {
        QStringList names;
        QStringList marks;
        for (const auto &c : columns) {
            names.append(c.first);
            marks.append(QStringLiteral("?"));
        }
        q.prepare(QStringLiteral("INSERT INTO draft(uuid, status, created, updated, %1) VALUES(?, 'draft', ?, ?, %2)")
                      .arg(names.join(u", "), marks.join(u", ")));
        const QString uuid =
            draft.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : draft.uuid;
        q.addBindValue(uuid);
        q.addBindValue(now);
        q.addBindValue(now);
        for (const auto &c : columns)
            q.addBindValue(c.second);
        if (!q.exec())
            return failQuery(q);
        draftId = q.lastInsertId().toLongLong();
        newUuid = uuid;
    } else {
        QStringList sets;
        for (const auto &c : columns)
            sets.append(c.first + QStringLiteral(" = ?"));
        q.prepare(QStringLiteral("UPDATE draft SET updated = ?, %1 WHERE id = ? AND status = 'draft' "
                                 "AND removed_at IS NULL")
                      .arg(sets.join(u", ")));
        q.addBindValue(now);
        for (const auto &c : columns)
            q.addBindValue(c.second);
        q.addBindValue(draft.id);
        if (!q.exec())
            return failQuery(q);
        if (q.numRowsAffected() != 1)
            return fail(tr("This proposal has been submitted or deleted and can no longer be changed."));
    }

    // Attachments: drop the ones no longer listed, store the new ones, keep the order.
    QSet<qint64> listed;
    for (const ProposalAttachment &a : std::as_const(draft.attachments))
        listed.insert(a.id);
    q.prepare(QStringLiteral("SELECT id, position FROM attachment WHERE draft_id = ?"));
    q.addBindValue(draftId);
    if (!q.exec())
        return failQuery(q);
    QList<qint64> dropped;
    QHash<qint64, int> positions;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        positions.insert(id, q.value(1).toInt());
        if (!listed.contains(id))
            dropped.append(id);
    }
    for (qint64 id : std::as_const(dropped)) {
        q.prepare(QStringLiteral("DELETE FROM attachment WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return failQuery(q);
    }
    QList<ProposalAttachment> stored = draft.attachments;
    for (int i = 0; i < stored.size(); ++i) {
        ProposalAttachment &a = stored[i];
        if (a.id == 0) {
            q.prepare(QStringLiteral("INSERT INTO attachment(draft_id, position, file_name, mime_type, size, sha256, "
                                     "data) VALUES(?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(draftId);
            q.addBindValue(i);
            q.addBindValue(text(a.fileName));
            q.addBindValue(text(a.mimeType));
            q.addBindValue(qint64(a.data.size()));
            q.addBindValue(QString::fromLatin1(ProposalAttachment::sha256Hex(a.data)));
            q.addBindValue(a.data.isNull() ? QByteArray("") : a.data);
            if (!q.exec())
                return failQuery(q);
            a.id = q.lastInsertId().toLongLong();
            a.size = a.data.size();
            a.sha256 = ProposalAttachment::sha256Hex(a.data);
            a.data.clear();
        } else if (!positions.contains(a.id)) {
            return fail(QStringLiteral("attachment %1 does not belong to draft %2").arg(a.id).arg(draftId));
        } else if (positions.value(a.id) != i) {
            q.prepare(QStringLiteral("UPDATE attachment SET position = ? WHERE id = ?"));
            q.addBindValue(i);
            q.addBindValue(a.id);
            if (!q.exec())
                return failQuery(q);
        }
    }
    if (!t.commit())
        return fail(t.errorString());
    if (isNew) {
        draft.id = draftId;
        draft.uuid = newUuid;
        draft.created = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    }
    draft.attachments = stored;
    draft.updated = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    Q_EMIT draftChanged(draft.id);
    if (isNew)
        Q_EMIT listChanged();
    return true;
}

// The "split-save" mutant (mutation.h): every column in its own autocommit statement, as a naive autosave would.
bool DraftStore::saveFieldByField(const ProposalDraft &draft)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    for (const auto &c : contentColumns(draft)) {
        q.prepare(QStringLiteral("UPDATE draft SET %1 = ? WHERE id = ?").arg(c.first));
        q.addBindValue(c.second);
        q.addBindValue(draft.id);
        if (!q.exec())
            return failQuery(q);
    }
    return true;
}

QList<ProposalAttachment> DraftStore::attachmentsOf(qint64 draftId) const
{
    QList<ProposalAttachment> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id, file_name, mime_type, size, sha256 FROM attachment WHERE draft_id = ? "
                             "ORDER BY position, id"));
    q.addBindValue(draftId);
    if (q.exec()) {
        while (q.next()) {
            ProposalAttachment a;
            a.id = q.value(0).toLongLong();
            a.fileName = q.value(1).toString();
            a.mimeType = q.value(2).toString();
            a.size = q.value(3).toLongLong();
            a.sha256 = q.value(4).toString().toLatin1();
            out.append(a);
        }
    }
    return out;
}

std::optional<ProposalDraft> DraftStore::draft(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM draft WHERE id = ? AND removed_at IS NULL").arg(kDraftColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ProposalDraft d;
    d.id = q.value(0).toLongLong();
    d.uuid = q.value(1).toString();
    d.status = ProposalDraft::statusFromKey(q.value(2).toString()).value_or(ProposalStatus::Draft);
    d.title = q.value(3).toString();
    d.organisation = q.value(4).toString();
    d.contactName = q.value(5).toString();
    d.contactEmail = q.value(6).toString();
    d.contactPhone = q.value(7).toString();
    d.country = q.value(8).toString();
    d.city = q.value(9).toString();
    d.cityDocId = q.value(10).toString();
    d.policyArea = q.value(11).toString();
    d.summary = q.value(12).toString();
    d.body = q.value(13).toString();
    d.language = q.value(14).toString();
    d.relatedDocuments = relatedFromJson(q.value(15).toString());
    d.created = fromMs(q.value(16));
    d.updated = fromMs(q.value(17));
    d.sentAt = fromMs(q.value(18));
    d.serverId = q.value(19).toString();
    d.serverStatus = q.value(20).toString();
    d.serverReply = q.value(21).toString();
    d.lastError = q.value(22).toString();
    d.attachments = attachmentsOf(d.id);
    return d;
}

QList<DraftSummary> DraftStore::drafts() const
{
    QList<DraftSummary> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT id, title, status, updated, sent_at, server_id, server_status, server_reply, "
                               "last_error FROM draft WHERE removed_at IS NULL ORDER BY updated DESC, id DESC")))
        return out;
    while (q.next()) {
        DraftSummary s;
        s.id = q.value(0).toLongLong();
        s.title = q.value(1).toString();
        s.status = ProposalDraft::statusFromKey(q.value(2).toString()).value_or(ProposalStatus::Draft);
        s.updated = fromMs(q.value(3));
        s.sentAt = fromMs(q.value(4));
        s.serverId = q.value(5).toString();
        s.serverStatus = q.value(6).toString();
        s.serverReply = q.value(7).toString();
        s.lastError = q.value(8).toString();
        out.append(s);
    }
    return out;
}

qint64 DraftStore::duplicate(qint64 id)
{
    std::optional<ProposalDraft> source = draft(id);
    if (!source) {
        fail(tr("The proposal no longer exists."));
        return 0;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const qint64 now = nowMs();
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Transaction t(db);
    if (!t.isActive()) {
        fail(t.errorString());
        return 0;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO draft(uuid, status, created, updated, title, organisation, contact_name, contact_email, "
        "contact_phone, country, city, city_doc_id, policy_area, summary, body, language, related_documents) "
        "SELECT ?, 'draft', ?, ?, title, organisation, contact_name, contact_email, contact_phone, country, city, "
        "city_doc_id, policy_area, summary, body, language, related_documents FROM draft WHERE id = ?"));
    q.addBindValue(uuid);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec()) {
        failQuery(q);
        return 0;
    }
    const qint64 copy = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO attachment(draft_id, position, file_name, mime_type, size, sha256, data) "
                             "SELECT ?, position, file_name, mime_type, size, sha256, data FROM attachment "
                             "WHERE draft_id = ? ORDER BY position, id"));
    q.addBindValue(copy);
    q.addBindValue(id);
    if (!q.exec()) {
        failQuery(q);
        return 0;
    }
    if (!t.commit()) {
        fail(t.errorString());
        return 0;
    }
    Q_EMIT listChanged();
    return copy;
}

bool DraftStore::remove(qint64 id)
{
    bool removed = false;
    const std::optional<ProposalStatus> status = statusOf(id, &removed);
    if (!status || removed)
        return fail(tr("The proposal no longer exists."));
    if (*status == ProposalStatus::Queued)
        return fail(tr("This proposal is waiting to be sent. Withdraw it before deleting it."));
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE draft SET removed_at = ? WHERE id = ? AND status <> 'queued'"));
    q.addBindValue(nowMs());
    q.addBindValue(id);
    if (!q.exec())
        return failQuery(q);
    Q_EMIT listChanged();
    return true;
}

bool DraftStore::undoRemove(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE draft SET removed_at = NULL WHERE id = ? AND removed_at IS NOT NULL"));
    q.addBindValue(id);
    if (!q.exec())
        return failQuery(q);
    if (q.numRowsAffected() != 1)
        return fail(tr("The proposal no longer exists."));
    Q_EMIT listChanged();
    return true;
}

bool DraftStore::purgeRemoved()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("DELETE FROM draft WHERE removed_at IS NOT NULL")))
        return failQuery(q);
    if (q.numRowsAffected() > 0) {
        // secure_delete zeroed the freed pages; TRUNCATE also drops the old page images kept in the WAL.
        if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            return failQuery(q);
    }
    return true;
}

QByteArray DraftStore::attachmentData(qint64 attachmentId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT data FROM attachment WHERE id = ?"));
    q.addBindValue(attachmentId);
    return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
}

bool DraftStore::submit(qint64 id)
{
    const std::optional<ProposalDraft> d = draft(id);
    if (!d)
        return fail(tr("The proposal no longer exists."));
    if (!d->isEditable())
        return fail(tr("This proposal has already been submitted."));
    const QList<ProposalValidator::Issue> issues = ProposalValidator(m_limits).validate(*d);
    if (!issues.isEmpty())
        return fail(issues.first().message);

    const QByteArray payload = QJsonDocument(d->toPayload()).toJson(QJsonDocument::Compact);
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction t(db);
    if (!t.isActive())
        return fail(t.errorString());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE draft SET status = 'queued', last_error = NULL WHERE id = ? AND status = 'draft' "
                             "AND removed_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec())
        return failQuery(q);
    if (q.numRowsAffected() != 1)
        return fail(tr("This proposal has already been submitted."));
    // next_at 0: due at once, whatever clock the engine runs on.
    q.prepare(QStringLiteral("INSERT INTO outbox(draft_id, idempotency_key, payload, payload_hash, attempts, next_at, "
                             "queued_at) VALUES(?, ?, ?, ?, 0, 0, ?)"));
    q.addBindValue(id);
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(payload);
    q.addBindValue(QString::fromLatin1(ProposalAttachment::sha256Hex(payload)));
    q.addBindValue(nowMs());
    if (!q.exec())
        return failQuery(q);
    if (!t.commit())
        return fail(t.errorString());
    Q_EMIT draftChanged(id);
    Q_EMIT outboxChanged(outboxCount());
    return true;
}

bool DraftStore::withdraw(qint64 id)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction t(db);
    if (!t.isActive())
        return fail(t.errorString());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE draft_id = ? AND attempts = 0"));
    q.addBindValue(id);
    if (!q.exec())
        return failQuery(q);
    if (q.numRowsAffected() != 1)
        return fail(tr("This proposal may already have reached the server, so it can no longer be withdrawn."));
    q.prepare(QStringLiteral("UPDATE draft SET status = 'draft' WHERE id = ? AND status = 'queued'"));
    q.addBindValue(id);
    if (!q.exec())
        return failQuery(q);
    if (!t.commit())
        return fail(t.errorString());
    Q_EMIT draftChanged(id);
    Q_EMIT outboxChanged(outboxCount());
    return true;
}

int DraftStore::outboxCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(QStringLiteral("SELECT count(*) FROM outbox")) && q.next() ? q.value(0).toInt() : 0;
}

QList<OutboxItem> DraftStore::dueOutbox(qint64 nowMs, int limit, const QSet<qint64> &exclude) const
{
    QList<OutboxItem> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    // The excluded items are few (those in flight): over-fetch by their number and skip them.
    q.prepare(QStringLiteral("SELECT draft_id, idempotency_key, payload, payload_hash, attempts, next_at FROM outbox "
                             "WHERE next_at <= ? ORDER BY queued_at, draft_id LIMIT ?"));
    q.addBindValue(nowMs);
    q.addBindValue(limit + int(exclude.size()));
    if (!q.exec())
        return out;
    while (q.next() && out.size() < limit) {
        const qint64 id = q.value(0).toLongLong();
        if (exclude.contains(id))
            continue;
        OutboxItem item;
        item.draftId = id;
        item.idempotencyKey = q.value(1).toString();
        item.payload = q.value(2).toByteArray();
        item.payloadHash = q.value(3).toString().toLatin1();
        item.attempts = q.value(4).toInt();
        item.nextAt = q.value(5).toLongLong();
        out.append(item);
    }
    for (OutboxItem &item : out)
        item.attachments = attachmentsOf(item.draftId);
    return out;
}

std::optional<qint64> DraftStore::nextDueAt(const QSet<qint64> &exclude) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT draft_id, next_at FROM outbox ORDER BY next_at LIMIT ?"));
    q.addBindValue(int(exclude.size()) + 1);
    if (!q.exec())
        return std::nullopt;
    while (q.next()) {
        if (!exclude.contains(q.value(0).toLongLong()))
            return q.value(1).toLongLong();
    }
    return std::nullopt;
}

bool DraftStore::postpone(qint64 draftId, qint64 notBeforeMs, const QString &error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE outbox SET next_at = max(next_at, ?), last_error = ? WHERE draft_id = ?"));
    q.addBindValue(notBeforeMs);
    q.addBindValue(error);
    q.addBindValue(draftId);
    return q.exec() || failQuery(q);
}

bool DraftStore::resetBackoff(qint64 nowMs)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE outbox SET next_at = ? WHERE next_at > ?"));
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    return q.exec() || failQuery(q);
}

bool DraftStore::recordSyncRound(const QList<SentProposal> &sent, const QList<QPair<qint64, qint64>> &attempts)
{
    if (sent.isEmpty() && attempts.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const qint64 now = nowMs();
    QList<qint64> changed;
    {
        Transaction t(db);
        if (!t.isActive())
            return fail(t.errorString());
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM outbox WHERE draft_id = ? AND idempotency_key = ?"));
        QSqlQuery upd(db);
        upd.prepare(QStringLiteral("UPDATE draft SET status = 'sent', server_id = ?, server_status = ?, sent_at = ?, "
                                   "last_error = NULL WHERE id = ? AND status = 'queued'"));
        for (const SentProposal &s : sent) {
            del.addBindValue(s.draftId);
            del.addBindValue(s.idempotencyKey);
            if (!del.exec())
                return failQuery(del);
            if (del.numRowsAffected() != 1)
                continue; // already recorded (a late duplicate answer)
            upd.addBindValue(s.serverId);
            upd.addBindValue(text(s.serverStatus));
            upd.addBindValue(now);
            upd.addBindValue(s.draftId);
            if (!upd.exec())
                return failQuery(upd);
            changed.append(s.draftId);
        }
        QSqlQuery attempt(db);
        attempt.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, next_at = ? WHERE draft_id = ?"));
        for (const auto &[draftId, retryAt] : attempts) {
            attempt.addBindValue(retryAt);
            attempt.addBindValue(draftId);
            if (!attempt.exec())
                return failQuery(attempt);
        }
        if (!t.commit())
            return fail(t.errorString());
    }
    for (qint64 id : std::as_const(changed))
        Q_EMIT draftChanged(id);
    if (!sent.isEmpty())
        Q_EMIT outboxChanged(outboxCount());
    return true;
}

bool DraftStore::markRejected(qint64 draftId, const QString &idempotencyKey, const QString &reason)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction t(db);
    if (!t.isActive())
        return fail(t.errorString());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE draft_id = ? AND idempotency_key = ?"));
    q.addBindValue(draftId);
    q.addBindValue(idempotencyKey);
    if (!q.exec())
        return failQuery(q);
    if (q.numRowsAffected() != 1)
        return true; // not queued under this key any more
    q.prepare(QStringLiteral("UPDATE draft SET status = 'draft', last_error = ? WHERE id = ? AND status = 'queued'"));
    q.addBindValue(text(reason));
    q.addBindValue(draftId);
    if (!q.exec())
        return failQuery(q);
    if (!t.commit())
        return fail(t.errorString());
    Q_EMIT draftChanged(draftId);
    Q_EMIT outboxChanged(outboxCount());
    return true;
}

QList<qint64> DraftStore::applyServerStatuses(const QList<ServerStatus> &statuses)
{
    QList<qint64> changed;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction t(db);
    if (!t.isActive()) {
        fail(t.errorString());
        return {};
    }
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT id, status, server_status, server_reply FROM draft WHERE server_id = ? "
                                "AND status IN ('sent', 'received', 'under-review', 'answered')"));
    QSqlQuery upd(db);
    upd.prepare(QStringLiteral("UPDATE draft SET status = ?, server_status = ?, server_reply = ? WHERE id = ?"));
    for (const ServerStatus &s : statuses) {
        find.addBindValue(s.serverId);
        if (!find.exec()) {
            failQuery(find);
            return {};
        }
        while (find.next()) {
            const qint64 id = find.value(0).toLongLong();
            // A status we do not know leaves ours as it is; the server's word is still shown.
            const std::optional<ProposalStatus> known = ProposalDraft::statusFromKey(s.status);
            const bool isServerStatus = known && *known >= ProposalStatus::Received;
            const QString status = isServerStatus ? s.status : find.value(1).toString();
            if (status == find.value(1).toString() && s.status == find.value(2).toString()
                && s.reply == find.value(3).toString())
                continue;
            upd.addBindValue(status);
            upd.addBindValue(text(s.status));
            upd.addBindValue(text(s.reply));
            upd.addBindValue(id);
            if (!upd.exec()) {
                failQuery(upd);
                return {};
            }
            changed.append(id);
        }
    }
    if (!t.commit()) {
        fail(t.errorString());
        return {};
    }
    for (qint64 id : std::as_const(changed))
        Q_EMIT draftChanged(id);
    return changed;
}

QString DraftStore::syncValue(const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool DraftStore::setSyncValue(const QString &key, const QString &value)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state(key, value) VALUES(?, ?)"));
    q.addBindValue(key);
    q.addBindValue(text(value));
    return q.exec() || failQuery(q);
}

} // namespace Ss::Sync
