// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "searchengine.h"

#include "koreananalyzer.h"
#include "searchquery.h"
#include "archive/archiveformat.h"
#include "archive/archivereader.h"
#include "archive/sqlitestatement.h"

#include <QHash>

#include <sqlite3.h>

namespace Ss::Core {

SearchEngine::SearchEngine(ArchiveReader *reader)
    : m_reader(reader)
{
}

SearchResults SearchEngine::search(const QString &query, const SearchOptions &options) const
{
    const SearchQuery parsed = SearchQuery::parse(query);
    return run(parsed.expression(), parsed.highlightTerms(), options, false);
}

SearchResults SearchEngine::suggest(const QString &typed, const QString &uiLanguage, int limit) const
{
    SearchQuery::Options o;
    o.mode = SearchQuery::Mode::Titles;
    const SearchQuery parsed = SearchQuery::parse(typed, o);
    SearchOptions options;
    options.uiLanguage = uiLanguage;
    options.limit = limit;
    options.snippets = 0;
    return run(parsed.expression(), parsed.highlightTerms(), options, true);
}

SearchResults SearchEngine::run(const QString &match, const QStringList &highlights, const SearchOptions &options,
                                bool titlesOnly) const
{
    SearchResults results;
    results.highlightTerms = highlights;
    if (!m_reader || !m_reader->isOpen()) {
        results.status = SearchResults::Status::NotOpen;
        return results;
    }
    if (match.isEmpty()) {
        results.status = SearchResults::Status::Empty;
        return results;
    }
    // Filters that the index cannot apply are joined in; the candidate rows are capped so that a
    // term found everywhere costs a bounded sort.
    QByteArray sql = "SELECT d.rowid, d.node, d.lang, " + QByteArray(ArchiveFormat::kRankExpression.data(), qsizetype(ArchiveFormat::kRankExpression.size()))
                     + " AS score FROM search JOIN doc_text d ON d.rowid = search.rowid "
                       "JOIN node n ON n.id = d.node WHERE search MATCH ?1";
    if (!options.language.isEmpty())
        sql += " AND d.lang = ?2";
    if (!options.section.isEmpty())
        sql += " AND (n.doc_id = ?3 OR substr(n.doc_id, 1, length(?3) + 1) = ?3 || '/')";
    if (!options.kind.isEmpty())
        sql += " AND n.kind = ?4";
    if (!options.area.isEmpty())
        sql += " AND (EXISTS (SELECT 1 FROM field f WHERE f.node = n.id AND f.name = 'area' AND f.value = ?5)"
               " OR substr(n.doc_id, 1, length(?5) + 16) = 'model-policies/' || ?5 || '/')";
    if (options.year > 0)
        sql += " AND EXISTS (SELECT 1 FROM field f WHERE f.node = n.id AND f.name IN ('year', 'since') AND f.value = ?6)";
    // Policy manuals are what most searches are for: at equal text relevance they come first.
    sql += " ORDER BY score * (CASE n.kind WHEN 'manual' THEN 1.5 ELSE 1.0 END) LIMIT ?7";

    m_reader->startBudget();
    SqliteStatement st(m_reader->handle(), sql);
    st.bind(1, match);
    if (!options.language.isEmpty())
        st.bind(2, options.language);
    if (!options.section.isEmpty())
        st.bind(3, options.section);
    if (!options.kind.isEmpty())
        st.bind(4, options.kind);
    if (!options.area.isEmpty())
        st.bind(5, options.area);
    if (options.year > 0)
        st.bind(6, qint64(options.year));
    st.bind(7, qint64(qMax(1, options.limit) * 4));

    QHash<qint64, int> hitOfNode; // archive node row -> index in results.hits
    struct Row
    {
        qint64 textRow;
        qint64 nodeRow;
        QString lang;
        double score;
    };
    QList<Row> rows;
    while (st.step())
        rows.append({st.int64(0), st.int64(1), st.text(2), st.real(3)});
    if (st.isError()) {
        const int code = sqlite3_errcode(m_reader->handle());
        if (m_reader->budgetExpired() || code == SQLITE_INTERRUPT) {
            results.status = SearchResults::Status::TooComplex;
            results.message = tr("The search took too long and was stopped. Try fewer or longer words.");
        } else {
            results.status = SearchResults::Status::IndexDamaged;
            results.message = tr("The search index of this archive is damaged. Its pages are still readable.");
        }
        return results;
    }
    // One hit per document, in the order of its best row; the interface language is preferred
    // when the document matched in both.
    const QString fallback = m_reader->metadata().defaultLanguage;
    QList<qint64> textRows; // parallel to results.hits: the doc_text row of the chosen language
    for (const Row &row : std::as_const(rows)) {
        const auto it = hitOfNode.constFind(row.nodeRow);
        if (it != hitOfNode.cend()) {
            SearchHit &hit = results.hits[*it];
            hit.hasOtherLanguage = true;
            if (row.lang == options.uiLanguage && hit.lang != options.uiLanguage) {
                hit.lang = row.lang;
                textRows[*it] = row.textRow;
            }
            continue;
        }
        const int node = m_reader->indexOfRowId(row.nodeRow);
        if (results.hits.size() >= options.limit || node < 0)
            continue;
        SearchHit hit;
        hit.node = node;
        hit.lang = row.lang;
        hit.score = row.score;
        hitOfNode.insert(row.nodeRow, int(results.hits.size()));
        results.hits.append(hit);
        textRows.append(row.textRow);
    }
    for (qsizetype i = 0; i < results.hits.size(); ++i) {
        SearchHit &hit = results.hits[i];
        const ArchiveNode &n = m_reader->nodes().at(hit.node);
        hit.docId = n.docId;
        hit.kind = n.isFolder ? QStringLiteral("folder") : n.kind;
        hit.title = n.title(hit.lang, fallback);
        describe(&hit);
        if (!titlesOnly && i < options.snippets) {
            if (const auto text = m_reader->plainTextOfRow(textRows.at(i), nullptr, nullptr))
                hit.snippetHtml = snippet(*text, highlights);
        }
    }
    if (results.hits.isEmpty())
        results.status = SearchResults::Status::Empty;
    return results;
}

void SearchEngine::describe(SearchHit *hit) const
{
    const QList<ArchiveNode> &nodes = m_reader->nodes();
    const QString fallback = m_reader->metadata().defaultLanguage;
    QList<int> chain;
    for (int p = nodes.at(hit->node).parent; p >= 0; p = nodes.at(p).parent)
        chain.prepend(p);
    if (!chain.isEmpty())
        hit->section = nodes.at(chain.first()).title(hit->lang, fallback);
    if (chain.size() >= 2)
        hit->area = nodes.at(chain.at(1)).title(hit->lang, fallback);
}

QString SearchEngine::snippet(const QString &text, const QStringList &terms, int length)
{
    const QString lower = text.toLower();
    // Find the first occurrence of any term, then the window around it with the most matches.
    QList<std::pair<qsizetype, qsizetype>> matches; // position, length
    for (const QString &term : terms) {
        if (term.isEmpty())
            continue;
        for (qsizetype at = lower.indexOf(term); at >= 0 && matches.size() < 400; at = lower.indexOf(term, at + term.size()))
            matches.append({at, term.size()});
    }
    std::sort(matches.begin(), matches.end());
    qsizetype start = 0;
    if (!matches.isEmpty()) {
        int best = -1;
        for (const auto &[pos, len] : std::as_const(matches)) {
            Q_UNUSED(len);
            int count = 0;
            for (const auto &[p2, l2] : std::as_const(matches)) {
                Q_UNUSED(l2);
                if (p2 >= pos && p2 < pos + length)
                    ++count;
            }
            if (count > best) {
                best = count;
                start = pos;
            }
        }
        start = qMax<qsizetype>(0, start - length / 4);
        // Start at a word boundary.
        while (start > 0 && !text.at(start - 1).isSpace() && start > qMax<qsizetype>(0, start - 12))
            --start;
    }
    const qsizetype end = qMin(text.size(), start + length);
    QString out;
    if (start > 0)
        out += QStringLiteral("…");
    qsizetype cursor = start;
    for (const auto &[pos, len] : std::as_const(matches)) {
        if (pos < cursor || pos >= end)
            continue;
        out += text.mid(cursor, pos - cursor).toHtmlEscaped().replace(u'\n', u' ');
        out += QStringLiteral("<mark>") + text.mid(pos, qMin(len, end - pos)).toHtmlEscaped() + QStringLiteral("</mark>");
        cursor = qMin(pos + len, end);
    }
    out += text.mid(cursor, end - cursor).toHtmlEscaped().replace(u'\n', u' ');
    if (end < text.size())
        out += QStringLiteral("…");
    return out;
}

} // namespace Ss::Core
