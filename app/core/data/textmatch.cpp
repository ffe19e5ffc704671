// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "textmatch.h"

#include <QStringList>

namespace Ss::Core {

namespace {
constexpr char16_t kFirstSyllable = 0xAC00;
constexpr char16_t kLastSyllable = 0xD7A3;

bool isSyllable(QChar c)
{
    return c.unicode() >= kFirstSyllable && c.unicode() <= kLastSyllable;
}

// Compatibility jamo of the 19 initial consonants, in syllable-composition order.
constexpr char16_t kInitialJamo[19] = {0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141, 0x3142, 0x3143, 0x3145,
                                       0x3146, 0x3147, 0x3148, 0x3149, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E};

// A final consonant (index 1-27) split into what stays in the syllable and the initial that
// starts the next one: 닭 (ㄺ) = 달 + ㄱ.
struct FinalSplit
{
    int rest;    // final index left in the syllable
    int initial; // initial-consonant index of the next syllable
};
constexpr FinalSplit kFinalSplit[28] = {{0, -1}, {0, 0},  {0, 1},  {1, 9},  {0, 2},  {4, 12}, {4, 18},
                                        {0, 3},  {0, 5},  {8, 0},  {8, 6},  {8, 7},  {8, 9},  {8, 16},
                                        {8, 17}, {8, 18}, {0, 6},  {0, 7},  {17, 9}, {0, 9},  {0, 10},
                                        {0, 11}, {0, 12}, {0, 14}, {0, 15}, {0, 16}, {0, 17}, {0, 18}};

int initialIndexOfJamo(QChar c)
{
    for (int i = 0; i < 19; ++i) {
        if (c.unicode() == kInitialJamo[i])
            return i;
    }
    return -1;
}
} // namespace

TextMatch::TextMatch(const QString &filter)
{
    const QStringList words = fold(filter).split(QChar(u' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        Term term{word, {}, -1};
        const QChar last = word.back();
        if (isSyllable(last)) {
            const int offset = last.unicode() - kFirstSyllable;
            const int final = offset % 28;
            if (final != 0) {
                const FinalSplit split = kFinalSplit[final];
                term.prefix = word.chopped(1) + QChar(char16_t(kFirstSyllable + offset - final + split.rest));
                term.nextInitial = split.initial;
            }
        } else if (word.size() > 1 && initialIndexOfJamo(last) >= 0 && isSyllable(word.at(word.size() - 2))) {
            term.prefix = word.chopped(1);
            term.nextInitial = initialIndexOfJamo(last);
        }
        m_terms.append(term);
    }
}

bool TextMatch::matches(const QString &key) const
{
    for (const Term &term : m_terms) {
        if (!termMatches(term, key))
            return false;
    }
    return true;
}

bool TextMatch::termMatches(const Term &term, const QString &key)
{
    if (key.contains(term.text))
        return true;
    if (term.nextInitial < 0)
        return false;
    for (qsizetype at = key.indexOf(term.prefix); at >= 0; at = key.indexOf(term.prefix, at + 1)) {
        const qsizetype next = at + term.prefix.size();
        if (next < key.size() && isSyllable(key.at(next)) &&
            (key.at(next).unicode() - kFirstSyllable) / 588 == term.nextInitial)
            return true;
    }
    return false;
}

QString TextMatch::fold(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace()) {
            out.append(QChar(u' ')); // so that a name never holds the key's line separator
        } else if (c.unicode() < 0x80 || isSyllable(c) || c.decompositionTag() != QChar::Canonical) {
            out.append(c.toLower());
        } else {
            // Full canonical decomposition (ǘ → u + two marks), then the marks are dropped.
            for (QChar d : QString(c).normalized(QString::NormalizationForm_D)) {
                if (d.category() != QChar::Mark_NonSpacing)
                    out.append(d.toLower());
            }
        }
    }
    return out;
}

QString TextMatch::initials(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (isSyllable(c))
            out.append(QChar(kInitialJamo[(c.unicode() - kFirstSyllable) / 588]));
    }
    return out;
}

QString TextMatch::key(const QStringList &names)
{
    QStringList lines;
    for (const QString &name : names) {
        if (!name.isEmpty())
            lines.append(fold(name));
    }
    for (const QString &name : names) {
        const QString i = initials(name);
        if (!i.isEmpty())
            lines.append(i);
    }
    lines.removeDuplicates();
    return lines.join(QChar(u'\n'));
}

} // namespace Ss::Core
