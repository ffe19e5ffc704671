// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// KoreanAnalyzer: the syllable bigrams that the search index stores and that queries are made of.
#include <core/search/koreananalyzer.h>

#include <QTest>

using Ss::Core::KoreanAnalyzer;

class TestKoreanAnalyzer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indexGrams_data();
    void indexGrams();
    void queryGrams_data();
    void queryGrams();
    void containsHangul_data();
    void containsHangul();
    void queryMatchesIndex_data();
    void queryMatchesIndex();
};

void TestKoreanAnalyzer::indexGrams_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("grams");
    QTest::newRow("particles") << QStringLiteral("서울시의 교통정책을") << QStringLiteral("서울 울시 시의 교통 통정 정책 책을");
    QTest::newRow("two-syllables") << QStringLiteral("교통") << QStringLiteral("교통");
    QTest::newRow("one-syllable") << QStringLiteral("시") << QStringLiteral("시");
    QTest::newRow("one-syllable-runs") << QStringLiteral("a 시 b 동 c") << QStringLiteral("시 동");
    QTest::newRow("one-and-two") << QStringLiteral("시 교통") << QStringLiteral("시 교통");
    QTest::newRow("latin-then-hangul") << QStringLiteral("TOPIS교통") << QStringLiteral("교통");
    QTest::newRow("hangul-then-latin") << QStringLiteral("교통TOPIS정보센터") << QStringLiteral("교통 정보 보센 센터");
    QTest::newRow("digits-split-runs") << QStringLiteral("2004년 버스") << QStringLiteral("년 버스");
    QTest::newRow("punctuation") << QStringLiteral("서울,부산·대구") << QStringLiteral("서울 부산 대구");
    QTest::newRow("newlines") << QStringLiteral("버스\n\n지하철") << QStringLiteral("버스 지하 하철");
    QTest::newRow("no-hangul") << QStringLiteral("Seoul bus reform 2004") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("jamo-are-not-syllables") << QStringLiteral("ㄱㄴㄷ ᄀᄂ") << QString();
    QTest::newRow("first-and-last-syllable") << QStringLiteral("가힣") << QStringLiteral("가힣");
    QTest::newRow("just-outside-the-block") << QString(QChar(0xABFF)) + QChar(0xD7A4) << QString();
    QTest::newRow("hanja-splits") << QStringLiteral("서울市청") << QStringLiteral("서울 청");
}

void TestKoreanAnalyzer::indexGrams()
{
    QFETCH(QString, text);
    QFETCH(QString, grams);
    QCOMPARE(KoreanAnalyzer::indexGrams(text), grams);
}

void TestKoreanAnalyzer::queryGrams_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<QStringList>("grams");
    QTest::newRow("four-syllables") << QStringLiteral("교통정책")
                                    << QStringList{QStringLiteral("교통"), QStringLiteral("통정"), QStringLiteral("정책")};
    QTest::newRow("three-syllables") << QStringLiteral("서울시")
                                     << QStringList{QStringLiteral("서울"), QStringLiteral("울시")};
    QTest::newRow("two-syllables") << QStringLiteral("버스") << QStringList{QStringLiteral("버스")};
    QTest::newRow("one-syllable") << QStringLiteral("시") << QStringList{QStringLiteral("시")};
    QTest::newRow("empty") << QString() << QStringList();
}

void TestKoreanAnalyzer::queryGrams()
{
    QFETCH(QString, term);
    QFETCH(QStringList, grams);
    QCOMPARE(KoreanAnalyzer::queryGrams(term), grams);
}

void TestKoreanAnalyzer::containsHangul_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("contains");
    QTest::newRow("hangul") << QStringLiteral("서울") << true;
    QTest::newRow("mixed") << QStringLiteral("TOPIS교통") << true;
    QTest::newRow("latin") << QStringLiteral("TOPIS") << false;
    QTest::newRow("jamo") << QStringLiteral("ㅎㅎ") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestKoreanAnalyzer::containsHangul()
{
    QFETCH(QString, text);
    QFETCH(bool, contains);
    QCOMPARE(KoreanAnalyzer::containsHangul(text), contains);
}

void TestKoreanAnalyzer::queryMatchesIndex_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("term");
    QTest::addColumn<bool>("found");
    QTest::newRow("word-with-particle") << QStringLiteral("서울시의 교통정책을 소개합니다") << QStringLiteral("교통정책") << true;
    QTest::newRow("inside-a-word") << QStringLiteral("중앙버스전용차로") << QStringLiteral("버스") << true;
    QTest::newRow("across-a-space") << QStringLiteral("교통 정책") << QStringLiteral("교통정책") << false;
    QTest::newRow("absent") << QStringLiteral("환경 정책") << QStringLiteral("교통") << false;
}

void TestKoreanAnalyzer::queryMatchesIndex()
{
    // The query phrase is found in the indexed grams exactly when the term occurs in one Hangul run.
    QFETCH(QString, text);
    QFETCH(QString, term);
    QFETCH(bool, found);
    const QString indexed = u' ' + KoreanAnalyzer::indexGrams(text) + u' ';
    const QString phrase = u' ' + KoreanAnalyzer::queryGrams(term).join(u' ') + u' ';
    QCOMPARE(indexed.contains(phrase), found);
}

QTEST_GUILESS_MAIN(TestKoreanAnalyzer)
#include "tst_koreananalyzer.moc"
