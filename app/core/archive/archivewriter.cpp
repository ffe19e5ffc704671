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

#include <sqlite3.h>

#include <filesystem>

namespace Ss::Core {

namespace AF = ArchiveFormat;

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
          search(db, "INSERT INTO search(rowid, title, body, title_grams, body_grams) VALUES(?1, ?2, ?3, ?4, ?5)"),
          link(db, "INSERT OR IGNORE INTO link(src, dst, rel) VALUES(?1, ?2, ?3)")
    {
    }
    SqliteStatement sqlar, manifest, node, nodeText, field, tag, heading, docText, search, link;
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

    if (!exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA locking_mode=EXCLUSIVE;"
              "PRAGMA cache_size=-65536; PRAGMA page_size=4096;"))
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
    auto &st = *m_statements;
    st.sqlar.bind(1, name);
    st.sqlar.bind(2, m_mtime);
    st.sqlar.bind(3, qint64(data.size()));
    st.sqlar.bindBlob(4, SqlarCodec::encode(data));
    if (!st.sqlar.exec())
        return fail(QStringLiteral("%1: %2").arg(name, st.sqlar.errorString()));
    st.manifest.bind(1, name);
    st.manifest.bind(2, QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    st.manifest.bind(3, mime);
    return st.manifest.exec() || fail(st.manifest.errorString());
}

bool ArchiveWriter::addDocument(const ArchiveDocument &document)
{
    if (!m_db)
        return fail(QStringLiteral("archive is not open"));
    if (m_nodeIds.contains(document.id))
        return fail(QStringLiteral("duplicate document id %1").arg(document.id));
    qint64 parent = 0;
    const qsizetype slash = document.id.lastIndexOf(u'/');
    if (slash > 0) {
        parent = m_nodeIds.value(document.id.left(slash), -1);
        if (parent < 0)
            return fail(QStringLiteral("%1: parent %2 was not added first").arg(document.id, document.id.left(slash)));
    }
    const qint64 nodeId = m_nodeIds.size() + 1;
    m_nodeIds.insert(document.id, nodeId);
    auto &st = *m_statements;
    st.node.bind(1, nodeId);
    st.node.bind(2, document.id);
    if (parent)
        st.node.bind(3, parent);
    else
        st.node.bindNull(3);
    st.node.bind(4, m_childCounts[parent]++);
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

    for (auto it = document.texts.cbegin(); it != document.texts.cend(); ++it) {
        const QString &lang = it.key();
        const DocumentText &text = it.value();
        if (!addFile(text.path, text.html, QStringLiteral("text/html")))
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

        // The searchable body: summary, tags and text-valued fields of this language, then the text.
        QString body = text.summary;
        body += u'\n' + text.tags.join(u' ');
        for (const DocumentField &field : document.fields) {
            if (field.value.typeId() == QMetaType::QString && (field.lang == lang || field.lang.isEmpty()))
                body += u'\n' + field.value.toString();
        }
        body += u'\n' + text.plainText;

        const QByteArray plain = text.plainText.toUtf8();
        const qint64 row = m_nextTextRow++;
        st.docText.bind(1, row);
        st.docText.bind(2, nodeId);
        st.docText.bind(3, lang);
        st.docText.bind(4, qint64(plain.size()));
        st.docText.bindBlob(5, SqlarCodec::encode(plain));
        if (!st.docText.exec())
            return fail(st.docText.errorString());
        st.search.bind(1, row);
        st.search.bind(2, KoreanAnalyzer::withoutHangul(text.title));
        st.search.bind(3, KoreanAnalyzer::withoutHangul(body));
        st.search.bind(4, KoreanAnalyzer::indexGrams(text.title));
        st.search.bind(5, KoreanAnalyzer::indexGrams(body));
        if (!st.search.exec())
            return fail(st.search.errorString());
    }
    if (!document.links.isEmpty())
        m_pendingLinks.append({nodeId, document.links});
    if (!document.related.isEmpty())
        m_pendingRelated.append({nodeId, document.related});
    return true;
}

bool ArchiveWriter::commit()
{
    if (!m_db)
        return fail(QStringLiteral("archive is not open"));
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
    if (!exec("INSERT INTO search(search) VALUES('optimize')") || !exec("COMMIT"))
        return false;
    m_statements.reset();
    // With synchronous on, SQLite syncs the file when VACUUM finishes, so it is durable before
    // it takes its final name.
    if (!exec("PRAGMA synchronous=FULL") || !exec("VACUUM"))
        return false;
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
