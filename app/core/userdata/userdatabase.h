// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ss::Core {

//! A bookmark: a document of an archive, remembered with its title at the time.
struct Bookmark
{
    QString archiveId;
    QString docId;
    QString title;
    QDateTime created;
};

//! One viewed document.
struct HistoryEntry
{
    QString archiveId;
    QString docId;
    QString lang;
    QString title;
    QDateTime viewed;
};

//! A saved policy packet: documents of one archive, in order, with what its cover says.
struct SavedPacket
{
    qint64 id = 0; // 0: not saved yet
    QString archiveId;
    QString title;
    QString subtitle;
    QString organisation;
    QJsonObject options; // the exporter's options (language, paper, ...), stored as JSON
    QStringList docIds;
    QDateTime created;
    QDateTime updated;
};

/*! \brief The user's own data: bookmarks and history (later drafts and packets), in SQLite.
 *
 * WAL, synchronous=FULL, secure_delete, versioned migrations in one transaction each, file
 * mode 0600. Each instance uses its own QtSql connection name and must stay on its thread. */
class UserDatabase final
{
public:
    UserDatabase();
    ~UserDatabase();
    UserDatabase(const UserDatabase &) = delete;
    UserDatabase &operator=(const UserDatabase &) = delete;

    //! Opens (creating or migrating) the database at \a path.
    bool open(const QString &path);
    QString errorString() const { return m_error; }
    int schemaVersion() const;
    static int latestSchemaVersion();
    //! The default location: QStandardPaths::AppDataLocation/userdata.sqlite
    static QString defaultPath();

    bool addBookmark(const Bookmark &bookmark);
    bool removeBookmark(const QString &archiveId, const QString &docId);
    bool isBookmarked(const QString &archiveId, const QString &docId) const;
    QList<Bookmark> bookmarks(const QString &archiveId) const;

    bool addHistory(const HistoryEntry &entry);
    QList<HistoryEntry> history(const QString &archiveId, int limit = 200) const;
    bool clearHistory();

    //! Inserts \a packet (id 0) or replaces the saved one with its id; sets id, created and updated.
    bool savePacket(SavedPacket &packet);
    //! The packets saved for \a archiveId, last updated first, with their documents.
    QList<SavedPacket> packets(const QString &archiveId) const;
    std::optional<SavedPacket> loadPacket(qint64 id) const;
    bool deletePacket(qint64 id);

private:
    bool migrate();
    bool fail(const QString &message);

    QString m_connection;
    QString m_error;
};

} // namespace Ss::Core
