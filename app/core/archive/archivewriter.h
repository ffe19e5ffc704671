// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include "archivedocument.h"
#include "archivemetadata.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

struct sqlite3;

namespace Ss::Core {

class SqliteStatement;

/*! \brief Writes a .ssarc archive.
 *
 * Everything goes to a temporary file beside \a path, in one transaction; commit() optimizes the
 * index, commits (synced) and renames the file over \a path. Destroying the writer without commit() removes the temporary file, so
 * a failed or cancelled build never leaves a partial archive. The same calls in the same order
 * give a byte-identical file (no clock, no randomness: the caller supplies mtime).
 * Documents must be added parents first; their sibling order is the order of the calls. */
class ArchiveWriter final
{
public:
    explicit ArchiveWriter(QString path);
    ~ArchiveWriter();
    ArchiveWriter(const ArchiveWriter &) = delete;
    ArchiveWriter &operator=(const ArchiveWriter &) = delete;

    //! Creates the temporary file and the schema. \a mtime (seconds since the epoch) is stored
    //! for every sqlar entry.
    bool open(const ArchiveMetadata &metadata, qint64 mtime);
    //! Adds a file to sqlar (compressed when that helps) and to the manifest.
    bool addFile(const QString &name, const QByteArray &data, const QString &mime);
    //! Adds a document: its rendered HTML pages (DocumentText::path/html), texts, fields and the
    //! full-text index rows. Links and related ids are resolved in commit().
    bool addDocument(const ArchiveDocument &document);
    //! Resolves links, builds the index, commits and renames into place.
    bool commit();

    QString errorString() const { return m_error; }

private:
    bool exec(const char *sql);
    bool fail(const QString &message);
    bool check(const SqliteStatement &statement);

    struct Statements;

    QString m_path;
    QString m_tempPath;
    sqlite3 *m_db = nullptr;
    std::unique_ptr<Statements> m_statements;
    qint64 m_mtime = 0;
    QHash<QString, qint64> m_nodeIds;      // doc id -> node.id
    QHash<qint64, qint64> m_childCounts;   // parent node.id (0 = root) -> number of children so far
    QList<std::pair<qint64, QStringList>> m_pendingLinks;
    QList<std::pair<qint64, QStringList>> m_pendingRelated;
    qint64 m_nextTextRow = 1;
    QString m_error;
    bool m_isCommitted = false;
};

} // namespace Ss::Core
