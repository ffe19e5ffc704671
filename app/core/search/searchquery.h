// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QString>
#include <QStringList>

namespace Ss::Core {

/*! \brief Turns what a user typed into a safe FTS5 MATCH expression over the archive's index.
 *
 * Understands quoted phrases, -exclusion and OR; everything else is words. Any input, including
 * unbalanced quotes, stray operators, '*', SQL fragments, very long strings and replacement
 * characters from invalid UTF-8, gives either a valid expression or an empty one (no results):
 * every token that reaches FTS5 is a double-quoted run of letters and digits. Hangul is matched
 * through the bigram columns (KoreanAnalyzer), other scripts through the unicode61/porter columns. */
class SearchQuery final
{
public:
    enum class Mode { Full, Titles };
    struct Options
    {
        Mode mode = Mode::Full;
        bool prefixLastTerm = true; // search-as-you-type: the last word may be incomplete
    };

    static SearchQuery parse(const QString &input, const Options &options);
    static SearchQuery parse(const QString &input) { return parse(input, Options{}); }

    bool isEmpty() const { return m_expression.isEmpty(); }
    //! The FTS5 expression, to bind as the MATCH argument.
    QString expression() const { return m_expression; }
    //! Words to highlight in snippets and pages (lowercase; Hangul stems as typed).
    QStringList highlightTerms() const { return m_highlights; }

    static constexpr int kMaxInputLength = 1000;
    static constexpr int kMaxTerms = 16;

private:
    QString m_expression;
    QStringList m_highlights;
};

} // namespace Ss::Core
