// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "serverstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Ss::SyncServer {

namespace {
const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS proposal(rowid_ INTEGER PRIMARY KEY, public_id TEXT UNIQUE, user TEXT NOT NULL, "
    "client_ref TEXT NOT NULL, payload BLOB NOT NULL, status TEXT NOT NULL, reply TEXT NOT NULL DEFAULT '', "
    "received INTEGER NOT NULL, updated INTEGER NOT NULL, revision INTEGER NOT NULL DEFAULT 1, seq INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS proposal_seq ON proposal(user, seq)",
    "CREATE TABLE IF NOT EXISTS attachment(proposal INTEGER NOT NULL REFERENCES proposal(rowid_), "
    "position INTEGER NOT NULL, name TEXT NOT NULL, mime_type TEXT NOT NULL, size INTEGER NOT NULL, "
    "sha256 TEXT NOT NULL, data BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS idempotency(user TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL, "
    "status INTEGER NOT NULL, answer BLOB NOT NULL, created INTEGER NOT NULL, PRIMARY KEY(user, key))",
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL)",
    "INSERT OR IGNORE INTO meta(key, value) VALUES('seq', 0)",
};

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

ProposalState stateFrom(const QSqlQuery &q)
{
    // Column order of kStateColumns.
    ProposalState s;
    s.id = q.value(0).toString();
    s.status = q.value(1).toString();
    s.reply = q.value(2).toString();
    s.updated = q.value(3).toLongLong();
    s.revision = q.value(4).toInt();
    s.seq = q.value(5).toLongLong();
    s.payload = q.value(6).toByteArray();
    return s;
}
const QString kStateColumns = QStringLiteral("public_id, status, reply, updated, revision, seq, payload");
} // namespace

ServerStore::ServerStore()
    : m_connection(QStringLiteral("sync-server"))
{
}

ServerStore::~ServerStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool ServerStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool ServerStore::open(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        return fail(db.lastError().text());
    QSqlQuery q(db);
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                               "PRAGMA busy_timeout=5000"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return fail(q.lastError().text());
    }
    for (const char *statement : kSchema) {
        if (!q.exec(QString::fromLatin1(statement)))
            return fail(q.lastError().text());
    }
    return true;
}

bool ServerStore::beginBatch()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(QStringLiteral("BEGIN IMMEDIATE")) || fail(q.lastError().text());
}

bool ServerStore::commitBatch()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("COMMIT")))
        return true;
    fail(q.lastError().text());
    q.exec(QStringLiteral("ROLLBACK"));
    return false;
}

std::optional<StoredAnswer> ServerStore::answerFor(const QString &user, const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT status, answer, fingerprint FROM idempotency WHERE user = ? AND key = ?"));
    q.addBindValue(user);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return StoredAnswer{q.value(0).toInt(), q.value(1).toByteArray(), q.value(2).toString().toLatin1()};
}

qint64 ServerStore::nextSeq()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("UPDATE meta SET value = value + 1 WHERE key = 'seq'"))
        || !q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'seq'")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

std::optional<StoredAnswer> ServerStore::create(const QString &user, const QString &key, const QByteArray &fingerprint,
                                                const QByteArray &payload, const QString &clientRef,
                                                const QList<NewAttachment> &attachments)
{
    // A savepoint: its own transaction, or a part of the caller's batch (group commit) that fails alone.
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery sp(db);
    if (!sp.exec(QStringLiteral("SAVEPOINT create_proposal"))) {
        fail(sp.lastError().text());
        return std::nullopt;
    }
    auto rollback = [&](const QString &message) {
        sp.exec(QStringLiteral("ROLLBACK TO create_proposal"));
        sp.exec(QStringLiteral("RELEASE create_proposal"));
        fail(message);
        return std::nullopt;
    };
    const qint64 now = nowMs();
    const qint64 seq = nextSeq();
    if (seq < 0)
        return rollback(QStringLiteral("sequence"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO proposal(user, client_ref, payload, status, received, updated, seq) "
                             "VALUES(?, ?, ?, 'received', ?, ?, ?)"));
    q.addBindValue(user);
    q.addBindValue(clientRef);
    q.addBindValue(payload);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(seq);
    if (!q.exec())
        return rollback(q.lastError().text());
    const qint64 rowid = q.lastInsertId().toLongLong();
    const QString publicId = QStringLiteral("SP-%1").arg(rowid, 6, 10, QLatin1Char('0'));
    q.prepare(QStringLiteral("UPDATE proposal SET public_id = ? WHERE rowid_ = ?"));
    q.addBindValue(publicId);
    q.addBindValue(rowid);
    if (!q.exec())
        return rollback(q.lastError().text());
    for (int i = 0; i < attachments.size(); ++i) {
        const NewAttachment &a = attachments.at(i);
        q.prepare(QStringLiteral("INSERT INTO attachment(proposal, position, name, mime_type, size, sha256, data) "
                                 "VALUES(?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(rowid);
        q.addBindValue(i);
        q.addBindValue(a.name);
        q.addBindValue(a.mimeType);
        q.addBindValue(qint64(a.data.size()));
        q.addBindValue(QString::fromLatin1(a.sha256));
        q.addBindValue(a.data.isNull() ? QByteArray("") : a.data);
        if (!q.exec())
            return rollback(q.lastError().text());
    }
    StoredAnswer answer;
    answer.status = 201;
    answer.fingerprint = fingerprint;
    answer.body = QJsonDocument(QJsonObject{{QStringLiteral("id"), publicId},
                                            {QStringLiteral("status"), QStringLiteral("received")},
                                            {QStringLiteral("client_ref"), clientRef},
                                            {QStringLiteral("received_at"), isoTime(now)},
                                            {QStringLiteral("revision"), 1}})
                      .toJson(QJsonDocument::Compact);
    q.prepare(QStringLiteral("INSERT INTO idempotency(user, key, fingerprint, status, answer, created) "
                             "VALUES(?, ?, ?, ?, ?, ?)"));
    q.addBindValue(user);
    q.addBindValue(key);
    q.addBindValue(QString::fromLatin1(fingerprint));
    q.addBindValue(answer.status);
    q.addBindValue(answer.body);
    q.addBindValue(now);
    if (!q.exec())
        return rollback(q.lastError().text());
    if (!sp.exec(QStringLiteral("RELEASE create_proposal")))
        return rollback(sp.lastError().text());
    return answer;
}

QList<ProposalState> ServerStore::changedSince(const QString &user, qint64 seq, int limit, bool *hasMore) const
{
    QList<ProposalState> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM proposal WHERE user = ? AND seq > ? ORDER BY seq LIMIT ?")
                  .arg(kStateColumns));
    q.addBindValue(user);
    q.addBindValue(seq);
    q.addBindValue(limit + 1);
    if (q.exec()) {
        while (q.next())
            out.append(stateFrom(q));
    }
    *hasMore = out.size() > limit;
    if (*hasMore)
        out.removeLast();
    return out;
}

std::optional<ProposalState> ServerStore::proposal(const QString &user, const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM proposal WHERE user = ? AND public_id = ?").arg(kStateColumns));
    q.addBindValue(user);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return stateFrom(q);
}

ServerStore::Update ServerStore::update(const QString &user, const QString &id, int expectedRevision,
                                        const QByteArray &payload, ProposalState *result)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return Update::Failed;
    const std::optional<ProposalState> current = proposal(user, id);
    if (!current) {
        db.rollback();
        return Update::NotFound;
    }
    if (current->revision != expectedRevision) {
        db.rollback();
        return Update::Stale;
    }
    if (current->status == u"answered") {
        db.rollback();
        return Update::Closed;
    }
    const qint64 seq = nextSeq();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE proposal SET payload = ?, revision = revision + 1, updated = ?, seq = ? "
                             "WHERE public_id = ? AND revision = ?"));
    q.addBindValue(payload);
    q.addBindValue(nowMs());
    q.addBindValue(seq);
    q.addBindValue(id);
    q.addBindValue(expectedRevision);
    if (seq < 0 || !q.exec() || q.numRowsAffected() != 1 || !db.commit()) {
        db.rollback();
        return Update::Failed;
    }
    *result = *proposal(user, id);
    return Update::Done;
}

bool ServerStore::setStatus(const QString &id, const QString &status, const QString &reply)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return false;
    const qint64 seq = nextSeq();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE proposal SET status = ?, reply = ?, updated = ?, seq = ? WHERE public_id = ?"));
    q.addBindValue(status);
    q.addBindValue(reply);
    q.addBindValue(nowMs());
    q.addBindValue(seq);
    q.addBindValue(id);
    if (seq < 0 || !q.exec() || q.numRowsAffected() != 1 || !db.commit()) {
        db.rollback();
        return false;
    }
    return true;
}

QJsonObject ServerStore::stats() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    auto count = [&](const char *sql) {
        return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toLongLong() : -1;
    };
    qint64 mismatches = 0;
    if (q.exec(QStringLiteral("SELECT sha256, data, size FROM attachment"))) {
        while (q.next()) {
            const QByteArray data = q.value(1).toByteArray();
            if (QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex() != q.value(0).toString().toLatin1()
                || data.size() != q.value(2).toLongLong())
                ++mismatches;
        }
    }
    return QJsonObject{
        {QStringLiteral("proposals"), count("SELECT count(*) FROM proposal")},
        {QStringLiteral("distinct_client_refs"), count("SELECT count(DISTINCT client_ref) FROM proposal")},
        {QStringLiteral("idempotency_keys"), count("SELECT count(*) FROM idempotency")},
        {QStringLiteral("attachments"), count("SELECT count(*) FROM attachment")},
        {QStringLiteral("attachment_hash_mismatches"), mismatches},
    };
}

QJsonArray ServerStore::dump() const
{
    QJsonArray out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    QSqlQuery a(QSqlDatabase::database(m_connection));
    a.prepare(QStringLiteral("SELECT name, size, sha256, data FROM attachment WHERE proposal = ? ORDER BY position"));
    if (!q.exec(QStringLiteral("SELECT rowid_, public_id, client_ref, status FROM proposal ORDER BY rowid_")))
        return out;
    while (q.next()) {
        QJsonArray files;
        a.addBindValue(q.value(0));
        if (a.exec()) {
            while (a.next()) {
                files.append(QJsonObject{
                    {QStringLiteral("name"), a.value(0).toString()},
                    {QStringLiteral("size"), a.value(1).toLongLong()},
                    {QStringLiteral("sha256"), a.value(2).toString()},
                    {QStringLiteral("stored_sha256"),
                     QString::fromLatin1(
                         QCryptographicHash::hash(a.value(3).toByteArray(), QCryptographicHash::Sha256).toHex())}});
            }
        }
        out.append(QJsonObject{{QStringLiteral("id"), q.value(1).toString()},
                               {QStringLiteral("client_ref"), q.value(2).toString()},
                               {QStringLiteral("status"), q.value(3).toString()},
                               {QStringLiteral("attachments"), files}});
    }
    return out;
}

} // namespace Ss::SyncServer
