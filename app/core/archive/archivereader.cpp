// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "archivereader.h"

#include "archiveformat.h"
#include "mimetypes.h"
#include "sqlarcodec.h"
#include "sqlitestatement.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QUrl>
#include <QtEndian>

#include <thread>

#include <sqlite3.h>

namespace Ss::Core {

namespace AF = ArchiveFormat;

namespace {
constexpr qint64 kMaxEntrySize = 64 << 20;

int progressHandler(void *context)
{
    return static_cast<ArchiveReader *>(context)->budgetExpired() ? 1 : 0;
}

QByteArray toBytes(std::string_view text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

} // namespace

ArchiveReader::ArchiveReader() = default;

ArchiveReader::~ArchiveReader()
{
    close();
}

void ArchiveReader::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
    // Nothing of a closed or rejected archive stays visible: a tree that failed its checks may be
    // cyclic, and metadata that failed them is not the archive's.
    m_metadata = {};
    m_nodes.clear();
    m_roots.clear();
    m_indexByDocId.clear();
    m_indexByPath.clear();
    m_indexByRowId.clear();
}

bool ArchiveReader::fail(ArchiveError error, const QString &detail)
{
    m_error = error;
    m_errorString = ArchiveErrorText::message(error);
    if (!detail.isEmpty())
        m_errorString += u" (" + detail + u')';
    close();
    return false;
}

bool ArchiveReader::checkHeader(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ArchiveError::FileNotFound, path);
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return fail(ArchiveError::NotReadable, path);
    const QByteArray header = file.read(100);
    if (header.size() < 16 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return fail(ArchiveError::NotSqlite);
    if (header.size() < 100)
        return fail(ArchiveError::Truncated);
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    qint64 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const qint64 pageCount = qFromBigEndian<quint32>(bytes + 28);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return fail(ArchiveError::Damaged, QStringLiteral("page size"));
    if (qint32(qFromBigEndian<quint32>(bytes + 68)) != AF::kApplicationId)
        return fail(ArchiveError::NotAnArchive);
    const int version = int(qFromBigEndian<quint32>(bytes + 60));
    if (version > AF::kFormatVersion)
        return fail(ArchiveError::NewerFormat, QStringLiteral("format %1").arg(version));
    if (version < AF::kFormatVersion)
        return fail(ArchiveError::OlderFormat, QStringLiteral("format %1").arg(version));
    // Archives are written in rollback-journal mode (bytes 18-19 == 1); WAL would need -shm files.
    if (bytes[18] != 1 || bytes[19] != 1)
        return fail(ArchiveError::UnexpectedStructure, QStringLiteral("journal mode"));
    if (info.size() % pageSize != 0 || info.size() < pageCount * pageSize)
        return fail(ArchiveError::Truncated);
    return true;
}

bool ArchiveReader::harden()
{
    int off = 0;
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, &off);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &off);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &off);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &off);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 0, &off);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &off);
    sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, int(kMaxEntrySize) + 1024);
    sqlite3_limit(m_db, SQLITE_LIMIT_SQL_LENGTH, 100000);
    sqlite3_limit(m_db, SQLITE_LIMIT_COLUMN, 100);
    sqlite3_limit(m_db, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(m_db, SQLITE_LIMIT_COMPOUND_SELECT, 4);
    sqlite3_limit(m_db, SQLITE_LIMIT_VDBE_OP, 50000);
    sqlite3_limit(m_db, SQLITE_LIMIT_FUNCTION_ARG, 8);
    sqlite3_limit(m_db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(m_db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 100);
    sqlite3_limit(m_db, SQLITE_LIMIT_VARIABLE_NUMBER, 64);
    sqlite3_limit(m_db, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
    sqlite3_progress_handler(m_db, 1000, progressHandler, this);
    return sqlite3_exec(m_db, "PRAGMA cell_size_check=ON; PRAGMA mmap_size=0; PRAGMA query_only=ON;", nullptr,
                        nullptr, nullptr)
           == SQLITE_OK;
}

bool ArchiveReader::open(const QString &path)
{
    close();
    m_path = path;
    m_error = ArchiveError::None;
    m_errorString.clear();
    if (!checkHeader(path))
        return false;

    // immutable=1: the file is never written, so SQLite takes no locks and makes no side files.
    const QByteArray uri = "file:" + QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/")
                           + "?mode=ro&immutable=1";
    if (sqlite3_open_v2(uri.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) != SQLITE_OK)
        return fail(ArchiveError::NotReadable, QString::fromUtf8(sqlite3_errmsg(m_db)));
    if (!harden())
        return fail(ArchiveError::Damaged, QString::fromUtf8(sqlite3_errmsg(m_db)));

    // quick_check reads every page, so its time grows with the file: the budget allows 10 MB/s on
    // top of the usual one (a 200 MB archive took 0.3 s idle here and over 2 s on a loaded machine).
    m_deadline = QDeadlineTimer(m_budgetMs + QFileInfo(path).size() / 10'000);
    {
        SqliteStatement check(m_db, "PRAGMA quick_check(1)");
        const bool hasRow = check.step();
        if (check.isError() && budgetExpired())
            return fail(ArchiveError::TooComplex);
        if (!hasRow || check.text(0) != u"ok")
            return fail(ArchiveError::Damaged, hasRow ? check.text(0).left(200) : check.errorString());
    }
    return checkSchema() && loadMetadata() && loadNodes();
}

bool ArchiveReader::checkSchema()
{
    // The expected schema is whatever SQLite stores for kSchema, shadow tables and automatic
    // indexes included: build it in memory and compare the two exactly.
    sqlite3 *reference = nullptr;
    sqlite3_open_v2(":memory:", &reference, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    for (const auto &table : AF::kSchema)
        sqlite3_exec(reference, toBytes(table.sql).constData(), nullptr, nullptr, nullptr);
    auto rows = [](sqlite3 *db, bool *ok) {
        QStringList result;
        SqliteStatement st(db, "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema ORDER BY name");
        while (st.step())
            result.append(st.text(0) + u'|' + st.text(1) + u'|' + st.text(2) + u'|' + st.text(3));
        *ok = !st.isError();
        return result;
    };
    bool refOk = false;
    bool ok = false;
    const QStringList expected = rows(reference, &refOk);
    sqlite3_close(reference);
    startBudget();
    const QStringList actual = rows(m_db, &ok);
    if (!ok)
        return fail(ArchiveError::Damaged, QString::fromUtf8(sqlite3_errmsg(m_db)));
    if (!refOk || actual != expected) {
        QString detail;
        for (const QString &row : actual) {
            if (!expected.contains(row)) {
                detail = row.section(u'|', 0, 1);
                break;
            }
        }
        if (detail.isEmpty() && !expected.isEmpty()) {
            for (const QString &row : expected) {
                if (!actual.contains(row)) {
                    detail = QStringLiteral("missing ") + row.section(u'|', 0, 1);
                    break;
                }
            }
        }
        return fail(ArchiveError::UnexpectedStructure, detail);
    }
    return true;
}

bool ArchiveReader::loadMetadata()
{
    startBudget();
    SqliteStatement st(m_db, "SELECT key, value FROM meta");
    QHash<QString, QString> meta;
    while (st.step())
        meta.insert(st.text(0), st.text(1));
    if (st.isError())
        return fail(ArchiveError::Damaged, st.errorString());
    m_metadata.id = meta.value(QStringLiteral("id"));
    m_metadata.version = meta.value(QStringLiteral("version"));
    m_metadata.created = meta.value(QStringLiteral("created"));
    m_metadata.publisher = meta.value(QStringLiteral("publisher"));
    m_metadata.defaultLanguage = meta.value(QStringLiteral("default_language"));
    m_metadata.generator = meta.value(QStringLiteral("generator"));
    m_metadata.formatVersion = meta.value(QStringLiteral("format_version")).toInt();
    m_metadata.languages = meta.value(QStringLiteral("languages")).split(u',', Qt::SkipEmptyParts);
    for (auto it = meta.cbegin(); it != meta.cend(); ++it) {
        if (it.key().startsWith(u"title."))
            m_metadata.titles.insert(it.key().mid(6), it.value());
        else if (it.key().startsWith(u"description."))
            m_metadata.descriptions.insert(it.key().mid(12), it.value());
    }
    if (m_metadata.id.isEmpty() || m_metadata.languages.isEmpty() || m_metadata.titles.isEmpty()
        || !m_metadata.languages.contains(m_metadata.defaultLanguage))
        return fail(ArchiveError::MissingMetadata);
    if (m_metadata.formatVersion != AF::kFormatVersion)
        return fail(ArchiveError::UnexpectedStructure, QStringLiteral("format_version"));
    return true;
}

bool ArchiveReader::loadNodes()
{
    startBudget();
    SqliteStatement st(m_db, "SELECT id, doc_id, parent, kind, is_folder FROM node ORDER BY parent, position, id");
    QList<qint64> parents;
    while (st.step()) {
        ArchiveNode node;
        node.rowId = st.int64(0);
        node.docId = st.text(1);
        node.kind = st.text(3);
        node.isFolder = st.int64(4) != 0;
        parents.append(st.isNull(2) ? 0 : st.int64(2));
        m_indexByRowId.insert(node.rowId, int(m_nodes.size()));
        m_indexByDocId.insert(node.docId, int(m_nodes.size()));
        m_nodes.append(std::move(node));
    }
    if (st.isError())
        return fail(budgetExpired() ? ArchiveError::TooComplex : ArchiveError::Damaged, st.errorString());
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (parents.at(i) == 0) {
            m_roots.append(i);
            continue;
        }
        const int parent = m_indexByRowId.value(parents.at(i), -1);
        // A parent that does not exist, or a cycle through the tree, would make the tree unusable.
        if (parent < 0 || parent == i)
            return fail(ArchiveError::Damaged, QStringLiteral("node %1").arg(m_nodes.at(i).docId));
        m_nodes[i].parent = parent;
        m_nodes[parent].children.append(i);
    }
    // Every node must be reachable from a root exactly once (no cycles).
    QList<int> stack = m_roots;
    qsizetype seen = 0;
    while (!stack.isEmpty() && seen <= m_nodes.size()) {
        const int i = stack.takeLast();
        ++seen;
        stack.append(m_nodes.at(i).children);
    }
    if (seen != m_nodes.size())
        return fail(ArchiveError::Damaged, QStringLiteral("tree"));

    SqliteStatement texts(m_db, "SELECT node, lang, title, summary, path, date FROM node_text");
    while (texts.step()) {
        const int index = m_indexByRowId.value(texts.int64(0), -1);
        if (index < 0)
            continue;
        NodeText text{texts.text(2), texts.text(3), texts.text(4), texts.text(5)};
        m_indexByPath.insert(text.path, index);
        m_nodes[index].texts.insert(texts.text(1), std::move(text));
    }
    if (texts.isError())
        return fail(budgetExpired() ? ArchiveError::TooComplex : ArchiveError::Damaged, texts.errorString());
    return true;
}

std::optional<QByteArray> ArchiveReader::readFile(const QString &name)
{
    if (!m_db)
        return std::nullopt;
    startBudget();
    SqliteStatement st(m_db, "SELECT sz, data FROM sqlar WHERE name = ?1");
    st.bind(1, name);
    if (!st.step())
        return std::nullopt;
    return SqlarCodec::decode(st.blob(1), st.int64(0), kMaxEntrySize);
}

QString ArchiveReader::mimeType(const QString &name)
{
    if (!m_db)
        return {};
    startBudget();
    SqliteStatement st(m_db, "SELECT mime FROM manifest WHERE name = ?1");
    st.bind(1, name);
    const QString mime = st.step() ? st.text(0) : QString();
    return MimeTypes::isAllowed(mime) ? mime : QStringLiteral("application/octet-stream");
}

QList<DocumentField> ArchiveReader::fields(int node)
{
    QList<DocumentField> result;
    if (!m_db || node < 0 || node >= m_nodes.size())
        return result;
    startBudget();
    SqliteStatement st(m_db, "SELECT name, lang, value FROM field WHERE node = ?1 ORDER BY name, lang, seq");
    st.bind(1, m_nodes.at(node).rowId);
    while (st.step())
        result.append({st.text(0), st.text(1), st.value(2)});
    return result;
}

QHash<int, QList<DocumentField>> ArchiveReader::fieldsOfKind(const QString &kind)
{
    QHash<int, QList<DocumentField>> result;
    if (!m_db)
        return result;
    startBudget();
    SqliteStatement st(m_db, "SELECT f.node, f.name, f.lang, f.value FROM field f JOIN node n ON n.id = f.node "
                             "WHERE n.kind = ?1 ORDER BY f.node, f.name, f.lang, f.seq");
    st.bind(1, kind);
    while (st.step()) {
        const int node = m_indexByRowId.value(st.int64(0), -1);
        if (node >= 0)
            result[node].append({st.text(1), st.text(2), st.value(3)});
    }
    return result;
}

QList<NodeLink> ArchiveReader::links(int node)
{
    QList<NodeLink> result;
    if (!m_db || node < 0 || node >= m_nodes.size())
        return result;
    startBudget();
    SqliteStatement st(m_db, "SELECT dst, rel FROM link WHERE src = ?1");
    st.bind(1, m_nodes.at(node).rowId);
    while (st.step()) {
        const int target = m_indexByRowId.value(st.int64(0), -1);
        if (target >= 0)
            result.append({target, st.text(1)});
    }
    return result;
}

QList<int> ArchiveReader::backlinks(int node)
{
    QList<int> result;
    if (!m_db || node < 0 || node >= m_nodes.size())
        return result;
    startBudget();
    SqliteStatement st(m_db, "SELECT DISTINCT src FROM link WHERE dst = ?1 ORDER BY src");
    st.bind(1, m_nodes.at(node).rowId);
    while (st.step()) {
        const int source = m_indexByRowId.value(st.int64(0), -1);
        if (source >= 0)
            result.append(source);
    }
    return result;
}

QList<DocumentHeading> ArchiveReader::headings(int node, const QString &lang)
{
    QList<DocumentHeading> result;
    if (!m_db || node < 0 || node >= m_nodes.size())
        return result;
    startBudget();
    SqliteStatement st(m_db, "SELECT level, anchor, text FROM heading WHERE node = ?1 AND lang = ?2 ORDER BY seq");
    st.bind(1, m_nodes.at(node).rowId);
    st.bind(2, lang);
    while (st.step())
        result.append({int(st.int64(0)), st.text(1), st.text(2)});
    return result;
}

QStringList ArchiveReader::tags(int node, const QString &lang)
{
    QStringList result;
    if (!m_db || node < 0 || node >= m_nodes.size())
        return result;
    startBudget();
    SqliteStatement st(m_db, "SELECT tag FROM tag WHERE node = ?1 AND lang = ?2 ORDER BY tag");
    st.bind(1, m_nodes.at(node).rowId);
    st.bind(2, lang);
    while (st.step())
        result.append(st.text(0));
    return result;
}

std::optional<QString> ArchiveReader::plainText(int node, const QString &lang)
{
    if (!m_db || node < 0 || node >= m_nodes.size())
        return std::nullopt;
    startBudget();
    SqliteStatement st(m_db, "SELECT sz, text FROM doc_text WHERE node = ?1 AND lang = ?2");
    st.bind(1, m_nodes.at(node).rowId);
    st.bind(2, lang);
    if (!st.step())
        return std::nullopt;
    const auto bytes = SqlarCodec::decode(st.blob(1), st.int64(0), kMaxEntrySize);
    if (!bytes)
        return std::nullopt;
    return QString::fromUtf8(*bytes);
}

std::optional<QString> ArchiveReader::plainTextOfRow(qint64 row, int *node, QString *lang)
{
    if (!m_db)
        return std::nullopt;
    SqliteStatement st(m_db, "SELECT node, lang, sz, text FROM doc_text WHERE rowid = ?1");
    st.bind(1, row);
    if (!st.step())
        return std::nullopt;
    if (node)
        *node = m_indexByRowId.value(st.int64(0), -1);
    if (lang)
        *lang = st.text(1);
    const auto bytes = SqlarCodec::decode(st.blob(3), st.int64(2), kMaxEntrySize);
    if (!bytes)
        return std::nullopt;
    return QString::fromUtf8(*bytes);
}

QString ArchiveReader::checkSearchIndex()
{
    // FTS5's integrity check is an INSERT, which a read-only connection refuses; run it on a
    // private in-memory copy instead, which nothing else sees.
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read the file");
    const qint64 size = file.size();
    auto *buffer = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(size)));
    if (!buffer || file.read(reinterpret_cast<char *>(buffer), size) != size) {
        sqlite3_free(buffer);
        return QStringLiteral("cannot read the file");
    }
    sqlite3 *copy = nullptr;
    sqlite3_open_v2(":memory:", &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    int off = 0;
    sqlite3_db_config(copy, SQLITE_DBCONFIG_DEFENSIVE, 1, &off);
    sqlite3_db_config(copy, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &off);
    sqlite3_db_config(copy, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &off);
    sqlite3_db_config(copy, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &off);
    QString problem;
    if (sqlite3_deserialize(copy, "main", buffer, size, size, SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE)
        != SQLITE_OK) {
        problem = QStringLiteral("cannot load the file");
    } else {
        char *message = nullptr;
        if (sqlite3_exec(copy, "INSERT INTO search(search, rank) VALUES('integrity-check', 0)", nullptr, nullptr,
                         &message)
            != SQLITE_OK)
            problem = QString::fromUtf8(message ? message : "error");
        sqlite3_free(message);
    }
    sqlite3_close(copy);
    return problem;
}

QStringList ArchiveReader::verify()
{
    QStringList problems;
    if (!m_db) {
        problems.append(m_errorString);
        return problems;
    }
    const int budget = m_budgetMs;
    m_budgetMs = 600000; // a full check of a large archive may take minutes
    startBudget();
    // The search index check works on a private copy of the file: it runs on a thread of its own
    // while this one checks the pages and every entry; the problems keep their order.
    QString ftsProblem;
    std::thread searchIndexThread([this, &ftsProblem] { ftsProblem = checkSearchIndex(); });
    {
        SqliteStatement st(m_db, "PRAGMA integrity_check(20)");
        while (st.step()) {
            if (st.text(0) != u"ok")
                problems.append(QStringLiteral("integrity: ") + st.text(0));
        }
        if (st.isError())
            problems.append(QStringLiteral("integrity: ") + st.errorString());
    }
    const QStringList entryProblems = verifyEntries();
    searchIndexThread.join();
    if (!ftsProblem.isEmpty())
        problems.append(QStringLiteral("search index: ") + ftsProblem);
    problems += entryProblems;
    m_budgetMs = budget;
    return problems;
}

QStringList ArchiveReader::verifyEntries()
{
    QStringList problems;
    QSet<QString> names;
    {
        SqliteStatement st(m_db, "SELECT s.name, s.sz, s.data, m.sha256, m.mime FROM sqlar s "
                                 "LEFT JOIN manifest m ON m.name = s.name ORDER BY s.name");
        while (st.step()) {
            const QString name = st.text(0);
            names.insert(name);
            if (st.isNull(3)) {
                problems.append(QStringLiteral("%1: not in the manifest").arg(name));
                continue;
            }
            const auto data = SqlarCodec::decode(st.blob(2), st.int64(1), kMaxEntrySize);
            if (!data) {
                problems.append(QStringLiteral("%1: cannot be decompressed").arg(name));
                continue;
            }
            const QByteArray hash = SqlarCodec::sha256(*data).toHex();
            if (QString::fromLatin1(hash) != st.text(3))
                problems.append(QStringLiteral("%1: SHA-256 mismatch").arg(name));
            if (!MimeTypes::isAllowed(st.text(4)))
                problems.append(QStringLiteral("%1: MIME type %2 is not allowed").arg(name, st.text(4)));
        }
        if (st.isError())
            problems.append(QStringLiteral("sqlar: ") + st.errorString());
    }
    {
        SqliteStatement st(m_db, "SELECT name FROM manifest WHERE name NOT IN (SELECT name FROM sqlar)");
        while (st.step())
            problems.append(QStringLiteral("%1: in the manifest but not stored").arg(st.text(0)));
    }
    for (const ArchiveNode &node : std::as_const(m_nodes)) {
        for (const NodeText &text : node.texts) {
            if (!names.contains(text.path))
                problems.append(QStringLiteral("%1: page %2 is missing").arg(node.docId, text.path));
        }
    }
    return problems;
}

} // namespace Ss::Core
