// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// The activity models against the bundled archive: every activity with its city and manuals,
// the filters by policy area, country, status, year and region, sorting, the chart figures
// (per year by policy area, per region), and the embedded world map file.
#include <core/archive/archivereader.h>
#include <core/data/activityfiltermodel.h>
#include <core/data/activitystatistics.h>
#include <core/data/activitytablemodel.h>
#include <core/data/datacatalog.h>
#include <core/data/dataroles.h>
#include <core/data/worldoutlines.h>

#include <QFile>
#include <QTest>

using namespace Ss::Core;

namespace {
// Ray casting: is \a p inside the ring?
bool inside(const QList<QPointF> &ring, QPointF p)
{
    bool in = false;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const QPointF a = ring.at(i), b = ring.at(j);
        if ((a.y() > p.y()) != (b.y() > p.y()) && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
            in = !in;
    }
    return in;
}
} // namespace

class TestActivityModels : public QObject
{
    Q_OBJECT
    ArchiveReader m_reader;
    DataCatalog m_catalog;
    ActivityTableModel m_model;
    ActivityFilterModel m_filter;

    QStringList docIds() const
    {
        QStringList out;
        for (int row = 0; row < m_filter.rowCount(); ++row)
            out.append(m_filter.index(row, 0).data(DocIdRole).toString());
        out.sort();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_reader.open(QStringLiteral(SS_BUNDLED_ARCHIVE)), qPrintable(m_reader.errorString()));
        QVERIFY(m_catalog.load(&m_reader));
        m_model.setCatalog(m_catalog);
        m_filter.setSourceModel(&m_model);
    }

    void init()
    {
        m_filter.clearFilters();
        m_model.setLanguage(QStringLiteral("en"));
        m_filter.setLanguage(QStringLiteral("en"));
    }

    void recordsMatchArchive()
    {
        int activities = 0;
        for (const ArchiveNode &n : m_reader.nodes())
            activities += n.kind == u"activity" ? 1 : 0;
        QCOMPARE(m_model.rowCount(), activities);
        QCOMPARE(m_model.rowCount(), 15);
        int row = -1;
        for (int r = 0; r < m_model.rowCount(); ++r) {
            if (m_model.index(r, 0).data(DocIdRole).toString() == u"sharing-activities/sao-paulo-bus-reform")
                row = r;
        }
        QVERIFY(row >= 0);
        auto cell = [&](int column, int role = Qt::DisplayRole) { return m_model.index(row, column).data(role); };
        QCOMPARE(cell(ActivityTableModel::Year).toString(), QStringLiteral("2025"));
        QCOMPARE(cell(ActivityTableModel::Title).toString(), QStringLiteral("São Paulo Bus Reform Policy Exchange"));
        QCOMPARE(cell(ActivityTableModel::Country).toString(), QStringLiteral("Brazil"));
        QCOMPARE(cell(ActivityTableModel::City).toString(), QStringLiteral("São Paulo"));
        QCOMPARE(cell(ActivityTableModel::Area).toString(), QStringLiteral("Transportation"));
        QCOMPARE(cell(ActivityTableModel::Status).toString(), QStringLiteral("Planned"));
        QVERIFY(cell(ActivityTableModel::Manuals).toString().startsWith(QStringLiteral("Public Bus System Reform, ")));
        QCOMPARE(cell(0, CityDocIdRole).toString(), QStringLiteral("overseas-cities/americas/sao-paulo"));
        QCOMPARE(cell(0, ManualIdsRole).toStringList(),
                 (QStringList{QStringLiteral("model-policies/transportation/bus-reform"),
                              QStringLiteral("model-policies/transportation/t-money"),
                              QStringLiteral("model-policies/transportation/topis")}));
        QCOMPARE(cell(0, ManualTitlesRole).toStringList().size(), 3);
        QCOMPARE(cell(0, RegionRole).toString(), QStringLiteral("americas"));
        QVERIFY(cell(ActivityTableModel::Title, Qt::ToolTipRole).toString().contains(QStringLiteral("SPTrans")));
        m_model.setLanguage(QStringLiteral("ko"));
        QCOMPARE(cell(ActivityTableModel::Country).toString(), QStringLiteral("브라질"));
        QCOMPARE(cell(ActivityTableModel::City).toString(), QStringLiteral("상파울루"));
        QVERIFY(cell(ActivityTableModel::Title, Qt::ToolTipRole).toString().contains(QStringLiteral("상파울루시")));
        // Every activity names a city of the archive.
        for (int r = 0; r < m_model.rowCount(); ++r)
            QVERIFY(m_reader.indexOf(m_model.index(r, 0).data(CityDocIdRole).toString()) >= 0);
    }

    void filters()
    {
        m_filter.setArea(QStringLiteral("transportation"));
        QCOMPARE(m_filter.rowCount(), 6);
        m_filter.setStatus(QStringLiteral("completed"));
        QCOMPARE(docIds(), (QStringList{QStringLiteral("sharing-activities/bogota-transit-card"),
                                        QStringLiteral("sharing-activities/tbilisi-traffic-system"),
                                        QStringLiteral("sharing-activities/ulaanbaatar-bus-system")}));
        m_filter.clearFilters();
        m_filter.setYear(2016);
        QCOMPARE(m_filter.rowCount(), 3);
        m_filter.setYear(2012);
        QCOMPARE(m_filter.rowCount(), 0);
        m_filter.setYear(0);
        m_filter.setStatus(QStringLiteral("planned"));
        QCOMPARE(m_filter.rowCount(), 3);
        m_filter.setStatus(QString());
        // Countries by a key that does not change with the language.
        QVERIFY(m_model.countryKeys().contains(QStringLiteral("브라질")));
        QCOMPARE(m_model.countryName(QStringLiteral("브라질")), QStringLiteral("Brazil"));
        m_filter.setCountry(QStringLiteral("브라질"));
        QCOMPARE(docIds(), QStringList{QStringLiteral("sharing-activities/sao-paulo-bus-reform")});
        m_filter.setCountry(QString());
        m_filter.setRegion(QStringLiteral("americas"));
        QCOMPARE(m_filter.rowCount(), 4);
        m_filter.setRegion(QStringLiteral("asia"));
        QCOMPARE(m_filter.rowCount(), 7);
        m_filter.setTextFilter(QStringLiteral("델리"));
        QCOMPARE(docIds(), QStringList{QStringLiteral("sharing-activities/delhi-call-center")});
        m_filter.clearFilters();
        QCOMPARE(m_filter.rowCount(), 15);
    }

    void sorting()
    {
        m_filter.sort(ActivityTableModel::Year, Qt::DescendingOrder);
        QCOMPARE(m_filter.index(0, ActivityTableModel::Year).data().toString(), QStringLiteral("2025"));
        QCOMPARE(m_filter.index(14, ActivityTableModel::Year).data().toString(), QStringLiteral("2011"));
        m_filter.sort(ActivityTableModel::City, Qt::AscendingOrder);
        QCOMPARE(m_filter.index(0, ActivityTableModel::City).data().toString(), QStringLiteral("Addis Ababa"));
        QCOMPARE(m_filter.index(14, ActivityTableModel::City).data().toString(), QStringLiteral("Ulaanbaatar"));
        m_model.setLanguage(QStringLiteral("ko"));
        m_filter.setLanguage(QStringLiteral("ko"));
        QCOMPARE(m_filter.index(0, ActivityTableModel::City).data().toString(), QStringLiteral("델리"));
        QCOMPARE(m_filter.index(14, ActivityTableModel::City).data().toString(), QStringLiteral("하노이"));
        // Policy areas in the archive's order, not alphabetically.
        m_filter.sort(ActivityTableModel::Area, Qt::AscendingOrder);
        QCOMPARE(m_filter.index(0, 0).data(AreaRole).toString(), QStringLiteral("urban-planning"));
    }

    void statistics()
    {
        const ActivityStatistics stats(m_catalog);
        QCOMPARE(stats.total(), 15);
        QCOMPARE(stats.years().size(), 15); // 2011 to 2025, gaps included
        QCOMPARE(stats.years().first(), 2011);
        QCOMPARE(stats.years().last(), 2025);
        QCOMPARE(stats.countInYear(2016), 3);
        QCOMPARE(stats.countInYear(2012), 0);
        QCOMPARE(stats.count(2016, QStringLiteral("environment")), 1);
        QCOMPARE(stats.count(2016, QStringLiteral("smart-city")), 1);
        QCOMPARE(stats.count(2016, QStringLiteral("transportation")), 1);
        QCOMPARE(stats.count(2025, QStringLiteral("water")), 1);
        QCOMPARE(stats.areas(), (QStringList{QStringLiteral("urban-planning"), QStringLiteral("transportation"),
                                             QStringLiteral("environment"), QStringLiteral("water"),
                                             QStringLiteral("safety"), QStringLiteral("smart-city")}));
        QCOMPARE(stats.regions(), (QStringList{QStringLiteral("asia"), QStringLiteral("europe"),
                                               QStringLiteral("americas"), QStringLiteral("middle-east-africa")}));
        QCOMPARE(stats.countInRegion(QStringLiteral("asia")), 7);
        QCOMPARE(stats.countInRegion(QStringLiteral("americas")), 4);
        QCOMPARE(stats.countInRegion(QStringLiteral("europe")), 1);
        QCOMPARE(stats.countInRegion(QStringLiteral("middle-east-africa")), 3);
        // The stacks add up to the per-year figures and those to the total.
        int sum = 0;
        for (int year : stats.years()) {
            int stacked = 0;
            for (const QString &area : stats.areas())
                stacked += stats.count(year, area);
            QCOMPARE(stacked, stats.countInYear(year));
            sum += stacked;
        }
        QCOMPARE(sum, 15);
        QCOMPARE(ActivityStatistics().years().size(), 0);
    }

    void worldOutlines()
    {
        QFile file(QStringLiteral(SS_SOURCE_DIR "/resources/maps/countries-110m.compact.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.size() < 1024 * 1024, "the map file must stay small");
        WorldOutlines world;
        QVERIFY2(world.parse(file.readAll()), qPrintable(world.errorString()));
        QVERIFY(world.countries().size() >= 170);
        QVERIFY(world.pointCount() > 5000);
        QVERIFY(world.source().contains(QStringLiteral("Natural Earth")));
        QVERIFY(world.licence().contains(QStringLiteral("public domain")));
        // Seoul lies in South Korea and not in Japan; Tokyo the other way round.
        auto contains = [&](const QString &id, QPointF lonLat) {
            for (const WorldOutlines::Country &c : world.countries()) {
                if (c.id != id)
                    continue;
                bool in = false;
                for (const QList<QPointF> &ring : c.rings)
                    in ^= inside(ring, lonLat);
                return in;
            }
            return false;
        };
        QVERIFY(contains(QStringLiteral("410"), QPointF(126.978, 37.5665)));
        QVERIFY(!contains(QStringLiteral("392"), QPointF(126.978, 37.5665)));
        QVERIFY(contains(QStringLiteral("392"), QPointF(139.6917, 35.6895)));
        QVERIFY(contains(QStringLiteral("076"), QPointF(-46.6333, -23.5505))); // São Paulo, Brazil

        WorldOutlines bad;
        QVERIFY(!bad.parse("{not json"));
        QVERIFY(!bad.errorString().isEmpty());
        QVERIFY(!bad.parse(R"({"format":"other","version":1})"));
        QVERIFY(!bad.parse(
            R"({"format":"ss-world-rings","version":1,"scale":100,"countries":[{"id":"1","rings":[[1,2,3]]}]})"));
        QVERIFY(!bad.parse(
            R"({"format":"ss-world-rings","version":1,"scale":100,"countries":[{"id":"1","rings":[[99999,0,1,1,1,1,-2,-2]]}]})"));
        QVERIFY(bad.countries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestActivityModels)
#include "tst_dataviews_activitymodels.moc"
