// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// The data views offscreen, on the bundled archive: the map shows one marker per filtered city
// row, clicking a marker or double-clicking a row asks for the city's page, dragging pans and
// does not open, the wheel and keys zoom, clicking a year's or a region's bar filters the
// activity table, screenshots of map and charts are not blank, and labels, legends and axes
// switch with the interface language while names follow the content language.
#include <core/archive/archivereader.h>
#include <core/data/activityfiltermodel.h>
#include <core/data/activitytablemodel.h>
#include <core/data/cityfiltermodel.h>
#include <core/data/citytablemodel.h>
#include <core/data/dataroles.h>
#include <ui/dataviews/activityview.h>
#include <ui/dataviews/cityview.h>
#include <ui/dataviews/dataviewswidget.h>
#include <ui/dataviews/filterfield.h>
#include <ui/dataviews/worldmapview.h>

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Ss;

namespace {
int distinctColours(const QImage &image, QSet<QRgb> *colours = nullptr)
{
    QSet<QRgb> set;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            set.insert(line[x] & 0xffffff);
    }
    if (colours)
        *colours = set;
    return int(set.size());
}

QPoint chartPoint(QChartView *view, QAbstractSeries *series, QPointF value)
{
    const QPointF inChart = view->chart()->mapToPosition(value, series);
    return view->mapFromScene(view->chart()->mapToScene(inChart));
}
} // namespace

class TestDataViewsWidgets : public QObject
{
    Q_OBJECT
    Core::ArchiveReader m_reader;
    std::unique_ptr<Ui::DataViewsWidget> m_widget;
    QTemporaryDir m_shots;

    Ui::WorldMapView *map() const { return m_widget->mapView(); }
    Ui::ActivityView *activities() const { return m_widget->activityView(); }

    //! Where screenshots go: SS_SCREENSHOT_DIR when set (to look at them), else a temporary folder.
    QString shotPath(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("SS_SCREENSHOT_DIR");
        return dir.isEmpty() ? m_shots.filePath(name) : QDir(dir).filePath(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_reader.open(QStringLiteral(SS_BUNDLED_ARCHIVE)), qPrintable(m_reader.errorString()));
        m_widget = std::make_unique<Ui::DataViewsWidget>();
        m_widget->setArchive(&m_reader);
        m_widget->resize(1400, 820);
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
        QVERIFY(map()->hasOutlines());
    }

    void init()
    {
        m_widget->showCities();
        m_widget->cityView()->regionCombo()->setCurrentIndex(0);
        m_widget->cityView()->relationCombo()->setCurrentIndex(0);
        m_widget->cityView()->textField()->clear();
        m_widget->activityFilter()->clearFilters();
        map()->resetZoom();
    }

    void markersFollowFilter()
    {
        Core::CityFilterModel *filter = m_widget->cityFilter();
        QCOMPARE(filter->rowCount(), 31);
        QCOMPARE(map()->markerCount(), 31);
        Ui::CityView *cities = m_widget->cityView();
        cities->regionCombo()->setCurrentIndex(cities->regionCombo()->findData(QStringLiteral("europe")));
        QCOMPARE(filter->region(), QStringLiteral("europe"));
        QCOMPARE(map()->markerCount(), filter->rowCount());
        QCOMPARE(map()->markerCount(), 7);
        cities->relationCombo()->setCurrentIndex(cities->relationCombo()->findData(QStringLiteral("sister")));
        QCOMPARE(map()->markerCount(), filter->rowCount());
        QVERIFY(map()->markerCount() < 7);
        cities->regionCombo()->setCurrentIndex(0);
        cities->relationCombo()->setCurrentIndex(0);
        // Typing narrows table and map together, key by key.
        QTest::keyClicks(cities->textField(), QStringLiteral("to"));
        QCOMPARE(map()->markerCount(), filter->rowCount());
        QVERIFY(filter->rowCount() > 1);
        QTest::keyClicks(cities->textField(), QStringLiteral("kyo"));
        QCOMPARE(map()->markerDocIds(), QStringList{QStringLiteral("overseas-cities/asia/tokyo")});
        cities->textField()->setText(QStringLiteral("미국"));
        QCOMPARE(map()->markerCount(), 3);
        QTest::keyClick(cities->textField(), Qt::Key_Escape);
        QCOMPARE(map()->markerCount(), 31);
        // The marker order is the table's order.
        QStringList rows;
        for (int row = 0; row < filter->rowCount(); ++row)
            rows.append(filter->index(row, 0).data(Core::DocIdRole).toString());
        QCOMPARE(map()->markerDocIds(), rows);
    }

    void markerClickOpensCity()
    {
        QSignalSpy spy(m_widget.get(), &Ui::DataViewsWidget::openDocument);
        const QString tokyo = QStringLiteral("overseas-cities/asia/tokyo");
        const QPoint pos = map()->markerViewportPosition(tokyo);
        QVERIFY(map()->viewport()->rect().contains(pos));
        QVERIFY(map()->markerToolTip(tokyo).contains(QStringLiteral("Tokyo")));
        QVERIFY2(map()->markerToolTip(tokyo).contains(QStringLiteral("Sister city since 1988")),
                 qPrintable(map()->markerToolTip(tokyo)));
        QTest::mouseClick(map()->viewport(), Qt::LeftButton, {}, pos);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().toString(), tokyo);
        // A click on the sea opens nothing.
        QTest::mouseClick(map()->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
        QCOMPARE(spy.size(), 1);
        // A marker filtered out is not there to click.
        m_widget->cityView()->textField()->setText(QStringLiteral("paris"));
        QCOMPARE(map()->markerViewportPosition(tokyo), QPoint(-1, -1));
        QTest::mouseClick(map()->viewport(), Qt::LeftButton, {}, pos);
        QCOMPARE(spy.size(), 1);
    }

    void dragPansWithoutOpening()
    {
        QSignalSpy spy(map(), &Ui::WorldMapView::openDocument);
        for (int i = 0; i < 6; ++i)
            map()->zoomIn(); // the world is much larger than the view both ways: it can be dragged
        const QString delhi = QStringLiteral("overseas-cities/asia/delhi"); // mid-latitude: room to pan every way
        map()->centerOn(77.2, -28.6);
        const QPoint before = map()->markerViewportPosition(delhi);
        QVERIFY(map()->viewport()->rect().contains(before));
        const QPoint by(60, 30);
        QTest::mousePress(map()->viewport(), Qt::LeftButton, {}, before);
        for (int i = 1; i <= 10; ++i)
            QTest::mouseMove(map()->viewport(), before + by * i / 10);
        QTest::mouseRelease(map()->viewport(), Qt::LeftButton, {}, before + by);
        QCOMPARE(spy.size(), 0); // a drag that starts on a marker pans, it does not open
        const QPoint after = map()->markerViewportPosition(delhi);
        QVERIFY2((after - (before + by)).manhattanLength() <= 4,
                 qPrintable(QStringLiteral("marker at %1,%2 after the drag, from %3,%4")
                                .arg(after.x())
                                .arg(after.y())
                                .arg(before.x())
                                .arg(before.y())));
    }

    void wheelAndKeysZoom()
    {
        QCOMPARE(map()->zoom(), 1.0);
        const QPoint centre = map()->viewport()->rect().center();
        QWheelEvent wheel(centre, map()->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(map()->viewport(), &wheel);
        QVERIFY(map()->zoom() > 1.2);
        const double afterWheel = map()->zoom();
        map()->setFocus();
        QTest::keyClick(map(), Qt::Key_Plus);
        QVERIFY(map()->zoom() > afterWheel);
        QTest::keyClick(map(), Qt::Key_Minus);
        QCOMPARE(map()->zoom(), afterWheel);
        QTest::keyClick(map(), Qt::Key_0);
        QCOMPARE(map()->zoom(), 1.0);
        for (int i = 0; i < 20; ++i)
            QTest::keyClick(map(), Qt::Key_Minus);
        QCOMPARE(map()->zoom(), 1.0); // never smaller than the whole world
        // The wheel zooms about the pointer: the city under it stays there (across: the view is
        // narrower than the world; up and down it can only stay while the world is taller than the view).
        const QString beijing = QStringLiteral("overseas-cities/asia/beijing");
        const QPoint at = map()->markerViewportPosition(beijing);
        QWheelEvent in(at, map()->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 360), Qt::NoButton, Qt::NoModifier,
                       Qt::NoScrollPhase, false);
        QApplication::sendEvent(map()->viewport(), &in);
        QVERIFY(map()->zoom() > 1.9);
        QVERIFY2(qAbs(map()->markerViewportPosition(beijing).x() - at.x()) <= 2,
                 qPrintable(QStringLiteral("%1 -> %2").arg(at.x()).arg(map()->markerViewportPosition(beijing).x())));
    }

    void tableDoubleClickOpensCity()
    {
        QSignalSpy spy(m_widget.get(), &Ui::DataViewsWidget::openDocument);
        QTableView *table = m_widget->cityView()->tableView();
        m_widget->cityView()->textField()->setText(QStringLiteral("paris"));
        QCOMPARE(table->model()->rowCount(), 1);
        const QRect cell = table->visualRect(table->model()->index(0, Core::CityTableModel::Country));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(spy.size(), 0); // one click selects
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().toString(), QStringLiteral("overseas-cities/europe/paris"));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(spy.size(), 2);
    }

    void yearBarClickFiltersTable()
    {
        m_widget->showActivities();
        Ui::ActivityView *view = activities();
        Core::ActivityFilterModel *filter = m_widget->activityFilter();
        QCOMPARE(filter->rowCount(), 15);
        QStackedBarSeries *series = view->yearSeries();
        QVERIFY(series);
        auto *axis = qobject_cast<QBarCategoryAxis *>(series->attachedAxes().value(0));
        QVERIFY(axis);
        const int index = int(axis->categories().indexOf(QStringLiteral("2016")));
        QVERIFY(index >= 0);
        // Click the middle of the 2016 stack (3 activities).
        const QPoint pos = chartPoint(view->yearChartView(), series, QPointF(index, 1.5));
        QTest::mouseClick(view->yearChartView()->viewport(), Qt::LeftButton, {}, pos);
        QCOMPARE(filter->year(), 2016);
        QCOMPARE(filter->rowCount(), 3);
        QCOMPARE(view->yearCombo()->currentData().toInt(), 2016);
        for (int row = 0; row < filter->rowCount(); ++row)
            QCOMPARE(filter->index(row, Core::ActivityTableModel::Year).data().toString(), QStringLiteral("2016"));
        // Clicking it again shows every year.
        QTest::mouseClick(view->yearChartView()->viewport(), Qt::LeftButton, {}, pos);
        QCOMPARE(filter->year(), 0);
        QCOMPARE(filter->rowCount(), 15);
        QCOMPARE(view->yearCombo()->currentIndex(), 0);
        // A bar set emits with its index: 2025 directly.
        const int last = int(axis->categories().size() - 1);
        Q_EMIT series->barSets().first()->clicked(last);
        QCOMPARE(filter->year(), 2025);
        QCOMPARE(filter->rowCount(), 2);
    }

    void regionBarClickFiltersTable()
    {
        m_widget->showActivities();
        Ui::ActivityView *view = activities();
        Core::ActivityFilterModel *filter = m_widget->activityFilter();
        QHorizontalBarSeries *series = view->regionSeries();
        auto *axis = qobject_cast<QBarCategoryAxis *>(series->attachedAxes().value(0));
        QVERIFY(axis && axis->orientation() == Qt::Vertical);
        const int index = int(axis->categories().indexOf(QStringLiteral("Asia")));
        QVERIFY(index >= 0);
        const QPoint pos = chartPoint(view->regionChartView(), series, QPointF(3, index));
        QTest::mouseClick(view->regionChartView()->viewport(), Qt::LeftButton, {}, pos);
        QCOMPARE(filter->region(), QStringLiteral("asia"));
        QCOMPARE(filter->rowCount(), 7);
        QCOMPARE(view->regionCombo()->currentData().toString(), QStringLiteral("asia"));
        // Combined with the other filters.
        view->statusCombo()->setCurrentIndex(view->statusCombo()->findData(QStringLiteral("planned")));
        QCOMPARE(filter->rowCount(), 2);
        view->areaCombo()->setCurrentIndex(view->areaCombo()->findData(QStringLiteral("water")));
        QCOMPARE(filter->rowCount(), 1);
        QCOMPARE(filter->index(0, 0).data(Core::DocIdRole).toString(),
                 QStringLiteral("sharing-activities/astana-water-management"));
        view->countryCombo()->setCurrentIndex(view->countryCombo()->findData(QStringLiteral("브라질")));
        QCOMPARE(filter->rowCount(), 0);
    }

    void activityDoubleClickOpensLinks()
    {
        m_widget->showActivities();
        QSignalSpy spy(m_widget.get(), &Ui::DataViewsWidget::openDocument);
        Core::ActivityFilterModel *filter = m_widget->activityFilter();
        filter->setTextFilter(QStringLiteral("São Paulo Bus"));
        QCOMPARE(filter->rowCount(), 1);
        QTableView *table = activities()->tableView();
        auto dclick = [&](int column) {
            const QRect cell = table->visualRect(filter->index(0, column));
            QVERIFY(table->viewport()->rect().contains(cell.center()));
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
            QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        };
        dclick(Core::ActivityTableModel::Title);
        dclick(Core::ActivityTableModel::City);
        dclick(Core::ActivityTableModel::Manuals);
        QCOMPARE(spy.size(), 3);
        QCOMPARE(spy.at(0).first().toString(), QStringLiteral("sharing-activities/sao-paulo-bus-reform"));
        QCOMPARE(spy.at(1).first().toString(), QStringLiteral("overseas-cities/americas/sao-paulo"));
        QCOMPARE(spy.at(2).first().toString(), QStringLiteral("model-policies/transportation/bus-reform"));
    }

    void screenshotsAreNotBlank()
    {
        m_widget->showCities();
        QCoreApplication::processEvents();
        const QImage mapShot = map()->grab().toImage();
        QVERIFY(mapShot.save(shotPath(QStringLiteral("dataviews-map.png"))));
        QSet<QRgb> colours;
        const int mapColours = distinctColours(mapShot, &colours);
        QVERIFY2(mapColours > 40, qPrintable(QString::number(mapColours)));
        QVERIFY(colours.contains(QColor(0xdd, 0xea, 0xf4).rgb() & 0xffffff)); // sea
        QVERIFY(colours.contains(QColor(0xf3, 0xf0, 0xe8).rgb() & 0xffffff)); // land
        QVERIFY(colours.contains(QColor(0xf7, 0xdc, 0xa8).rgb() & 0xffffff)); // a country with a city
        // Tokyo's marker is drawn in the sister-city colour.
        const QPoint tokyo = map()->markerViewportPosition(QStringLiteral("overseas-cities/asia/tokyo"));
        QCOMPARE(mapShot.pixelColor(tokyo).name(), QStringLiteral("#d95f02"));
        QVERIFY(colours.contains(QColor(0x1f, 0x78, 0xb4).rgb() & 0xffffff)); // a friendship city
        QVERIFY(colours.contains(QColor(0x75, 0x70, 0xb3).rgb() & 0xffffff)); // a partner city

        m_widget->showActivities();
        QCoreApplication::processEvents();
        const QImage chartShot = activities()->grab().toImage();
        QVERIFY(chartShot.save(shotPath(QStringLiteral("dataviews-activities.png"))));
        const QImage yearShot = activities()->yearChartView()->grab().toImage();
        distinctColours(yearShot, &colours);
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
        QVERIFY(colours.contains(QColor(0xf2, 0x8e, 0x2b).rgb() & 0xffffff)); // transportation bars
        QVERIFY(colours.contains(QColor(0xaf, 0x7a, 0xa1).rgb() & 0xffffff)); // smart-city bars
        const QImage regionShot = activities()->regionChartView()->grab().toImage();
        QVERIFY(distinctColours(regionShot, &colours) > 10);
        QVERIFY(colours.contains(QColor(0x4e, 0x79, 0xa7).rgb() & 0xffffff));
        QVERIFY(m_widget->grab().toImage().save(shotPath(QStringLiteral("dataviews-widget.png"))));
    }

    void languageSwitch()
    {
        QTranslator korean;
        QVERIFY(korean.load(QStringLiteral(SS_QM_DIR "/seoulsolution_ko.qm")));
        QCOMPARE(m_widget->tabs()->tabText(0), QStringLiteral("Cities"));
        QCOMPARE(activities()->yearChartView()->chart()->title(),
                 QStringLiteral("Activities per year, by policy area"));
        QVERIFY(QCoreApplication::installTranslator(&korean));
        QCoreApplication::processEvents();
        // Interface language: tabs, filters, headers, legends, axes.
        QCOMPARE(m_widget->tabs()->tabText(0), QStringLiteral("도시"));
        QCOMPARE(m_widget->tabs()->tabText(1), QStringLiteral("교류 활동"));
        QCOMPARE(m_widget->cityView()->regionCombo()->itemText(0), QStringLiteral("모든 지역"));
        QCOMPARE(m_widget->cityView()->regionCombo()->itemText(1), QStringLiteral("아시아"));
        QCOMPARE(m_widget->cityView()
                     ->tableView()
                     ->model()
                     ->headerData(Core::CityTableModel::Relation, Qt::Horizontal)
                     .toString(),
                 QStringLiteral("관계"));
        QCOMPARE(m_widget->cityFilter()->index(0, Core::CityTableModel::Region).data().toString().isEmpty(), false);
        QCOMPARE(activities()->yearChartView()->chart()->title(), QStringLiteral("연도별·정책 분야별 교류 활동"));
        QCOMPARE(activities()->yearSeries()->barSets().first()->label(), QStringLiteral("도시계획·주택"));
        const auto axes = activities()->yearChartView()->chart()->axes(Qt::Horizontal);
        QCOMPARE(axes.value(0)->titleText(), QStringLiteral("연도"));
        QVERIFY(
            map()->markerToolTip(QStringLiteral("overseas-cities/asia/tokyo")).contains(QStringLiteral("자매도시")));
        // Content language: city and country names, and their collation.
        m_widget->setLanguage(QStringLiteral("ko"));
        QCOMPARE(m_widget->language(), QStringLiteral("ko"));
        m_widget->cityView()->tableView()->sortByColumn(Core::CityTableModel::Name, Qt::AscendingOrder);
        QCOMPARE(m_widget->cityFilter()->index(0, Core::CityTableModel::Name).data().toString(),
                 QStringLiteral("뉴사우스웨일스"));
        QVERIFY(map()
                    ->markerToolTip(QStringLiteral("overseas-cities/asia/tokyo"))
                    .startsWith(QStringLiteral("도쿄, 일본")));
        QVERIFY(activities()->countryCombo()->findText(QStringLiteral("브라질")) > 0);
        m_widget->showCities();
        QCoreApplication::processEvents();
        QVERIFY(m_widget->grab().toImage().save(shotPath(QStringLiteral("dataviews-widget-ko.png"))));
        m_widget->showActivities();
        QCoreApplication::processEvents();
        QVERIFY(m_widget->grab().toImage().save(shotPath(QStringLiteral("dataviews-activities-ko.png"))));

        QVERIFY(QCoreApplication::removeTranslator(&korean));
        m_widget->setLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(m_widget->tabs()->tabText(0), QStringLiteral("Cities"));
        QCOMPARE(activities()->yearSeries()->barSets().first()->label(), QStringLiteral("Urban planning & housing"));
        QCOMPARE(m_widget->cityFilter()->index(0, Core::CityTableModel::Name).data().toString(),
                 QStringLiteral("Addis Ababa"));
    }

    void emptyArchive()
    {
        Ui::DataViewsWidget empty;
        empty.setArchive(nullptr);
        empty.resize(800, 600);
        empty.show();
        QCOMPARE(empty.mapView()->markerCount(), 0);
        QCOMPARE(empty.activityFilter()->rowCount(), 0);
        QVERIFY(empty.activityView()->yearSeries()->barSets().isEmpty());
        // Loading replaces; loading nothing again empties.
        empty.setArchive(&m_reader);
        QCOMPARE(empty.mapView()->markerCount(), 31);
        empty.setArchive(nullptr);
        QCOMPARE(empty.mapView()->markerCount(), 0);
    }
};

QTEST_MAIN(TestDataViewsWidgets)
#include "tst_dataviews_widgets.moc"
