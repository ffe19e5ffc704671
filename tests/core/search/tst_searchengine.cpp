// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// Search over the bundled sample archive: the relevance set (tests/data/search-relevance.tsv),
// snippets, filters, language order, suggestions; K3 (damaged index, pages still readable) and
// the time budget that stops a runaway query.
#include <core/archive/archivereader.h>
#include <core/search/searchengine.h>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Ss::Core;

class TestSearchEngine : public QObject
{
    Q_OBJECT
    ArchiveReader m_reader;

    QStringList topIds(const QString &query, int n = 5, const QString &ui = QStringLiteral("en"))
    {
        SearchOptions o;
        o.uiLanguage = ui;
        o.limit = n;
        QStringList ids;
        for (const SearchHit &h : SearchEngine(&m_reader).search(query, o).hits)
            ids.append(h.docId);
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_reader.open(QStringLiteral(SS_BUNDLED_ARCHIVE)), qPrintable(m_reader.errorString())); }

    void relevance_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QFile file(QStringLiteral(SS_TEST_DATA_DIR "/search-relevance.tsv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        int korean = 0, english = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QString query = line.section(u'\t', 0, 0);
            (query.contains(QRegularExpression(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"))) ? korean : english)++;
            QTest::newRow(qPrintable(query)) << query << line.section(u'\t', 1).split(u',');
        }
        QVERIFY(korean >= 20 && english >= 20);
    }

    void relevance()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const QStringList top = topIds(query);
        for (const QString &id : expected)
            QVERIFY2(top.contains(id), qPrintable(QStringLiteral("%1 not in the top 5 for '%2': %3").arg(id, query, top.join(u", "))));
    }

    void exclusionRemovesDocuments()
    {
        const QStringList with = topIds(QStringLiteral("air quality"), 20);
        QVERIFY(with.contains(QStringLiteral("overseas-cities/asia/beijing")));
        const QStringList without = topIds(QStringLiteral("air quality -Beijing"), 20);
        QVERIFY(!without.contains(QStringLiteral("overseas-cities/asia/beijing")));
    }

    void snippetsMarkTerms()
    {
        SearchOptions o;
        o.uiLanguage = QStringLiteral("ko");
        const SearchResults r = SearchEngine(&m_reader).search(QStringLiteral("교통"), o);
        QCOMPARE(r.status, SearchResults::Status::Ok);
        QVERIFY(!r.hits.isEmpty());
        QVERIFY2(r.hits.first().snippetHtml.contains(QStringLiteral("<mark>교통</mark>")), qPrintable(r.hits.first().snippetHtml));
        QVERIFY(!r.hits.first().section.isEmpty());
        QCOMPARE(r.highlightTerms, QStringList{QStringLiteral("교통")});
    }

    void uiLanguageFirstAndFilters()
    {
        SearchOptions o;
        o.uiLanguage = QStringLiteral("ko");
        o.limit = 10;
        const SearchResults ko = SearchEngine(&m_reader).search(QStringLiteral("TOPIS"), o);
        QVERIFY(!ko.hits.isEmpty());
        QCOMPARE(ko.hits.first().lang, QStringLiteral("ko"));
        QVERIFY(ko.hits.first().hasOtherLanguage);
        o.uiLanguage = QStringLiteral("en");
        QCOMPARE(SearchEngine(&m_reader).search(QStringLiteral("TOPIS"), o).hits.first().lang, QStringLiteral("en"));
        o.kind = QStringLiteral("city");
        for (const SearchHit &h : SearchEngine(&m_reader).search(QStringLiteral("bus"), o).hits)
            QCOMPARE(h.kind, QStringLiteral("city"));
        o.kind.clear();
        o.section = QStringLiteral("sharing-activities");
        const SearchResults inSection = SearchEngine(&m_reader).search(QStringLiteral("bus"), o);
        QVERIFY(!inSection.hits.isEmpty());
        for (const SearchHit &h : inSection.hits)
            QVERIFY(h.docId.startsWith(QStringLiteral("sharing-activities")));
        o.section.clear();
        o.language = QStringLiteral("ko");
        for (const SearchHit &h : SearchEngine(&m_reader).search(QStringLiteral("TOPIS"), o).hits)
            QCOMPARE(h.lang, QStringLiteral("ko"));
        o.language.clear();
        o.area = QStringLiteral("water");
        const SearchResults water = SearchEngine(&m_reader).search(QStringLiteral("water"), o);
        QVERIFY(!water.hits.isEmpty());
        for (const SearchHit &h : water.hits)
            QVERIFY2(h.docId.startsWith(QStringLiteral("model-policies/water")) || h.kind == u"activity", qPrintable(h.docId));
    }

    void suggestions()
    {
        const SearchEngine engine(&m_reader);
        QStringList ids;
        for (const SearchHit &h : engine.suggest(QStringLiteral("T-mon"), QStringLiteral("en")).hits)
            ids.append(h.docId);
        QVERIFY(ids.contains(QStringLiteral("model-policies/transportation/t-money")));
        // Korean, one syllable at a time as an input method produces it.
        ids.clear();
        for (const SearchHit &h : engine.suggest(QStringLiteral("따"), QStringLiteral("ko")).hits)
            ids.append(h.docId);
        QVERIFY2(ids.contains(QStringLiteral("model-policies/transportation/seoul-bike")), qPrintable(ids.join(u',')));
        ids.clear();
        for (const SearchHit &h : engine.suggest(QStringLiteral("청계"), QStringLiteral("ko")).hits)
            ids.append(h.docId);
        QVERIFY(ids.contains(QStringLiteral("model-policies/environment/cheonggyecheon-restoration")));
        QCOMPARE(engine.suggest(QStringLiteral("   "), QStringLiteral("ko")).status, SearchResults::Status::Empty);
    }

    void k3DamagedIndexLeavesPagesReadable()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("damaged.ssarc"));
        QVERIFY(QFile::copy(QStringLiteral(SS_BUNDLED_ARCHIVE), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        // Overwrite the index's segment blobs with noise of the same size: the b-tree stays valid,
        // so quick_check passes and the damage shows only when the index is read.
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {copy, QStringLiteral("UPDATE search_data SET block = randomblob(length(block)) WHERE id > 10;")});
        QVERIFY(sqlite.waitForFinished(30000));
        QCOMPARE(sqlite.exitCode(), 0);
        ArchiveReader reader;
        QVERIFY2(reader.open(copy), qPrintable(reader.errorString()));
        SearchOptions o;
        o.uiLanguage = QStringLiteral("en");
        const SearchResults r = SearchEngine(&reader).search(QStringLiteral("bus reform"), o);
        QCOMPARE(r.status, SearchResults::Status::IndexDamaged);
        QVERIFY(r.message.contains(QStringLiteral("pages are still readable")));
        const int node = reader.indexOf(QStringLiteral("model-policies/transportation/bus-reform"));
        QVERIFY(reader.readFile(reader.nodes().at(node).texts.value(QStringLiteral("en")).path).has_value());
        QVERIFY(!reader.verify().isEmpty());
    }

    void runawayQueryIsStopped()
    {
        ArchiveReader reader;
        QVERIFY(reader.open(QStringLiteral(SS_BUNDLED_ARCHIVE)));
        reader.setStatementBudget(1); // a budget no real query fits in
        SearchOptions o;
        o.uiLanguage = QStringLiteral("ko");
        QElapsedTimer timer;
        timer.start();
        const SearchResults r = SearchEngine(&reader).search(
            QStringLiteral("가 OR 나 OR 다 OR 라 OR 마 OR 바 OR 사 OR 아 OR 자 OR 차 OR 카 OR 타 OR 파 OR 하 OR 서 OR 도"), o);
        QCOMPARE(r.status, SearchResults::Status::TooComplex);
        QVERIFY(timer.elapsed() < 2000);
    }
};

QTEST_GUILESS_MAIN(TestSearchEngine)
#include "tst_searchengine.moc"
