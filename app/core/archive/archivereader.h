// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include "archivedocument.h"
#include "archiveerror.h"
#include "archivemetadata.h"
#include "archivenode.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct sqlite3;

namespace Ss::Core {

//! A link from one node to another ("link" from the body, "related" from front matter).
struct NodeLink
{
    int target = -1; // index into nodes()
    QString rel;
};

/*! \brief Reads an untrusted .ssarc archive.
 *
 * open() hardens the connection (read-only, defensive flags, tight limits, a time budget per
 * call) and checks what is cheap: header, application id, format version, quick_check, the exact
 * schema and the required metadata. verify() checks everything else (every hash, full integrity
 * and the search index). A reader is used on the thread that opened it. */
class ArchiveReader final
{
public:
    ArchiveReader();
    ~ArchiveReader();
    ArchiveReader(const ArchiveReader &) = delete;
    ArchiveReader &operator=(const ArchiveReader &) = delete;

    bool open(const QString &path);
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }
    ArchiveError error() const { return m_error; }
    //! The user-facing message of error(), with detail where it helps.
    QString errorString() const { return m_errorString; }

    const ArchiveMetadata &metadata() const { return m_metadata; }
    //! Every node; the four sections and other top-level nodes are roots(), in order.
    const QList<ArchiveNode> &nodes() const { return m_nodes; }
    const QList<int> &roots() const { return m_roots; }
    //! Index into nodes() of \a docId, or -1.
    int indexOf(const QString &docId) const { return m_indexByDocId.value(docId, -1); }
    //! Index of the node whose page (in any language) is the sqlar entry \a path, or -1.
    int indexOfPath(const QString &path) const { return m_indexByPath.value(path, -1); }
    //! Index of the node whose node.id in the archive is \a rowId, or -1.
    int indexOfRowId(qint64 rowId) const { return m_indexByRowId.value(rowId, -1); }

    //! An sqlar entry, decompressed; nullopt when absent, too large or damaged.
    std::optional<QByteArray> readFile(const QString &name);
    //! The MIME type the manifest gives \a name, if it is on the allowed list.
    QString mimeType(const QString &name);

    QList<DocumentField> fields(int node);
    //! The fields of every node of \a kind ("city", ...), by node index, in one statement
    //! (fields() once per node costs a statement each: 1,000 cities took 100 ms).
    QHash<int, QList<DocumentField>> fieldsOfKind(const QString &kind);
    QList<NodeLink> links(int node);
    //! Nodes whose pages link to \a node.
    QList<int> backlinks(int node);
    QList<DocumentHeading> headings(int node, const QString &lang);
    QStringList tags(int node, const QString &lang);
    //! The plain text that was indexed for \a node in \a lang.
    std::optional<QString> plainText(int node, const QString &lang);
    //! The plain text of a full-text row (doc_text.rowid), with its node and language.
    std::optional<QString> plainTextOfRow(qint64 row, int *node, QString *lang);

    /*! Checks everything: integrity_check, the FTS5 index, every manifest hash against its entry,
     *  and that every page named by the tree exists. Returns the problems found (empty = good). */
    QStringList verify();

    //! Time allowed to each statement before it is interrupted (default 2 s).
    void setStatementBudget(int milliseconds) { m_budgetMs = milliseconds; }
    //! Starts a new budget; the progress handler interrupts statements once it has expired.
    void startBudget() { m_deadline = QDeadlineTimer(m_budgetMs); }
    bool budgetExpired() const { return m_deadline.hasExpired(); }
    //! The connection, for SearchEngine (same thread, read-only, hardened).
    sqlite3 *handle() const { return m_db; }

private:
    bool fail(ArchiveError error, const QString &detail = {});
    bool checkHeader(const QString &path);
    bool harden();
    bool checkSchema();
    bool loadMetadata();
    bool loadNodes();
    QString checkSearchIndex(); // uses no member but m_path: verify() runs it on another thread
    QStringList verifyEntries(); // hashes, MIME types and pages of verify()
    void close();

    sqlite3 *m_db = nullptr;
    QString m_path;
    ArchiveError m_error = ArchiveError::None;
    QString m_errorString;
    ArchiveMetadata m_metadata;
    QList<ArchiveNode> m_nodes;
    QList<int> m_roots;
    QHash<QString, int> m_indexByDocId;
    QHash<QString, int> m_indexByPath;
    QHash<qint64, int> m_indexByRowId;
    QDeadlineTimer m_deadline;
    int m_budgetMs = 2000;
};

} // namespace Ss::Core
