// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QString>
#include <QStringList>

namespace Ss::Core {

/*! \brief Turns Hangul into overlapping syllable bigrams, for indexing and for queries.
 *
 * Korean attaches particles and endings to words (교통정책을, 서울시의), so the unicode61 tokenizer
 * makes one token of 교통정책을 and a query for 교통 misses it. The packer therefore indexes every
 * run of Hangul syllables as its bigrams (교통 통정 정책 책을) after the text without Hangul
 * (indexText()), and the query side turns a Hangul term into the phrase of its bigrams. Both sides use this class,
 * and any SQLite with FTS5 can read the index: no custom tokenizer is involved. */
class KoreanAnalyzer final
{
public:
    static bool isHangulSyllable(QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; }
    static bool containsHangul(const QString &text);
    //! The bigram text of every Hangul run in \a text, space-separated. A one-syllable run is
    //! kept as itself. Everything that is not Hangul is left out.
    static QString indexGrams(const QString &text);
    //! \a text with every Hangul run replaced by one space: what the unicode61 columns index, so
    //! that Korean is indexed once (as bigrams) and not a second time as whole word forms.
    static QString withoutHangul(const QString &text);
    //! What a search column indexes for \a text: withoutHangul(), a space, then indexGrams().
    //! The bigram tokens are Hangul only and the rest has no Hangul, so the two never mix.
    static QString indexText(const QString &text);
    //! The bigrams of a Hangul \a term, in order (a phrase); one element for a one-syllable term.
    static QStringList queryGrams(const QString &term);
};

} // namespace Ss::Core
