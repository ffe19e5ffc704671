// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "userdatabase.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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
};
constexpr int kApplicationId = 0x53535544; // "SSUD"
QAtomicInt g_connectionCounter;
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

} // namespace Ss::Core
