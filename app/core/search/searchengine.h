// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include "searchresult.h"

#include <QCoreApplication>
#include <vector>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace Ss::Core {

class ArchiveReader;

//! Filters and paging of one search.
struct SearchOptions
{
    QString uiLanguage;      // hits in this language come first
    QString language;        // only this language, if set
    QString section;         // only this section's documents (doc id prefix)
    QString area;            // only this policy area (slug)
    QString kind;            // only this kind (manual, city, ...)
    int year = 0;            // only documents whose "year" or "since" field is this
    int limit = 20;
    int snippets = 20;       // snippets for this many first hits
};

/*! \brief Full-text search over an open archive: ranking with bm25 (titles weigh more), one hit
 * per document in the best language, filters, snippets with the matched terms marked, and title
 * suggestions while typing.
 *
 * Uses the reader's hardened connection, on its thread. A statement that runs longer than the
 * reader's budget is interrupted (TooComplex); a damaged index gives IndexDamaged and leaves the
 * pages readable. */
class SearchEngine final
{
    Q_DECLARE_TR_FUNCTIONS(Ss::Core::SearchEngine)
public:
    explicit SearchEngine(ArchiveReader *reader);

    SearchResults search(const QString &query, const SearchOptions &options) const;
    //! Up to \a limit titles that match what is typed so far (titles only, last word a prefix).
    SearchResults suggest(const QString &typed, const QString &uiLanguage, int limit = 8) const;

    //! A window of \a text around the terms, HTML-escaped, with <mark> around each match.
    static QString snippet(const QString &text, const QStringList &terms, int length = 180);

    //! What the ranking needs of one indexed row.
    struct RowInfo
    {
        quint32 tokens = 0;    // tokens in all columns
        bool isManual = false; // its document is a policy manual
        bool known = false;    // tokens is set
    };

private:
    SearchResults run(const QString &match, const QStringList &highlights, const SearchOptions &options,
                      bool titlesOnly) const;
    void describe(SearchHit *hit) const;
    void prepareRanking() const;

    ArchiveReader *m_reader;
    mutable ::sqlite3 *m_rankedDb = nullptr;
    mutable QString m_rankedPath;
    mutable std::vector<RowInfo> m_rows; // by doc_text row
};

} // namespace Ss::Core
