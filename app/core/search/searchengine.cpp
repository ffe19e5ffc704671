// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "searchengine.h"

#include "koreananalyzer.h"
#include "searchquery.h"
#include "archive/archiveformat.h"
#include "archive/archivereader.h"
#include "archive/sqlitestatement.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>

#include <cmath>

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

namespace {

//! Per-query data of the ranking function, passed to it as a bound pointer.
struct RankContext
{
    double bodyWeight = ArchiveFormat::kBodyWeight;
    double titleWeight = ArchiveFormat::kTitleWeight;
    const std::vector<SearchEngine::RowInfo> *rows = nullptr; // token count and kind of each row
};

constexpr const char *kRankContextType = "ss_rank_context";

//! Phrase statistics of one query, computed for its first row (as bm25 does).
struct PhraseStats
{
    QList<double> idf;
    double avgLength[2] = {0, 0};
};

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *userData)
{
    ++*static_cast<qint64 *>(userData);
    return SQLITE_OK;
}

/*! ssrank(search, context): the figure of FTS5's bm25(search, 1.0, 10.0) (k1 1.2, b 0.75, idf and
 * average length from the whole index, per-phrase frequency weighted by column), times 1.5 for the
 * rows of policy manuals: at equal text relevance manuals come first. The row's token count comes
 * from SearchEngine's in-memory copy of search_docsize instead of one index lookup per matching
 * row (xColumnSize), which made bm25 cost most of a search on a large archive; the boost is
 * applied inside the index so that it can cap its matches without joining each of them. */
void rankFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int argc, sqlite3_value **argv)
{
    const auto *ctx = argc >= 1 ? static_cast<const RankContext *>(sqlite3_value_pointer(argv[0], kRankContextType)) : nullptr;
    if (!ctx) {
        sqlite3_result_error(result, "ssrank: no context", -1);
        return;
    }
    auto *stats = static_cast<PhraseStats *>(api->xGetAuxdata(fts, 0));
    const int phrases = api->xPhraseCount(fts);
    if (!stats) {
        stats = new PhraseStats;
        sqlite3_int64 rows = 0;
        api->xRowCount(fts, &rows);
        for (int i = 0; i < phrases; ++i) {
            qint64 hits = 0;
            api->xQueryPhrase(fts, i, &hits, countRow);
            double idf = std::log((double(rows) - double(hits) + 0.5) / (double(hits) + 0.5));
            if (idf <= 0.0)
                idf = 1e-6;
            stats->idf.append(idf);
        }
        for (int c = 0; c < 2; ++c) {
            sqlite3_int64 tokens = 0;
            api->xColumnTotalSize(fts, c, &tokens);
            stats->avgLength[c] = rows > 0 ? double(tokens) / double(rows) : 1.0;
        }
        if (api->xSetAuxdata(fts, stats, [](void *p) { delete static_cast<PhraseStats *>(p); }) != SQLITE_OK) {
            sqlite3_result_error_code(result, SQLITE_NOMEM);
            return;
        }
    }
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    const double weights[2] = {ctx->bodyWeight, ctx->titleWeight};
    double score = 0.0;
    double length = 0.0;
    double avg = 0.0;
    const qint64 rowid = api->xRowid(fts);
    const SearchEngine::RowInfo *info = rowid >= 0 && rowid < qint64(ctx->rows->size()) ? &ctx->rows->at(size_t(rowid)) : nullptr;
    const bool manual = info && info->isManual;
    if (info && info->known) {
        length = info->tokens;
    } else {
        int n = 0;
        api->xColumnSize(fts, -1, &n);
        length = n;
    }
    for (int c = 0; c < 2; ++c)
        avg += stats->avgLength[c];
    for (int i = 0; i < phrases && i < stats->idf.size(); ++i) {
        double freq = 0.0;
        Fts5PhraseIter iter;
        int col = 0;
        int offset = 0;
        for (api->xPhraseFirst(fts, i, &iter, &col, &offset); col >= 0; api->xPhraseNext(fts, &iter, &col, &offset)) {
            if (col < 2)
                freq += weights[col];
        }
        const double norm = 1.0 - b + b * length / avg;
        score += stats->idf.at(i) * freq * (k1 + 1.0) / (freq + k1 * norm);
    }
    if (manual)
        score *= 1.5;
    sqlite3_result_double(result, -score);
}

bool registerRankFunction(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_pointer(st, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(st);
    sqlite3_finalize(st);
    if (!api || api->iVersion < 2)
        return false;
    return api->xCreateFunction(api, "ssrank", nullptr, rankFunction, nullptr) == SQLITE_OK;
}

} // namespace

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
    prepareRanking();
    RankContext rank;
    rank.rows = &m_rows;
    const bool filtered = !options.language.isEmpty() || !options.section.isEmpty() || !options.kind.isEmpty()
                          || !options.area.isEmpty() || options.year > 0;
    QByteArray sql;
    if (!filtered) {
        // The index ranks and caps its matches by itself; only the capped rows are joined (a
        // join per match costs more than the ranking on a large archive).
        sql = "SELECT d.rowid, d.node, d.lang, s.score FROM (SELECT rowid AS r, ssrank(search, ?8) AS score FROM search "
              "WHERE search MATCH ?1 ORDER BY score, rowid LIMIT ?7) s JOIN doc_text d ON d.rowid = s.r ORDER BY s.score, s.r";
    } else {
        // Filters that the index cannot apply are joined in.
        sql = "SELECT d.rowid, d.node, d.lang, ssrank(search, ?8) AS score FROM search "
              "JOIN doc_text d ON d.rowid = search.rowid JOIN node n ON n.id = d.node WHERE search MATCH ?1";
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
        sql += " ORDER BY score, d.rowid LIMIT ?7";
    }

    m_reader->startBudget();
    sqlite3 *db = m_reader->handle();
    sqlite3_stmt *st = nullptr;
    const auto bindText = [&st](int index, const QString &value) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(st, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    };
    int rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &st, nullptr);
    QHash<qint64, int> hitOfNode; // archive node row -> index in results.hits
    struct Row
    {
        qint64 textRow;
        qint64 nodeRow;
        QString lang;
        double score;
    };
    QList<Row> rows;
    if (rc == SQLITE_OK) {
        bindText(1, match);
        if (!options.language.isEmpty())
            bindText(2, options.language);
        if (!options.section.isEmpty())
            bindText(3, options.section);
        if (!options.kind.isEmpty())
            bindText(4, options.kind);
        if (!options.area.isEmpty())
            bindText(5, options.area);
        if (options.year > 0)
            sqlite3_bind_int64(st, 6, options.year);
        sqlite3_bind_int64(st, 7, qMax(1, options.limit) * 4);
        sqlite3_bind_pointer(st, 8, &rank, kRankContextType, nullptr);
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            const auto *lang = reinterpret_cast<const char *>(sqlite3_column_text(st, 2));
            const qint64 textRow = sqlite3_column_int64(st, 0);
            double score = sqlite3_column_double(st, 3);
            if (textRow >= 0 && textRow < qint64(m_rows.size()) && m_rows.at(size_t(textRow)).isManual)
                score /= 1.5; // the hit's score is the text relevance alone, as bm25 gives it
            rows.append({textRow, sqlite3_column_int64(st, 1), QString::fromUtf8(lang, sqlite3_column_bytes(st, 2)), score});
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        if (m_reader->budgetExpired() || rc == SQLITE_INTERRUPT) {
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
        // The window starting at each match: how many matches start in it (matches is sorted, so
        // those are a contiguous range; equal positions count from the first of them).
        int best = -1;
        qsizetype first = 0; // first match at the current position
        qsizetype last = 0;  // first match at or after the window's end
        for (qsizetype i = 0; i < matches.size(); ++i) {
            const qsizetype pos = matches.at(i).first;
            if (i == 0 || matches.at(i - 1).first != pos)
                first = i;
            last = qMax(last, first);
            while (last < matches.size() && matches.at(last).first < pos + length)
                ++last;
            const int count = int(last - first);
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

namespace Ss::Core {

void SearchEngine::prepareRanking() const
{
    sqlite3 *db = m_reader->handle();
    // The same connection, file and version of the file: an archive replaced at the same path
    // and reopened (an update) is prepared again even if its connection has the same address.
    const QFileInfo file(m_reader->path());
    const QString key = m_reader->path() + u'\n' + QString::number(file.size()) + u'\n'
                        + QString::number(file.lastModified().toMSecsSinceEpoch());
    if (db == m_rankedDb && key == m_rankedPath)
        return;
    m_rows.clear();
    registerRankFunction(db);
    m_reader->startBudget();
    // Rows are numbered from 1 in doc_text; ids beyond its largest (a damaged or hostile index)
    // are ranked through xColumnSize instead of growing the table.
    qint64 kMaxDirectRow = 0;
    {
        SqliteStatement st(db, "SELECT max(rowid) FROM doc_text");
        if (st.step())
            kMaxDirectRow = qMin<qint64>(st.int64(0), 16 * 1024 * 1024);
    }
    {
        // Token counts of all columns of each row (the varints of search_docsize.sz), so that
        // ranking does not look each of them up in the index.
        SqliteStatement st(db, "SELECT id, sz FROM search_docsize");
        while (st.step()) {
            const QByteArray sz = st.blob(1);
            quint32 total = 0;
            quint32 value = 0;
            for (const char ch : sz) {
                const auto byte = quint8(ch);
                value = (value << 7) | (byte & 0x7f);
                if (!(byte & 0x80)) {
                    total += value;
                    value = 0;
                }
            }
            const qint64 id = st.int64(0);
            if (id < 0 || id > kMaxDirectRow)
                continue; // ranked with xColumnSize instead
            if (id >= qint64(m_rows.size()))
                m_rows.resize(size_t(id) + 1);
            m_rows[size_t(id)].tokens = total;
            m_rows[size_t(id)].known = true;
        }
    }
    {
        SqliteStatement st(db, "SELECT d.rowid FROM doc_text d JOIN node n ON n.id = d.node WHERE n.kind = 'manual'");
        while (st.step()) {
            const qint64 id = st.int64(0);
            if (id < 0 || id > kMaxDirectRow)
                continue;
            if (id >= qint64(m_rows.size()))
                m_rows.resize(size_t(id) + 1);
            m_rows[size_t(id)].isManual = true;
        }
    }
    m_rankedDb = db;
    m_rankedPath = key;
}

} // namespace Ss::Core
