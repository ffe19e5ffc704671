// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QList>
#include <QString>

namespace Ss::Core {

/*! \brief The "filter while typing" matcher of the data tables, for Korean and Latin names.
 *
 * Keys are made once per row with key() from the row's names in every language: folded (lower
 * case, Latin diacritics removed: São → sao) and followed by the initial consonants of their
 * Hangul (도쿄 → ㄷㅋ), so that 초성 search works. A filter is split on white space and every term
 * must occur in the key. A Korean term still being composed also matches as the word it is
 * turning into: while typing 서울 the input method shows 설 before 서울, so a last syllable with a
 * final consonant also matches that syllable without it followed by a syllable that starts with
 * the consonant (설 matches 서울, 닭 matches 달구), and a trailing lone consonant matches the start
 * of the next syllable (도ㅋ matches 도쿄). */
class TextMatch final
{
public:
    TextMatch() = default;
    explicit TextMatch(const QString &filter);

    bool isEmpty() const { return m_terms.isEmpty(); }
    //! True when every term of the filter occurs in \a key (made by key()); true for an empty filter.
    bool matches(const QString &key) const;

    //! Lower case, Latin diacritics removed; Hangul is left composed.
    static QString fold(const QString &text);
    //! The initial consonants (compatibility jamo) of the Hangul syllables of \a text; the rest is dropped.
    static QString initials(const QString &text);
    //! The match key of a row with these \a names: each folded, then their initials, one per line.
    static QString key(const QStringList &names);

private:
    struct Term
    {
        QString text;   // folded term
        QString prefix; // with a syllable being composed: the term up to the consonant that may start the next syllable
        int nextInitial = -1; // choseong index (0-18) the next syllable must start with, or -1
    };
    static bool termMatches(const Term &term, const QString &key);

    QList<Term> m_terms;
};

} // namespace Ss::Core
