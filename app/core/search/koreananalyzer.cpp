// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "koreananalyzer.h"

namespace Ss::Core {

bool KoreanAnalyzer::containsHangul(const QString &text)
{
    for (const QChar c : text) {
        if (isHangulSyllable(c))
            return true;
    }
    return false;
}

QString KoreanAnalyzer::indexGrams(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isHangulSyllable(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && isHangulSyllable(text.at(end)))
            ++end;
        if (end - i == 1) {
            out += text.at(i);
            out += u' ';
        } else {
            for (qsizetype k = i; k + 1 < end; ++k) {
                out += text.at(k);
                out += text.at(k + 1);
                out += u' ';
            }
        }
        i = end;
    }
    if (!out.isEmpty())
        out.chop(1);
    return out;
}

QString KoreanAnalyzer::withoutHangul(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool inHangul = false;
    for (const QChar c : text) {
        if (isHangulSyllable(c)) {
            if (!inHangul)
                out += u' ';
            inHangul = true;
        } else {
            out += c;
            inHangul = false;
        }
    }
    return out;
}

QString KoreanAnalyzer::indexText(const QString &text)
{
    QString out = withoutHangul(text);
    const QString grams = indexGrams(text);
    if (!grams.isEmpty()) {
        out += u' ';
        out += grams;
    }
    return out;
}

QStringList KoreanAnalyzer::queryGrams(const QString &term)
{
    QStringList grams;
    if (term.size() == 1) {
        grams.append(term);
        return grams;
    }
    for (qsizetype k = 0; k + 1 < term.size(); ++k)
        grams.append(term.mid(k, 2));
    return grams;
}

} // namespace Ss::Core
