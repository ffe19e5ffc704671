// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "searchquery.h"

#include "koreananalyzer.h"

namespace Ss::Core {

namespace {

struct Word
{
    QString text;
    bool isPhrase = false;
    bool isExcluded = false;
    bool isOr = false; // joined to the previous word with OR
};

//! Splits the input into words, phrases, exclusions and OR markers.
QList<Word> tokenize(const QString &input)
{
    QList<Word> words;
    bool nextIsOr = false;
    qsizetype i = 0;
    const qsizetype n = input.size();
    while (i < n) {
        const QChar c = input.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Word w;
        if (c == u'-' && i + 1 < n && !input.at(i + 1).isSpace()) {
            w.isExcluded = true;
            ++i;
        }
        if (i < n && input.at(i) == u'"') {
            const qsizetype close = input.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? n : close;
            w.text = input.mid(i + 1, end - i - 1);
            w.isPhrase = true;
            i = close < 0 ? n : close + 1;
        } else {
            qsizetype end = i;
            while (end < n && !input.at(end).isSpace() && input.at(end) != u'"')
                ++end;
            w.text = input.mid(i, end - i);
            i = end;
        }
        if (!w.isPhrase && !w.isExcluded && w.text == u"OR") {
            nextIsOr = !words.isEmpty();
            continue;
        }
        w.isOr = nextIsOr;
        nextIsOr = false;
        words.append(w);
    }
    return words;
}

//! Runs of letters/digits, split further where Hangul meets another script.
QStringList pieces(const QString &text)
{
    QStringList out;
    QString current;
    int currentIsHangul = -1;
    auto flush = [&] {
        if (!current.isEmpty())
            out.append(current.left(64));
        current.clear();
        currentIsHangul = -1;
    };
    for (const QChar c : text) {
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        const int hangul = KoreanAnalyzer::isHangulSyllable(c) ? 1 : 0;
        if (currentIsHangul >= 0 && hangul != currentIsHangul)
            flush();
        current += c;
        currentIsHangul = hangul;
    }
    flush();
    return out;
}

QString quoted(const QStringList &tokens)
{
    return u'"' + tokens.join(u' ') + u'"';
}

// Particles often glued to the end of a Korean word; a query word ending in one also matches
// its stem (버스를 -> 버스를 OR 버스).
bool endsWithParticle(const QString &word)
{
    static const QString particles = QStringLiteral("을를이가은는의에로와과도만");
    return word.size() >= 3 && particles.contains(word.back());
}

} // namespace

SearchQuery SearchQuery::parse(const QString &rawInput, const Options &options)
{
    SearchQuery query;
    const QString input = rawInput.left(kMaxInputLength);
    const bool trailingSpace = !input.isEmpty() && input.back().isSpace();
    QList<Word> words = tokenize(input);
    if (words.size() > kMaxTerms)
        words.resize(kMaxTerms);

    // Each column holds both the text and its Hangul bigrams (KoreanAnalyzer::indexText()).
    const QString textColumns = options.mode == Mode::Titles ? QStringLiteral("{title}") : QStringLiteral("{title body}");
    const QString &gramColumns = textColumns;
    QStringList positives; // groups joined with AND; each group may be an OR of alternatives
    QStringList negatives;
    for (qsizetype w = 0; w < words.size(); ++w) {
        const Word &word = words.at(w);
        const bool isLast = w == words.size() - 1;
        const QStringList parts = pieces(word.text);
        QStringList clauses;
        if (word.isPhrase) {
            QStringList latin;
            for (const QString &p : parts) {
                if (KoreanAnalyzer::isHangulSyllable(p.front()))
                    clauses.append(gramColumns + QStringLiteral(" : ") + quoted(KoreanAnalyzer::queryGrams(p)));
                else
                    latin.append(p.toLower());
            }
            if (!latin.isEmpty())
                clauses.append(textColumns + QStringLiteral(" : ") + quoted(latin));
        } else {
            for (qsizetype k = 0; k < parts.size(); ++k) {
                const QString &p = parts.at(k);
                const bool prefix = options.prefixLastTerm && isLast && k == parts.size() - 1 && !trailingSpace
                                    && !word.isExcluded;
                if (KoreanAnalyzer::isHangulSyllable(p.front())) {
                    QString clause = gramColumns + QStringLiteral(" : ") + quoted(KoreanAnalyzer::queryGrams(p));
                    if (p.size() == 1)
                        clause += u'*';
                    if (endsWithParticle(p))
                        clause = u'(' + clause + QStringLiteral(" OR ") + gramColumns + QStringLiteral(" : ")
                                 + quoted(KoreanAnalyzer::queryGrams(p.chopped(1))) + u')';
                    clauses.append(clause);
                } else {
                    clauses.append(textColumns + QStringLiteral(" : ") + quoted({p.toLower()}) + (prefix ? QStringLiteral("*") : QString()));
                }
            }
        }
        if (clauses.isEmpty())
            continue;
        for (const QString &p : parts) {
            const QString h = KoreanAnalyzer::isHangulSyllable(p.front()) && endsWithParticle(p) ? p.chopped(1) : p.toLower();
            if (!word.isExcluded && !query.m_highlights.contains(h))
                query.m_highlights.append(h);
        }
        const QString group = clauses.size() == 1 ? clauses.first() : u'(' + clauses.join(QStringLiteral(" AND ")) + u')';
        if (word.isExcluded)
            negatives.append(group);
        else if (word.isOr && !positives.isEmpty())
            positives.last() = u'(' + positives.last() + QStringLiteral(" OR ") + group + u')';
        else
            positives.append(group);
    }
    if (positives.isEmpty())
        return query; // nothing to find: a query of exclusions alone finds nothing
    QString expression = positives.join(QStringLiteral(" AND "));
    for (const QString &negative : std::as_const(negatives))
        expression = u'(' + expression + QStringLiteral(") NOT ") + negative;
    query.m_expression = expression;
    return query;
}

} // namespace Ss::Core
