// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "userdatabase.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace Ss::Core {

namespace {
// Each entry migrates from version (index) to version (index + 1). Append only.
const char *const kMigrations[] = {
    "CREATE TABLE bookmark(archive_id TEXT NOT NULL, doc_id TEXT NOT NULL, title TEXT NOT NULL, "
    "created INTEGER NOT NULL, PRIMARY KEY(archive_id, doc_id));"
    "CREATE TABLE history(id INTEGER PRIMARY KEY, archive_id TEXT NOT NULL, doc_id TEXT NOT NULL, "
    "lang TEXT NOT NULL, title TEXT NOT NULL, viewed INTEGER NOT NULL);"
    "CREATE INDEX history_archive ON history(archive_id, viewed)",
    // 1 -> 2: policy packets (documents to export together). No ';' inside a statement: split on it.
    "CREATE TABLE packet(id INTEGER PRIMARY KEY, archive_id TEXT NOT NULL, title TEXT NOT NULL, "
    "subtitle TEXT NOT NULL DEFAULT '', organisation TEXT NOT NULL DEFAULT '', options TEXT NOT NULL DEFAULT '{}', "
    "created INTEGER NOT NULL, updated INTEGER NOT NULL);"
    "CREATE TABLE packet_item(packet_id INTEGER NOT NULL REFERENCES packet(id) ON DELETE CASCADE, "
    "position INTEGER NOT NULL, doc_id TEXT NOT NULL, PRIMARY KEY(packet_id, position)) WITHOUT ROWID;"
    "CREATE INDEX packet_archive ON packet(archive_id, updated)",
};
constexpr int kApplicationId = 0x53535544; // "SSUD"
QAtomicInt g_connectionCounter;

//! QtSql binds a null QString as NULL: the text columns are NOT NULL, so bind "" instead.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

//! Rolls back unless commit() was called.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)), m_isOpen(m_db.transaction()) {}
    ~Transaction()
    {
        if (m_isOpen)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool isOpen() const { return m_isOpen; }
    bool commit()
    {
        m_isOpen = !m_db.commit();
        return !m_isOpen;
    }

private:
    QSqlDatabase m_db;
    bool m_isOpen = false;
};
} // namespace

UserDatabase::UserDatabase()
    : m_connection(QStringLiteral("ss-userdata-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{
}

UserDatabase::~UserDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool UserDatabase::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString UserDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/userdata.sqlite");
}

int UserDatabase::latestSchemaVersion()
{
    return int(std::size(kMigrations));
}

bool UserDatabase::open(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const bool isNew = !QFileInfo::exists(path);
    if (isNew) { // create it 0600 before SQLite does, whatever the umask
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot create %1").arg(path));
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        return fail(db.lastError().text());
    QSqlQuery q(db);
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                               "PRAGMA secure_delete=ON", "PRAGMA busy_timeout=5000"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return fail(q.lastError().text());
    }
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != u"ok")
        return fail(QStringLiteral("the user database is damaged: %1").arg(path));
    return migrate();
}

int UserDatabase::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

bool UserDatabase::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    int version = schemaVersion();
    if (version > latestSchemaVersion())
        return fail(QStringLiteral("the user database was made by a newer version of the app"));
    while (version < latestSchemaVersion()) {
        if (!db.transaction())
            return fail(db.lastError().text());
        QSqlQuery q(db);
        const QStringList statements = QString::fromLatin1(kMigrations[version]).split(u';', Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (!q.exec(statement)) {
                db.rollback();
                return fail(q.lastError().text());
            }
        }
        ++version;
        q.exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId));
        if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version)) || !db.commit()) {
            db.rollback();
            return fail(q.lastError().text());
        }
    }
    return true;
}

bool UserDatabase::addBookmark(const Bookmark &b)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO bookmark(archive_id, doc_id, title, created) VALUES(?, ?, ?, ?)"));
    q.addBindValue(b.archiveId);
    q.addBindValue(b.docId);
    q.addBindValue(b.title);
    q.addBindValue((b.created.isValid() ? b.created : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch());
    return q.exec() || fail(q.lastError().text());
}

bool UserDatabase::removeBookmark(const QString &archiveId, const QString &docId)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM bookmark WHERE archive_id = ? AND doc_id = ?"));
    q.addBindValue(archiveId);
    q.addBindValue(docId);
    return q.exec() || fail(q.lastError().text());
}

bool UserDatabase::isBookmarked(const QString &archiveId, const QString &docId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT 1 FROM bookmark WHERE archive_id = ? AND doc_id = ?"));
    q.addBindValue(archiveId);
    q.addBindValue(docId);
    return q.exec() && q.next();
}

QList<Bookmark> UserDatabase::bookmarks(const QString &archiveId) const
{
    QList<Bookmark> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT doc_id, title, created FROM bookmark WHERE archive_id = ? ORDER BY created DESC, doc_id"));
    q.addBindValue(archiveId);
    if (q.exec()) {
        while (q.next())
            out.append({archiveId, q.value(0).toString(), q.value(1).toString(),
                        QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC)});
    }
    return out;
}

bool UserDatabase::addHistory(const HistoryEntry &e)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO history(archive_id, doc_id, lang, title, viewed) VALUES(?, ?, ?, ?, ?)"));
    q.addBindValue(e.archiveId);
    q.addBindValue(e.docId);
    q.addBindValue(e.lang);
    q.addBindValue(e.title);
    q.addBindValue((e.viewed.isValid() ? e.viewed : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch());
    return q.exec() || fail(q.lastError().text());
}

QList<HistoryEntry> UserDatabase::history(const QString &archiveId, int limit) const
{
    QList<HistoryEntry> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT doc_id, lang, title, viewed FROM history WHERE archive_id = ? ORDER BY viewed DESC, id DESC LIMIT ?"));
    q.addBindValue(archiveId);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            out.append({archiveId, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC)});
    }
    return out;
}

bool UserDatabase::clearHistory()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(QStringLiteral("DELETE FROM history")) || fail(q.lastError().text());
}

bool UserDatabase::savePacket(SavedPacket &packet)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction transaction(db);
    if (!transaction.isOpen())
        return fail(db.lastError().text());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool isNew = packet.id <= 0;
    QSqlQuery q(db);
    if (!isNew) {
        q.prepare(QStringLiteral("UPDATE packet SET archive_id = ?, title = ?, subtitle = ?, organisation = ?, options = ?, "
                                 "updated = ? WHERE id = ?"));
    } else {
        q.prepare(QStringLiteral("INSERT INTO packet(archive_id, title, subtitle, organisation, options, updated, created) "
                                 "VALUES(?, ?, ?, ?, ?, ?, ?)"));
    }
    q.addBindValue(notNull(packet.archiveId));
    q.addBindValue(notNull(packet.title));
    q.addBindValue(notNull(packet.subtitle));
    q.addBindValue(notNull(packet.organisation));
    q.addBindValue(QString::fromUtf8(QJsonDocument(packet.options).toJson(QJsonDocument::Compact)));
    q.addBindValue(now.toSecsSinceEpoch());
    q.addBindValue(isNew ? now.toSecsSinceEpoch() : packet.id); // created, or the row to update
    if (!q.exec())
        return fail(q.lastError().text());
    if (!isNew && q.numRowsAffected() != 1)
        return fail(QStringLiteral("no saved packet with id %1").arg(packet.id));
    const qint64 id = isNew ? q.lastInsertId().toLongLong() : packet.id;
    q.prepare(QStringLiteral("DELETE FROM packet_item WHERE packet_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(q.lastError().text());
    q.prepare(QStringLiteral("INSERT INTO packet_item(packet_id, position, doc_id) VALUES(?, ?, ?)"));
    for (qsizetype i = 0; i < packet.docIds.size(); ++i) {
        q.addBindValue(id);
        q.addBindValue(qint64(i));
        q.addBindValue(notNull(packet.docIds.at(i)));
        if (!q.exec())
            return fail(q.lastError().text());
    }
    if (!transaction.commit())
        return fail(db.lastError().text());
    packet.id = id;
    if (isNew || !packet.created.isValid())
        packet.created = isNew ? now : loadPacket(id).value_or(packet).created;
    packet.updated = now;
    return true;
}

QList<SavedPacket> UserDatabase::packets(const QString &archiveId) const
{
    QList<SavedPacket> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id FROM packet WHERE archive_id = ? ORDER BY updated DESC, id DESC"));
    q.addBindValue(archiveId);
    if (!q.exec())
        return out;
    while (q.next()) {
        if (auto packet = loadPacket(q.value(0).toLongLong()))
            out.append(*packet);
    }
    return out;
}

std::optional<SavedPacket> UserDatabase::loadPacket(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT archive_id, title, subtitle, organisation, options, created, updated FROM packet WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    SavedPacket p;
    p.id = id;
    p.archiveId = q.value(0).toString();
    p.title = q.value(1).toString();
    p.subtitle = q.value(2).toString();
    p.organisation = q.value(3).toString();
    p.options = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    p.created = QDateTime::fromSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
    p.updated = QDateTime::fromSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    q.prepare(QStringLiteral("SELECT doc_id FROM packet_item WHERE packet_id = ? ORDER BY position"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next())
            p.docIds.append(q.value(0).toString());
    }
    return p;
}

bool UserDatabase::deletePacket(qint64 id)
{
    // packet_item rows go with it (ON DELETE CASCADE; foreign_keys is on).
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM packet WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() || fail(q.lastError().text());
}

} // namespace Ss::Core
