// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// The city models against the bundled archive: every city record with its typed fields and its
// number of activities, sorting with the Korean and English collations (numbers numerically),
// and the filters by region, relation and text in both scripts, including the text a Korean
// input method is still composing (TextMatch).
#include <core/archive/archivereader.h>
#include <core/archive/archivewriter.h>
#include <core/data/cityfiltermodel.h>
#include <core/data/citytablemodel.h>
#include <core/data/datacatalog.h>
#include <core/data/dataroles.h>
#include <core/data/textmatch.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Ss::Core;

class TestCityModels : public QObject
{
    Q_OBJECT
    ArchiveReader m_reader;
    DataCatalog m_catalog;

    QStringList column(const QAbstractItemModel &model, int column) const
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out.append(model.index(row, column).data().toString());
        return out;
    }

    int cityCountWhere(const char *field, const QString &value)
    {
        int n = 0;
        for (int i = 0; i < m_reader.nodes().size(); ++i) {
            if (m_reader.nodes().at(i).kind != u"city")
                continue;
            for (const DocumentField &f : m_reader.fields(i))
                n += f.name == QLatin1String(field) && f.value.toString() == value ? 1 : 0;
        }
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_reader.open(QStringLiteral(SS_BUNDLED_ARCHIVE)), qPrintable(m_reader.errorString()));
        QVERIFY(m_catalog.load(&m_reader));
    }

    void textMatch_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<bool>("matches");
        const QStringList tokyo{QStringLiteral("Tokyo"), QStringLiteral("도쿄"), QStringLiteral("Japan"),
                                QStringLiteral("일본")};
        const QStringList seoul{QStringLiteral("Seoul"), QStringLiteral("서울")};
        const QStringList saoPaulo{QStringLiteral("São Paulo"), QStringLiteral("상파울루"), QStringLiteral("Brazil")};
        QTest::newRow("empty") << QString() << tokyo << true;
        QTest::newRow("latin prefix") << QStringLiteral("tok") << tokyo << true;
        QTest::newRow("latin case") << QStringLiteral("TOKYO") << tokyo << true;
        QTest::newRow("latin inside") << QStringLiteral("apa") << tokyo << true;
        QTest::newRow("country") << QStringLiteral("japan") << tokyo << true;
        QTest::newRow("korean name") << QStringLiteral("도쿄") << tokyo << true;
        QTest::newRow("korean country") << QStringLiteral("일본") << tokyo << true;
        QTest::newRow("korean first syllable") << QStringLiteral("도") << tokyo << true;
        QTest::newRow("two words, both") << QStringLiteral("japan 도쿄") << tokyo << true;
        QTest::newRow("two words, one missing") << QStringLiteral("japan paris") << tokyo << false;
        QTest::newRow("other city") << QStringLiteral("paris") << tokyo << false;
        QTest::newRow("diacritics folded") << QStringLiteral("sao") << saoPaulo << true;
        QTest::newRow("diacritics typed") << QStringLiteral("SÃO") << saoPaulo << true;
        QTest::newRow("initials") << QStringLiteral("ㄷㅋ") << tokyo << true;
        QTest::newRow("initials other") << QStringLiteral("ㅅㅇ") << tokyo << false;
        QTest::newRow("initials seoul") << QStringLiteral("ㅅㅇ") << seoul << true;
        // The input method shows 성 on the way from 서 to 서울, and 돜 on the way to 도쿄.
        QTest::newRow("composing final") << QStringLiteral("성") << seoul << true;
        QTest::newRow("composing final ko") << QStringLiteral("돜") << tokyo << true;
        QTest::newRow("composing wrong final") << QStringLiteral("독") << tokyo << false;
        QTest::newRow("composing lone consonant") << QStringLiteral("도ㅋ") << tokyo << true;
        QTest::newRow("composing double final")
            << QStringLiteral("닭") << QStringList{QStringLiteral("달구벌")} << true;
        QTest::newRow("not across names") << QStringLiteral("tokyo도쿄") << tokyo << false;
    }

    void textMatch()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, names);
        QFETCH(bool, matches);
        QCOMPARE(TextMatch(filter).matches(TextMatch::key(names)), matches);
    }

    void recordsMatchArchive()
    {
        int cityNodes = 0;
        for (const ArchiveNode &n : m_reader.nodes())
            cityNodes += n.kind == u"city" && !n.isFolder ? 1 : 0;
        QCOMPARE(cityNodes, 31);
        CityTableModel model;
        model.setCatalog(m_catalog);
        QCOMPARE(model.rowCount(), 31);
        QCOMPARE(model.columnCount(), int(CityTableModel::ColumnCount));

        const int tokyo = model.rowOf(QStringLiteral("overseas-cities/asia/tokyo"));
        QVERIFY(tokyo >= 0);
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        model.setLanguage(QStringLiteral("en"));
        QCOMPARE(cell(tokyo, CityTableModel::Name).toString(), QStringLiteral("Tokyo"));
        QCOMPARE(cell(tokyo, CityTableModel::Country).toString(), QStringLiteral("Japan"));
        QCOMPARE(cell(tokyo, CityTableModel::Region).toString(), QStringLiteral("Asia"));
        QCOMPARE(cell(tokyo, CityTableModel::Relation).toString(), QStringLiteral("Sister city"));
        QCOMPARE(cell(tokyo, CityTableModel::Since).toString(), QStringLiteral("1988"));
        QCOMPARE(cell(tokyo, CityTableModel::Population).toString(), QStringLiteral("14,047,594"));
        QCOMPARE(cell(tokyo, CityTableModel::Population, SortRole).toLongLong(), 14047594LL);
        QCOMPARE(cell(tokyo, 0, LatitudeRole).toDouble(), 35.6895);
        QCOMPARE(cell(tokyo, 0, LongitudeRole).toDouble(), 139.6917);
        QCOMPARE(cell(tokyo, 0, RegionRole).toString(), QStringLiteral("asia"));
        QCOMPARE(cell(tokyo, 0, RelationRole).toString(), QStringLiteral("sister"));
        QCOMPARE(cell(tokyo, 0, DocIdRole).toString(), QStringLiteral("overseas-cities/asia/tokyo"));
        // City and country names follow the content language.
        model.setLanguage(QStringLiteral("ko"));
        QCOMPARE(cell(tokyo, CityTableModel::Name).toString(), QStringLiteral("도쿄"));
        QCOMPARE(cell(tokyo, CityTableModel::Country).toString(), QStringLiteral("일본"));
        QCOMPARE(cell(tokyo, CityTableModel::Population).toString(), QStringLiteral("14,047,594"));

        // Every row against the archive's own fields, and the activity counts against the
        // activities' "city" fields, counted here independently.
        QHash<QString, int> activities;
        int activityNodes = 0;
        for (int i = 0; i < m_reader.nodes().size(); ++i) {
            if (m_reader.nodes().at(i).kind != u"activity")
                continue;
            ++activityNodes;
            for (const DocumentField &f : m_reader.fields(i)) {
                if (f.name == u"city")
                    ++activities[f.value.toString()];
            }
        }
        QCOMPARE(activityNodes, 15);
        int total = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString docId = cell(row, 0, DocIdRole).toString();
            const int node = m_reader.indexOf(docId);
            QVERIFY(node >= 0);
            QCOMPARE(m_reader.nodes().at(node).kind, QStringLiteral("city"));
            QCOMPARE(cell(row, CityTableModel::Activities, SortRole).toInt(), activities.value(docId));
            total += cell(row, CityTableModel::Activities, SortRole).toInt();
            for (const DocumentField &f : m_reader.fields(node)) {
                if (f.name == u"population")
                    QCOMPARE(cell(row, CityTableModel::Population, SortRole).toLongLong(), f.value.toLongLong());
                else if (f.name == u"since")
                    QCOMPARE(cell(row, CityTableModel::Since, SortRole).toInt(), f.value.toInt());
                else if (f.name == u"region")
                    QCOMPARE(cell(row, 0, RegionRole).toString(), f.value.toString());
                else if (f.name == u"country" && f.lang == u"ko")
                    QCOMPARE(cell(row, CityTableModel::Country).toString(), f.value.toString());
            }
            QCOMPARE(cell(row, CityTableModel::Name).toString(),
                     m_reader.nodes().at(node).texts.value(QStringLiteral("ko")).title);
        }
        QCOMPARE(total, 15);
        QCOMPARE(cell(model.rowOf(QStringLiteral("overseas-cities/asia/delhi")), CityTableModel::Activities).toString(),
                 QStringLiteral("1"));
        QCOMPARE(
            cell(model.rowOf(QStringLiteral("overseas-cities/europe/paris")), CityTableModel::Activities).toString(),
            QStringLiteral("0"));
    }

    void sortEnglishWithCollation()
    {
        CityTableModel model;
        model.setCatalog(m_catalog);
        CityFilterModel filter;
        filter.setSourceModel(&model);
        model.setLanguage(QStringLiteral("en"));
        filter.setLanguage(QStringLiteral("en"));
        filter.sort(CityTableModel::Name, Qt::AscendingOrder);
        const QStringList expected{QStringLiteral("Addis Ababa"),     QStringLiteral("Ankara"),
                                   QStringLiteral("Astana"),          QStringLiteral("Athens"),
                                   QStringLiteral("Bangkok"),         QStringLiteral("Beijing"),
                                   QStringLiteral("Bogotá"),          QStringLiteral("Cairo"),
                                   QStringLiteral("Delhi"),           QStringLiteral("Hanoi"),
                                   QStringLiteral("Honolulu"),        QStringLiteral("Jakarta"),
                                   QStringLiteral("Kuala Lumpur"),    QStringLiteral("Lima"),
                                   QStringLiteral("London"),          QStringLiteral("Manila"),
                                   QStringLiteral("Mexico City"),     QStringLiteral("Moscow"),
                                   QStringLiteral("New South Wales"), QStringLiteral("Paris"),
                                   QStringLiteral("Quito"),           QStringLiteral("Rome"),
                                   QStringLiteral("San Francisco"),   QStringLiteral("São Paulo"),
                                   QStringLiteral("Taipei"),          QStringLiteral("Tbilisi"),
                                   QStringLiteral("Tehran"),          QStringLiteral("Tokyo"),
                                   QStringLiteral("Ulaanbaatar"),     QStringLiteral("Warsaw"),
                                   QStringLiteral("Washington, D.C.")};
        QCOMPARE(column(filter, CityTableModel::Name), expected);
        filter.sort(CityTableModel::Name, Qt::DescendingOrder);
        QStringList reversed(expected.crbegin(), expected.crend());
        QCOMPARE(column(filter, CityTableModel::Name), reversed);

        filter.sort(CityTableModel::Country, Qt::AscendingOrder);
        const QStringList countries = column(filter, CityTableModel::Country);
        QCOMPARE(countries.first(), QStringLiteral("Australia"));
        QCOMPARE(countries.last(), QStringLiteral("Vietnam"));
    }

    //! Where the locale's collation and code-point order disagree (the bundled names hardly do):
    //! accented Latin letters, and Hanja, which Korean sorts by their reading among the Hangul.
    void sortMixedScriptsWithCollation()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cities.ssarc"));
        ArchiveWriter writer(path);
        ArchiveMetadata meta;
        meta.id = QStringLiteral("collation");
        meta.version = QStringLiteral("1");
        meta.languages = {QStringLiteral("ko"), QStringLiteral("en")};
        meta.defaultLanguage = QStringLiteral("ko");
        meta.titles.insert(QStringLiteral("en"), QStringLiteral("Collation"));
        QVERIFY(writer.open(meta, 0));
        auto text = [](const QString &id, const QString &lang, const QString &title) {
            DocumentText t;
            t.title = title;
            t.path = id + QStringLiteral("/index.") + lang + QStringLiteral(".html");
            t.html = "<html><body></body></html>";
            return t;
        };
        ArchiveDocument section;
        section.id = QStringLiteral("overseas-cities");
        section.isFolder = true;
        section.texts.insert(QStringLiteral("en"), text(section.id, QStringLiteral("en"), QStringLiteral("Cities")));
        QVERIFY(writer.addDocument(section));
        const QList<std::pair<QString, QString>> names{
            {QStringLiteral("Zürich"), QStringLiteral("北京")},  {QStringLiteral("Zagreb"), QStringLiteral("京都")},
            {QStringLiteral("Ålesund"), QStringLiteral("경주")}, {QStringLiteral("Aarhus"), QStringLiteral("서울")},
            {QStringLiteral("Ōita"), QStringLiteral("Seoul")},   {QStringLiteral("Oslo"), QStringLiteral("가나")}};
        for (int i = 0; i < names.size(); ++i) {
            ArchiveDocument city;
            city.id = QStringLiteral("overseas-cities/c%1").arg(i);
            city.kind = QStringLiteral("city");
            city.texts.insert(QStringLiteral("en"), text(city.id, QStringLiteral("en"), names.at(i).first));
            city.texts.insert(QStringLiteral("ko"), text(city.id, QStringLiteral("ko"), names.at(i).second));
            city.fields = {{QStringLiteral("region"), QString(), QStringLiteral("europe")},
                           {QStringLiteral("population"), QString(), qint64(i % 2 ? 9 : 10)}};
            QVERIFY(writer.addDocument(city));
        }
        QVERIFY2(writer.commit(), qPrintable(writer.errorString()));
        ArchiveReader reader;
        QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
        DataCatalog catalog;
        QVERIFY(catalog.load(&reader));
        CityTableModel model;
        model.setCatalog(catalog);
        CityFilterModel filter;
        filter.setSourceModel(&model);
        model.setLanguage(QStringLiteral("en"));
        filter.setLanguage(QStringLiteral("en"));
        filter.sort(CityTableModel::Name, Qt::AscendingOrder);
        QCOMPARE(column(filter, CityTableModel::Name),
                 (QStringList{QStringLiteral("Aarhus"), QStringLiteral("Ålesund"), QStringLiteral("Ōita"),
                              QStringLiteral("Oslo"), QStringLiteral("Zagreb"), QStringLiteral("Zürich")}));
        model.setLanguage(QStringLiteral("ko"));
        filter.setLanguage(QStringLiteral("ko"));
        QCOMPARE(column(filter, CityTableModel::Name),
                 (QStringList{QStringLiteral("가나"), QStringLiteral("京都"), QStringLiteral("경주"),
                              QStringLiteral("北京"), QStringLiteral("서울"), QStringLiteral("Seoul")}));
        // Code-point order would be neither.
        QStringList byCodePoint = column(filter, CityTableModel::Name);
        byCodePoint.sort();
        QCOMPARE(byCodePoint.first(), QStringLiteral("Seoul"));
        // Numbers as numbers: 9 before 10.
        filter.sort(CityTableModel::Population, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, CityTableModel::Population).data().toString(), QStringLiteral("9"));
    }

    void sortKoreanWithCollation()
    {
        CityTableModel model;
        model.setCatalog(m_catalog);
        CityFilterModel filter;
        filter.setSourceModel(&model);
        model.setLanguage(QStringLiteral("ko"));
        filter.setLanguage(QStringLiteral("ko"));
        filter.sort(CityTableModel::Name, Qt::AscendingOrder);
        // 가나다 order.
        const QStringList expected{
            QStringLiteral("뉴사우스웨일스"), QStringLiteral("델리"),       QStringLiteral("도쿄"),
            QStringLiteral("런던"),           QStringLiteral("로마"),       QStringLiteral("리마"),
            QStringLiteral("마닐라"),         QStringLiteral("멕시코시티"), QStringLiteral("모스크바"),
            QStringLiteral("바르샤바"),       QStringLiteral("방콕"),       QStringLiteral("베이징"),
            QStringLiteral("보고타"),         QStringLiteral("상파울루"),   QStringLiteral("샌프란시스코"),
            QStringLiteral("아디스아바바"),   QStringLiteral("아스타나"),   QStringLiteral("아테네"),
            QStringLiteral("앙카라"),         QStringLiteral("울란바토르"), QStringLiteral("워싱턴 D.C."),
            QStringLiteral("자카르타"),       QStringLiteral("카이로"),     QStringLiteral("쿠알라룸푸르"),
            QStringLiteral("키토"),           QStringLiteral("타이베이"),   QStringLiteral("테헤란"),
            QStringLiteral("트빌리시"),       QStringLiteral("파리"),       QStringLiteral("하노이"),
            QStringLiteral("호놀룰루")};
        QCOMPARE(column(filter, CityTableModel::Name), expected);
        filter.sort(CityTableModel::Country, Qt::AscendingOrder);
        const QStringList countries = column(filter, CityTableModel::Country);
        QCOMPARE(countries.first(), QStringLiteral("그리스"));
        QCOMPARE(countries.last(), QStringLiteral("호주"));
        // Switching the language re-sorts by the names in that language.
        model.setLanguage(QStringLiteral("en"));
        filter.setLanguage(QStringLiteral("en"));
        filter.sort(CityTableModel::Name, Qt::AscendingOrder);
        QCOMPARE(column(filter, CityTableModel::Name).first(), QStringLiteral("Addis Ababa"));
    }

    void sortNumbersNumerically()
    {
        CityTableModel model;
        model.setCatalog(m_catalog);
        CityFilterModel filter;
        filter.setSourceModel(&model);
        for (int col : {int(CityTableModel::Population), int(CityTableModel::Since), int(CityTableModel::Activities),
                        int(CityTableModel::Latitude)}) {
            filter.sort(col, Qt::AscendingOrder);
            for (int row = 1; row < filter.rowCount(); ++row)
                QVERIFY2(filter.index(row - 1, col).data(SortRole).toDouble() <=
                             filter.index(row, col).data(SortRole).toDouble(),
                         qPrintable(QStringLiteral("column %1 row %2").arg(col).arg(row)));
        }
        // As text "643,452" would sort after "11,451,245"; as a number it is the smallest.
        filter.sort(CityTableModel::Population, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, CityTableModel::Population).data(SortRole).toLongLong(), 643452LL);
        qint64 largest = 0;
        for (const CityRecord &c : m_catalog.cities())
            largest = std::max(largest, c.population);
        filter.sort(CityTableModel::Population, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, CityTableModel::Population).data(SortRole).toLongLong(), largest);
    }

    void filterByRegionAndRelation()
    {
        CityTableModel model;
        model.setCatalog(m_catalog);
        CityFilterModel filter;
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 31);
        for (const QString &region : {QStringLiteral("asia"), QStringLiteral("europe"), QStringLiteral("americas"),
                                      QStringLiteral("middle-east-africa"), QStringLiteral("oceania")}) {
            filter.setRegion(region);
            QCOMPARE(filter.rowCount(), cityCountWhere("region", region));
            for (int row = 0; row < filter.rowCount(); ++row)
                QCOMPARE(filter.index(row, 0).data(RegionRole).toString(), region);
        }
        QCOMPARE((filter.setRegion(QStringLiteral("asia")), filter.rowCount()), 11);
        filter.setRegion(QString());
        for (const QString &relation :
             {QStringLiteral("sister"), QStringLiteral("friendship"), QStringLiteral("partner")}) {
            filter.setRelation(relation);
            QCOMPARE(filter.rowCount(), cityCountWhere("relation", relation));
        }
        filter.setRelation(QStringLiteral("sister"));
        QCOMPARE(filter.rowCount(), 22);
        filter.setRegion(QStringLiteral("europe"));
        int expected = 0;
        for (const CityRecord &c : m_catalog.cities())
            expected += c.region == u"europe" && c.relation == u"sister" ? 1 : 0;
        QCOMPARE(filter.rowCount(), expected);
        QVERIFY(expected > 0 && expected < 11);
        filter.setRegion(QString());
        filter.setRelation(QString());
        QCOMPARE(filter.rowCount(), 31);
    }

    void filterByTextInBothScripts_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("docIds");
        const QString tokyo = QStringLiteral("overseas-cities/asia/tokyo");
        const QString sao = QStringLiteral("overseas-cities/americas/sao-paulo");
        const QStringList usa{QStringLiteral("overseas-cities/americas/honolulu"),
                              QStringLiteral("overseas-cities/americas/san-francisco"),
                              QStringLiteral("overseas-cities/americas/washington-dc")};
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ko")}) {
            // Whatever language is shown, both scripts match.
            QTest::addRow("%s english name", qPrintable(lang)) << lang << QStringLiteral("tokyo") << QStringList{tokyo};
            QTest::addRow("%s korean name", qPrintable(lang)) << lang << QStringLiteral("도쿄") << QStringList{tokyo};
            QTest::addRow("%s english country", qPrintable(lang))
                << lang << QStringLiteral("Japan") << QStringList{tokyo};
            QTest::addRow("%s korean country", qPrintable(lang))
                << lang << QStringLiteral("일본") << QStringList{tokyo};
            QTest::addRow("%s country of three", qPrintable(lang)) << lang << QStringLiteral("united states") << usa;
            QTest::addRow("%s korean country of three", qPrintable(lang)) << lang << QStringLiteral("미국") << usa;
            QTest::addRow("%s without accent", qPrintable(lang)) << lang << QStringLiteral("sao") << QStringList{sao};
            QTest::addRow("%s initials", qPrintable(lang)) << lang << QStringLiteral("ㄷㅋ") << QStringList{tokyo};
            QTest::addRow("%s nothing", qPrintable(lang)) << lang << QStringLiteral("atlantis") << QStringList{};
        }
    }

    void filterByTextInBothScripts()
    {
        QFETCH(QString, lang);
        QFETCH(QString, text);
        QFETCH(QStringList, docIds);
        CityTableModel model;
        model.setCatalog(m_catalog);
        model.setLanguage(lang);
        CityFilterModel filter;
        filter.setSourceModel(&model);
        filter.setLanguage(lang);
        filter.setTextFilter(text);
        QStringList found;
        for (int row = 0; row < filter.rowCount(); ++row)
            found.append(filter.index(row, 0).data(DocIdRole).toString());
        found.sort();
        QCOMPARE(found, docIds);
        // Combined with a region that excludes them all.
        filter.setRegion(QStringLiteral("oceania"));
        QCOMPARE(filter.rowCount(), 0);
    }

    void emptyCatalog()
    {
        DataCatalog empty;
        QVERIFY(!empty.load(nullptr));
        CityTableModel model;
        model.setCatalog(empty);
        QCOMPARE(model.rowCount(), 0);
        model.setLanguage(QStringLiteral("ko"));
        model.retranslate();
        QCOMPARE(model.headerData(CityTableModel::Name, Qt::Horizontal).toString(), QStringLiteral("City"));
    }
};

QTEST_GUILESS_MAIN(TestCityModels)
#include "tst_dataviews_citymodels.moc"
