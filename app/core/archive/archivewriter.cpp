// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "archivewriter.h"

#include "archiveformat.h"
#include "sqlarcodec.h"
#include "sqlitestatement.h"
#include "search/koreananalyzer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QThreadPool>
#include <QWaitCondition>

#include <sqlite3.h>

#include <condition_variable>
#include <cstdint>
#include <cstring>
#include <deque>
#include <filesystem>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace Ss::Core {

namespace AF = ArchiveFormat;

namespace {

//! A file as the sqlar and manifest rows take it: compressed, hashed, names in UTF-8.
struct EncodedFile
{
    QByteArray name;
    qint64 size = 0;
    QByteArray data;
    QByteArray sha256; // hex
    QByteArray mime;
};

/*! zlib level of the sqlar entries. Compressing the pages was the largest single cost of writing
 *  an archive; level 3 takes about half the time of the default 6 for pages 5-15 % larger. */
constexpr int kFileCompressionLevel = 3;

EncodedFile encodeFile(const QString &name, const QByteArray &data, const QString &mime)
{
    return {name.toUtf8(), qint64(data.size()), SqlarCodec::encode(data, kFileCompressionLevel),
            SqlarCodec::sha256(data).toHex(), mime.toUtf8()};
}

//! What one language of a document adds besides its small rows: page, stored text, index columns.
struct EncodedText
{
    EncodedFile page;
    qint64 plainSize = 0;
    QByteArray plain;      // compressed
    QByteArray title;      // UTF-8, as the search columns take them (KoreanAnalyzer::indexText())
    QByteArray body;
};

/*! One addFile() or addDocument() call. The writer thread fills the bookkeeping at once; a pool
 *  thread does the costly part (zlib, SHA-256, UTF-8, Hangul bigrams) into file or texts; the
 *  writer thread then runs the SQL in call order, so the file does not depend on the pool. */
struct Job
{
    bool isDocument = false;
    QString name;            // addFile
    QByteArray data;
    QString mime;
    EncodedFile file;
    ArchiveDocument document; // addDocument
    qint64 nodeId = 0;
    qint64 parent = 0;
    qint64 position = 0;
    qint64 firstRow = 0;
    std::vector<EncodedText> texts; // in document.texts order
    bool isReady = false;    // guarded by Statements::mutex
};

//! The searchable body of one language: summary, tags and text-valued fields, then the text.
QString searchBody(const ArchiveDocument &document, const QString &lang, const DocumentText &text)
{
    QString body = text.summary;
    body += u'\n' + text.tags.join(u' ');
    for (const DocumentField &field : document.fields) {
        if (field.value.typeId() == QMetaType::QString && (field.lang == lang || field.lang.isEmpty()))
            body += u'\n' + field.value.toString();
    }
    body += u'\n' + text.plainText;
    return body;
}

void encode(Job *job)
{
    if (!job->isDocument) {
        job->file = encodeFile(job->name, job->data, job->mime);
        job->data = QByteArray();
        return;
    }
    const ArchiveDocument &document = job->document;
    job->texts.reserve(size_t(document.texts.size()));
    for (auto it = document.texts.cbegin(); it != document.texts.cend(); ++it) {
        const DocumentText &text = it.value();
        EncodedText out;
        out.page = encodeFile(text.path, text.html, QStringLiteral("text/html"));
        const QByteArray plain = text.plainText.toUtf8();
        out.plainSize = plain.size();
        out.plain = SqlarCodec::encode(plain);
        const QString body = searchBody(document, it.key(), text);
        out.title = KoreanAnalyzer::indexText(text.title).toUtf8();
        out.body = KoreanAnalyzer::indexText(body).toUtf8();
        job->texts.push_back(std::move(out));
    }
}

//! One row of the full-text index, UTF-8.
struct SearchRow
{
    qint64 rowid = 0;
    QByteArray body;
    QByteArray title;
};

/*! \brief Builds the full-text index on a connection and thread of its own.
 *
 * FTS5 tokenizing is the largest serial part of writing an archive. The content of the index's
 * shadow tables depends only on the operations made on the FTS5 table, so the same operations in
 * the same order (the table, 'automerge' 0, the rows by rowid, 'optimize', in one transaction)
 * run here on a side database while the writer thread fills the other tables; copyInto() then
 * replaces the archive's shadow tables with these rows inside the archive's transaction: the
 * same index as if the rows had been inserted there, and the same bytes on every build. */
class SearchIndexBuilder
{
public:
    SearchIndexBuilder() = default;
    Q_DISABLE_COPY_MOVE(SearchIndexBuilder)
    ~SearchIndexBuilder()
    {
        finish(false);
        sqlite3_close(m_db);
        if (!m_path.isEmpty())
            QFile::remove(m_path);
    }

    bool open(const QString &path, const QByteArray &createSql)
    {
        m_path = path;
        QFile::remove(m_path);
        if (sqlite3_open_v2(m_path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK
            || !exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA locking_mode=EXCLUSIVE;"
                     "PRAGMA cache_size=-16384; PRAGMA page_size=4096; BEGIN")
            || !exec(createSql.constData()) || !exec("INSERT INTO search(search, rank) VALUES('automerge', 0)")
            // A larger in-memory table than the default 1 MiB: fewer segments to write and merge.
            || !exec(kHashSizeSql)
            || sqlite3_prepare_v2(m_db, "INSERT INTO search(rowid, body, title) VALUES(?1, ?2, ?3)",
                                  -1, &m_insert, nullptr) != SQLITE_OK) {
            setError();
            return false;
        }
        m_thread = std::thread([this] { run(); });
        return true;
    }

    //! Queues a row; waits while many are queued, so that the queue stays small.
    void add(SearchRow row)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_rows.size() < kMaxQueued; });
        m_rows.push_back(std::move(row));
        m_changed.notify_all();
    }

    //! Inserts what is queued and, when \a complete, optimizes and commits. Returns false on error.
    bool finish(bool complete)
    {
        if (m_thread.joinable()) {
            {
                const std::lock_guard lock(m_mutex);
                m_isFinishing = true;
                m_changed.notify_all();
            }
            m_thread.join();
        }
        sqlite3_finalize(m_insert);
        m_insert = nullptr;
        if (complete && m_error.isEmpty() && m_db)
            exec("INSERT INTO search(search) VALUES('optimize'); COMMIT");
        return m_error.isEmpty();
    }

    //! Replaces the shadow tables of \a db's search table with the ones built here.
    bool copyInto(sqlite3 *db)
    {
        for (const char *table : {"search_data", "search_idx", "search_config", "search_docsize"}) {
            const QByteArray name(table);
            sqlite3_stmt *select = nullptr;
            sqlite3_stmt *insert = nullptr;
            bool ok = sqlite3_exec(db, QByteArray("DELETE FROM " + name).constData(), nullptr, nullptr, nullptr) == SQLITE_OK
                      && sqlite3_prepare_v2(m_db, QByteArray("SELECT * FROM " + name + (name == "search_config" ? " WHERE k <> 'hashsize'" : "")).constData(), -1, &select, nullptr) == SQLITE_OK;
            if (ok) {
                QByteArray sql = "INSERT INTO " + name + " VALUES(?";
                for (int i = 1; i < sqlite3_column_count(select); ++i)
                    sql += ",?";
                ok = sqlite3_prepare_v2(db, QByteArray(sql + ")").constData(), -1, &insert, nullptr) == SQLITE_OK;
            }
            while (ok && sqlite3_step(select) == SQLITE_ROW) {
                for (int i = 0; i < sqlite3_column_count(select); ++i)
                    sqlite3_bind_value(insert, i + 1, sqlite3_column_value(select, i));
                ok = sqlite3_step(insert) == SQLITE_DONE && sqlite3_reset(insert) == SQLITE_OK;
            }
            if (!ok && m_error.isEmpty())
                m_error = QStringLiteral("search index: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
            sqlite3_finalize(select);
            sqlite3_finalize(insert);
            if (!ok)
                return false;
        }
        return true;
    }

    QString errorString() const { return m_error; }

private:
    static constexpr size_t kMaxQueued = 256;
    static constexpr const char *kHashSizeSql = "INSERT INTO search(search, rank) VALUES('hashsize', 16777216)";

    void run()
    {
        for (;;) {
            SearchRow row;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return !m_rows.empty() || m_isFinishing; });
                if (m_rows.empty())
                    return;
                row = std::move(m_rows.front());
                m_rows.pop_front();
                m_changed.notify_all();
            }
            if (!m_error.isEmpty())
                continue; // keep draining so that add() never waits forever
            sqlite3_bind_int64(m_insert, 1, row.rowid);
            int column = 2;
            for (const QByteArray *text : {&row.body, &row.title})
                sqlite3_bind_text(m_insert, column++, text->constData(), int(text->size()), SQLITE_STATIC);
            if (sqlite3_step(m_insert) != SQLITE_DONE)
                setError();
            sqlite3_reset(m_insert);
        }
    }

    bool exec(const char *sql)
    {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK)
            return true;
        setError();
        return false;
    }
    void setError()
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("search index: %1").arg(QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "cannot open"));
    }

    QString m_path;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    QString m_error; // written by the index thread only while it runs
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<SearchRow> m_rows;
    bool m_isFinishing = false;
};

} // namespace

struct ArchiveWriter::Statements
{
    explicit Statements(sqlite3 *db)
        : sqlar(db, "INSERT INTO sqlar(name, mode, mtime, sz, data) VALUES(?1, 33188, ?2, ?3, ?4)"),
          manifest(db, "INSERT INTO manifest(name, sha256, mime) VALUES(?1, ?2, ?3)"),
          node(db, "INSERT INTO node(id, doc_id, parent, position, kind, is_folder) VALUES(?1, ?2, ?3, ?4, ?5, ?6)"),
          nodeText(db, "INSERT INTO node_text(node, lang, title, summary, path, date) VALUES(?1, ?2, ?3, ?4, ?5, ?6)"),
          field(db, "INSERT INTO field(node, name, lang, seq, value) VALUES(?1, ?2, ?3, ?4, ?5)"),
          tag(db, "INSERT OR IGNORE INTO tag(node, lang, tag) VALUES(?1, ?2, ?3)"),
          heading(db, "INSERT INTO heading(node, lang, seq, level, anchor, text) VALUES(?1, ?2, ?3, ?4, ?5, ?6)"),
          docText(db, "INSERT INTO doc_text(rowid, node, lang, sz, text) VALUES(?1, ?2, ?3, ?4, ?5)"),
          link(db, "INSERT OR IGNORE INTO link(src, dst, rel) VALUES(?1, ?2, ?3)")
    {
    }
    ~Statements() { waitForAll(); }

    qint64 mtime = 0;
    QString error; // the first failed insert
    SearchIndexBuilder searchIndex;

    SqliteStatement sqlar, manifest, node, nodeText, field, tag, heading, docText, link;

    // The encoding pipeline: jobs in call order, encoded by the global thread pool.
    std::deque<std::shared_ptr<Job>> jobs;
    std::shared_ptr<QMutex> mutex = std::make_shared<QMutex>();
    std::shared_ptr<QWaitCondition> readyChanged = std::make_shared<QWaitCondition>();
    static constexpr size_t kMaxPending = 64; // bounds the memory the queue holds

    void start(const std::shared_ptr<Job> &job)
    {
        jobs.push_back(job);
        QThreadPool::globalInstance()->start([job, mutex = mutex, readyChanged = readyChanged] {
            encode(job.get());
            const QMutexLocker locker(mutex.get());
            job->isReady = true;
            readyChanged->wakeAll();
        });
    }
    //! Waits until the oldest job is encoded.
    void waitForFront()
    {
        QMutexLocker locker(mutex.get());
        while (!jobs.front()->isReady)
            readyChanged->wait(mutex.get());
    }
    bool isFrontReady()
    {
        const QMutexLocker locker(mutex.get());
        return jobs.front()->isReady;
    }
    bool insertFile(const EncodedFile &file)
    {
        sqlar.bind(1, QByteArrayView(file.name));
        sqlar.bind(2, mtime);
        sqlar.bind(3, file.size);
        sqlar.bindBlob(4, file.data);
        if (!sqlar.exec())
            return fail(QStringLiteral("%1: %2").arg(QString::fromUtf8(file.name), sqlar.errorString()));
        manifest.bind(1, QByteArrayView(file.name));
        manifest.bind(2, QByteArrayView(file.sha256));
        manifest.bind(3, QByteArrayView(file.mime));
        return manifest.exec() || fail(manifest.errorString());
    }

    //! Inserts the encoded jobs at the front of the queue, all of them or those ready.
    bool flush(bool all)
    {
        while (!jobs.empty()) {
            if (all || jobs.size() > kMaxPending)
                waitForFront();
            else if (!isFrontReady())
                break;
            const std::shared_ptr<Job> job = std::move(jobs.front());
            jobs.pop_front();
            if (error.isEmpty() && !(job->isDocument ? insertDocument(*job) : insertFile(job->file)))
                return false;
        }
        return error.isEmpty();
    }

    bool insertDocument(Job &job)
    {
        const ArchiveDocument &document = job.document;
        const qint64 nodeId = job.nodeId;
        Statements &st = *this; // "st." as in the rest of the writer; the loops below have a field and a tag of their own
        st.node.bind(1, nodeId);
        st.node.bind(2, document.id);
        if (job.parent)
            st.node.bind(3, job.parent);
        else
            st.node.bindNull(3);
        st.node.bind(4, job.position);
        st.node.bind(5, document.kind);
        st.node.bind(6, qint64(document.isFolder ? 1 : 0));
        if (!st.node.exec())
            return fail(st.node.errorString());

        QHash<QString, qint64> seq;
        for (const DocumentField &field : document.fields) {
            st.field.bind(1, nodeId);
            st.field.bind(2, field.name);
            st.field.bind(3, field.lang);
            st.field.bind(4, seq[field.name + u'\n' + field.lang]++);
            st.field.bindVariant(5, field.value);
            if (!st.field.exec())
                return fail(st.field.errorString());
        }

        qint64 row = job.firstRow;
        auto encoded = job.texts.begin();
        for (auto it = document.texts.cbegin(); it != document.texts.cend(); ++it, ++encoded, ++row) {
            const QString &lang = it.key();
            const DocumentText &text = it.value();
            if (!insertFile(encoded->page))
                return false;
            st.nodeText.bind(1, nodeId);
            st.nodeText.bind(2, lang);
            st.nodeText.bind(3, text.title);
            st.nodeText.bind(4, text.summary);
            st.nodeText.bind(5, text.path);
            st.nodeText.bind(6, text.date);
            if (!st.nodeText.exec())
                return fail(st.nodeText.errorString());
            for (const QString &tag : text.tags) {
                st.tag.bind(1, nodeId);
                st.tag.bind(2, lang);
                st.tag.bind(3, tag);
                st.tag.exec();
            }
            for (qsizetype i = 0; i < text.headings.size(); ++i) {
                const DocumentHeading &h = text.headings.at(i);
                st.heading.bind(1, nodeId);
                st.heading.bind(2, lang);
                st.heading.bind(3, qint64(i));
                st.heading.bind(4, qint64(h.level));
                st.heading.bind(5, h.anchor);
                st.heading.bind(6, h.text);
                if (!st.heading.exec())
                    return fail(st.heading.errorString());
            }
            st.docText.bind(1, row);
            st.docText.bind(2, nodeId);
            st.docText.bind(3, lang);
            st.docText.bind(4, encoded->plainSize);
            st.docText.bindBlob(5, encoded->plain);
            if (!st.docText.exec())
                return fail(st.docText.errorString());
            searchIndex.add({row, std::move(encoded->body), std::move(encoded->title)});
        }
        return true;
    }

    //! Keeps the first error, as ArchiveWriter::fail() does.
    bool fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        return false;
    }

    //! Waits for every job still running, so that none outlives the writer.
    void waitForAll()
    {
        QMutexLocker locker(mutex.get());
        for (const auto &job : jobs) {
            while (!job->isReady)
                readyChanged->wait(mutex.get());
        }
    }
};

ArchiveWriter::ArchiveWriter(QString path)
    : m_path(std::move(path))
{
}

ArchiveWriter::~ArchiveWriter()
{
    m_statements.reset();
    if (m_db)
        sqlite3_close(m_db);
    if (!m_isCommitted && !m_tempPath.isEmpty()) {
        QFile::remove(m_tempPath);
        QFile::remove(m_tempPath + QStringLiteral("-journal"));
    }
}

bool ArchiveWriter::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool ArchiveWriter::check(const SqliteStatement &statement)
{
    return statement.isError() ? fail(statement.errorString()) : true;
}

bool ArchiveWriter::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "unknown SQLite error");
        sqlite3_free(message);
        return fail(text);
    }
    return true;
}

bool ArchiveWriter::open(const ArchiveMetadata &metadata, qint64 mtime)
{
    m_mtime = mtime;
    const QFileInfo target(m_path);
    m_tempPath = target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".partial");
    QFile::remove(m_tempPath);
    if (sqlite3_open_v2(m_tempPath.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK)
        return fail(QStringLiteral("cannot create %1: %2").arg(m_tempPath, QString::fromUtf8(sqlite3_errmsg(m_db))));

    // synchronous=FULL costs nothing while writing (there is no journal to sync) and makes SQLite
    // sync the file when the one transaction commits (see commit()).
    if (!exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=FULL; PRAGMA locking_mode=EXCLUSIVE;"
              "PRAGMA cache_size=-16384; PRAGMA page_size=4096;"))
        return false;
    const QByteArray pragmas = "PRAGMA application_id=" + QByteArray::number(AF::kApplicationId)
                               + "; PRAGMA user_version=" + QByteArray::number(AF::kFormatVersion) + ";";
    if (!exec(pragmas.constData()) || !exec("BEGIN"))
        return false;
    for (const auto &table : AF::kSchema) {
        if (!exec(QByteArray(table.sql.data(), qsizetype(table.sql.size())).constData()))
            return false;
    }
    // FTS5 defaults to automerge; a single 'optimize' at the end is cheaper for a one-shot build.
    if (!exec("INSERT INTO search(search, rank) VALUES('automerge', 0)"))
        return false;
    m_statements = std::make_unique<Statements>(m_db);
    m_statements->mtime = m_mtime;
    for (const auto &table : AF::kSchema) {
        if (table.name == "search"
            && !m_statements->searchIndex.open(m_tempPath + QStringLiteral("-search"),
                                               QByteArray(table.sql.data(), qsizetype(table.sql.size()))))
            return fail(m_statements->searchIndex.errorString());
    }

    SqliteStatement meta(m_db, "INSERT INTO meta(key, value) VALUES(?1, ?2)");
    auto put = [&](QByteArrayView key, const QString &value) {
        meta.bind(1, key);
        meta.bind(2, value);
        meta.exec();
    };
    auto key = [](std::string_view k) { return QByteArray(k.data(), qsizetype(k.size())); };
    put(key(AF::Meta::Id), metadata.id);
    put(key(AF::Meta::Version), metadata.version);
    put(key(AF::Meta::FormatVersion), QString::number(AF::kFormatVersion));
    put(key(AF::Meta::Created), metadata.created);
    put(key(AF::Meta::Languages), metadata.languages.join(u','));
    put(key(AF::Meta::DefaultLanguage), metadata.defaultLanguage);
    put(key(AF::Meta::Publisher), metadata.publisher);
    put(key(AF::Meta::Generator), metadata.generator);
    for (auto it = metadata.titles.cbegin(); it != metadata.titles.cend(); ++it)
        put(QByteArray(key(AF::Meta::TitlePrefix) + it.key().toUtf8()), it.value());
    for (auto it = metadata.descriptions.cbegin(); it != metadata.descriptions.cend(); ++it)
        put(QByteArray(key(AF::Meta::DescriptionPrefix) + it.key().toUtf8()), it.value());
    return check(meta);
}

bool ArchiveWriter::addFile(const QString &name, const QByteArray &data, const QString &mime)
{
    if (!m_db)
        return fail(QStringLiteral("archive is not open"));
    if (!m_error.isEmpty())
        return false;
    auto job = std::make_shared<Job>();
    job->name = name;
    job->data = data;
    job->mime = mime;
    m_statements->start(job);
    return m_statements->flush(false) || fail(m_statements->error);
}

bool ArchiveWriter::addDocument(const ArchiveDocument &document)
{
    if (!m_db)
        return fail(QStringLiteral("archive is not open"));
    if (!m_error.isEmpty())
        return false;
    if (m_nodeIds.contains(document.id))
        return fail(QStringLiteral("duplicate document id %1").arg(document.id));
    qint64 parent = 0;
    const qsizetype slash = document.id.lastIndexOf(u'/');
    if (slash > 0) {
        parent = m_nodeIds.value(document.id.left(slash), -1);
        if (parent < 0)
            return fail(QStringLiteral("%1: parent %2 was not added first").arg(document.id, document.id.left(slash)));
    }
    auto job = std::make_shared<Job>();
    job->isDocument = true;
    job->document = document;
    job->nodeId = m_nodeIds.size() + 1;
    job->parent = parent;
    job->position = m_childCounts[parent]++;
    job->firstRow = m_nextTextRow;
    m_nextTextRow += document.texts.size();
    m_nodeIds.insert(document.id, job->nodeId);
    if (!document.links.isEmpty())
        m_pendingLinks.append({job->nodeId, document.links});
    if (!document.related.isEmpty())
        m_pendingRelated.append({job->nodeId, document.related});
    m_statements->start(job);
    return m_statements->flush(false) || fail(m_statements->error);
}

bool ArchiveWriter::commit()
{
    if (!m_db)
        return fail(QStringLiteral("archive is not open"));
    if (!m_statements->flush(true))
        return fail(m_statements->error);
    auto &st = *m_statements;
    auto addLinks = [&](const QList<std::pair<qint64, QStringList>> &pending, const QString &rel) {
        for (const auto &[src, targets] : pending) {
            for (const QString &target : targets) {
                const qint64 dst = m_nodeIds.value(target, -1);
                if (dst < 0)
                    return fail(QStringLiteral("link to unknown document %1").arg(target));
                st.link.bind(1, src);
                st.link.bind(2, dst);
                st.link.bind(3, rel);
                if (!st.link.exec())
                    return fail(st.link.errorString());
            }
        }
        return true;
    };
    if (!addLinks(m_pendingLinks, QStringLiteral("link")) || !addLinks(m_pendingRelated, QStringLiteral("related")))
        return false;
    // The index built beside the archive, optimized, becomes the archive's (see SearchIndexBuilder).
    if (!st.searchIndex.finish(true) || !st.searchIndex.copyInto(m_db))
        return fail(st.searchIndex.errorString());
    // With synchronous on, SQLite syncs the file when the transaction commits, so it is durable
    // before it takes its final name. No VACUUM: every page was written once, in call order, by
    // this one transaction, so the file is already deterministic, and rewriting the whole file
    // a second time took a quarter of a large build.
    if (!exec("COMMIT"))
        return false;
    m_statements.reset();
    if (sqlite3_close(m_db) != SQLITE_OK)
        return fail(QStringLiteral("cannot close %1").arg(m_tempPath));
    m_db = nullptr;
    std::error_code ec; // std::filesystem::rename replaces the target atomically (MoveFileEx on Windows)
    std::filesystem::rename(QFile::encodeName(m_tempPath).toStdString(), QFile::encodeName(m_path).toStdString(), ec);
    if (ec)
        return fail(QStringLiteral("cannot rename %1 to %2: %3").arg(m_tempPath, m_path, QString::fromStdString(ec.message())));
    m_isCommitted = true;
    return true;
}

} // namespace Ss::Core
