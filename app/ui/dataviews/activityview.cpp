// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "activityview.h"

#include "filterfield.h"

#include <core/data/activityfiltermodel.h>
#include <core/data/activitytablemodel.h>
#include <core/data/datalabels.h>
#include <core/data/dataroles.h>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCollator>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Ss::Ui {

using Core::ActivityTableModel;

namespace {
QColor areaColour(const QString &area)
{
    static const QHash<QString, QColor> colours{{QStringLiteral("urban-planning"), QColor(0x4e, 0x79, 0xa7)},
                                                {QStringLiteral("transportation"), QColor(0xf2, 0x8e, 0x2b)},
                                                {QStringLiteral("environment"), QColor(0x59, 0xa1, 0x4f)},
                                                {QStringLiteral("water"), QColor(0x76, 0xb7, 0xb2)},
                                                {QStringLiteral("safety"), QColor(0xe1, 0x57, 0x59)},
                                                {QStringLiteral("smart-city"), QColor(0xaf, 0x7a, 0xa1)},
                                                {QStringLiteral("economy"), QColor(0xed, 0xc9, 0x48)},
                                                {QStringLiteral("welfare-culture"), QColor(0xff, 0x9d, 0xa7)}};
    return colours.value(area, QColor(0x9c, 0x75, 0x5f));
}

// A value axis with whole-number ticks from 0 to at least \a max.
QValueAxis *countAxis(int max)
{
    auto *axis = new QValueAxis;
    const int step = std::max(1, int(std::ceil(max / 5.0)));
    axis->setRange(0, std::max(step, int(std::ceil(max / double(step))) * step));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// QChartView::setChart releases the old chart without deleting it.
void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

void selectData(QComboBox *combo, const QVariant &value)
{
    const int i = combo->findData(value);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}
} // namespace

ActivityView::ActivityView(Core::ActivityFilterModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_area(new QComboBox(this)), m_country(new QComboBox(this)),
      m_status(new QComboBox(this)), m_year(new QComboBox(this)), m_region(new QComboBox(this)),
      m_text(new FilterField(this)), m_clear(new QPushButton(this)), m_count(new QLabel(this)),
      m_table(new QTableView(this)), m_yearChart(new QChartView(this)), m_regionChart(new QChartView(this))
{
    auto *filters = new QHBoxLayout;
    for (QComboBox *combo : {m_area, m_country, m_status, m_year, m_region}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        filters->addWidget(combo);
    }
    filters->addWidget(m_text, 1);
    filters->addWidget(m_clear);
    filters->addWidget(m_count);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filters);
    topLayout->addWidget(m_table, 1);

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_yearChart);
    charts->addWidget(m_regionChart);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    for (QChartView *view : {m_yearChart, m_regionChart}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(200, 180);
    }

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActivityTableModel::Year, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ActivityTableModel::Year, 60);
    m_table->setColumnWidth(ActivityTableModel::Title, 280);
    m_table->setColumnWidth(ActivityTableModel::Area, 170);

    auto comboChanged = [this](QComboBox *combo, auto apply) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, apply] {
            if (!m_isSyncing)
                apply(combo->currentData());
        });
    };
    comboChanged(m_area, [this](const QVariant &v) { m_model->setArea(v.toString()); });
    comboChanged(m_country, [this](const QVariant &v) { m_model->setCountry(v.toString()); });
    comboChanged(m_status, [this](const QVariant &v) { m_model->setStatus(v.toString()); });
    comboChanged(m_year, [this](const QVariant &v) { m_model->setYear(v.toInt()); });
    comboChanged(m_region, [this](const QVariant &v) { m_model->setRegion(v.toString()); });
    connect(m_text, &FilterField::filterChanged, m_model, &Core::ActivityFilterModel::setTextFilter);
    connect(m_clear, &QPushButton::clicked, m_model, [this] {
        m_text->clear();
        m_model->clearFilters();
    });
    connect(m_model, &Core::ActivityFilterModel::filtersChanged, this, &ActivityView::syncFilterWidgets);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &ActivityView::openIndex);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ActivityView::showContextMenu);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &ActivityView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityView::updateCount);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &ActivityView::updateCount);

    rebuildFilterLists();
    rebuildCharts();
    retranslateUi();
}

void ActivityView::setStatistics(const Core::ActivityStatistics &statistics)
{
    m_statistics = statistics;
    rebuildFilterLists();
    rebuildCharts();
    updateCount();
}

void ActivityView::refreshCountries()
{
    rebuildFilterLists();
}

void ActivityView::rebuildFilterLists()
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_area), QSignalBlocker(m_country), QSignalBlocker(m_status),
                                       QSignalBlocker(m_year), QSignalBlocker(m_region)};
    for (QComboBox *combo : {m_area, m_country, m_status, m_year, m_region}) {
        combo->clear();
        combo->addItem(QString(), QVariant()); // "All ...", named in retranslateUi()
    }
    for (const QString &area : m_statistics.areas())
        m_area->addItem(Core::DataLabels::area(area), area);
    for (const QString &status : Core::DataLabels::statuses())
        m_status->addItem(Core::DataLabels::status(status), status);
    QList<int> years = m_statistics.years();
    std::reverse(years.begin(), years.end()); // the latest first
    for (int year : std::as_const(years)) {
        if (m_statistics.countInYear(year) > 0)
            m_year->addItem(QString::number(year), year);
    }
    for (const QString &region : m_statistics.regions()) {
        if (!region.isEmpty())
            m_region->addItem(Core::DataLabels::region(region), region);
    }
    // Countries by their name in the content language, in its collation.
    if (auto *source = qobject_cast<ActivityTableModel *>(m_model->sourceModel())) {
        QList<std::pair<QString, QString>> countries; // name, key
        for (const QString &key : source->countryKeys())
            countries.append({source->countryName(key), key});
        QCollator collator{QLocale(m_model->language())};
        std::sort(countries.begin(), countries.end(),
                  [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
        for (const auto &[name, key] : std::as_const(countries))
            m_country->addItem(name, key);
    }
    m_year->setItemData(0, 0);
    syncFilterWidgets();
    retranslateUi();
}

void ActivityView::syncFilterWidgets()
{
    m_isSyncing = true;
    selectData(m_area, m_model->area());
    selectData(m_country, m_model->country());
    selectData(m_status, m_model->status());
    selectData(m_year, m_model->year());
    selectData(m_region, m_model->region());
    m_isSyncing = false;
    // Filters naming something this archive lacks are shown as "all"; make the model agree.
    if (m_area->currentIndex() == 0 && !m_model->area().isEmpty())
        m_model->setArea(QString());
    if (m_country->currentIndex() == 0 && !m_model->country().isEmpty())
        m_model->setCountry(QString());
    if (m_year->currentIndex() == 0 && m_model->year() != 0)
        m_model->setYear(0);
    if (m_region->currentIndex() == 0 && !m_model->region().isEmpty())
        m_model->setRegion(QString());
}

void ActivityView::rebuildCharts()
{
    const QList<int> &years = m_statistics.years();
    QStringList categories;
    int maxPerYear = 0;
    for (int year : years) {
        categories.append(QString::number(year));
        maxPerYear = std::max(maxPerYear, m_statistics.countInYear(year));
    }
    QChart *yearChart = newChart();
    m_yearSeries = new QStackedBarSeries;
    for (const QString &area : m_statistics.areas()) {
        auto *set = new QBarSet(Core::DataLabels::area(area));
        set->setColor(areaColour(area));
        set->setBorderColor(Qt::white);
        for (int year : years)
            set->append(m_statistics.count(year, area));
        connect(set, &QBarSet::clicked, this, &ActivityView::onYearBarClicked);
        m_yearSeries->append(set);
    }
    m_yearSeries->setBarWidth(0.8);
    yearChart->addSeries(m_yearSeries);
    auto *yearAxis = new QBarCategoryAxis;
    yearAxis->append(categories);
    yearAxis->setTitleText(tr("Year"));
    // Upright labels would overlap beyond a dozen years.
    yearAxis->setLabelsAngle(categories.size() > 12 ? -90 : 0);
    yearChart->addAxis(yearAxis, Qt::AlignBottom);
    m_yearSeries->attachAxis(yearAxis);
    QValueAxis *countY = countAxis(maxPerYear);
    countY->setTitleText(tr("Activities"));
    yearChart->addAxis(countY, Qt::AlignLeft);
    m_yearSeries->attachAxis(countY);
    yearChart->setTitle(tr("Activities per year, by policy area"));
    replaceChart(m_yearChart, yearChart);
    m_yearChart->setToolTip(tr("Click a bar to list the activities of that year"));

    QChart *regionChart = newChart();
    m_regionSeries = new QHorizontalBarSeries;
    auto *set = new QBarSet(tr("Activities"));
    set->setColor(QColor(0x4e, 0x79, 0xa7));
    QStringList regionNames;
    int maxPerRegion = 0;
    // Bottom to top in a horizontal chart: reversed, so that the list reads from the top.
    const QStringList regions(m_statistics.regions().crbegin(), m_statistics.regions().crend());
    for (const QString &region : regions) {
        regionNames.append(region.isEmpty() ? tr("Unknown") : Core::DataLabels::region(region));
        set->append(m_statistics.countInRegion(region));
        maxPerRegion = std::max(maxPerRegion, m_statistics.countInRegion(region));
    }
    connect(set, &QBarSet::clicked, this, &ActivityView::onRegionBarClicked);
    m_regionSeries->append(set);
    m_regionSeries->setLabelsVisible(true);
    regionChart->addSeries(m_regionSeries);
    auto *regionAxis = new QBarCategoryAxis;
    regionAxis->append(regionNames);
    regionChart->addAxis(regionAxis, Qt::AlignLeft);
    m_regionSeries->attachAxis(regionAxis);
    QValueAxis *countX = countAxis(maxPerRegion);
    countX->setTitleText(tr("Activities"));
    regionChart->addAxis(countX, Qt::AlignBottom);
    m_regionSeries->attachAxis(countX);
    regionChart->legend()->hide();
    regionChart->setTitle(tr("Activities per region"));
    replaceChart(m_regionChart, regionChart);
    m_regionChart->setToolTip(tr("Click a bar to list the activities of that region"));
}

void ActivityView::onYearBarClicked(int index)
{
    const QList<int> &years = m_statistics.years();
    if (index < 0 || index >= years.size())
        return;
    const int year = years.at(index);
    m_model->setYear(m_model->year() == year ? 0 : year); // a second click shows every year again
}

void ActivityView::onRegionBarClicked(int index)
{
    const QStringList &regions = m_statistics.regions();
    const qsizetype i = regions.size() - 1 - index; // the chart lists them reversed
    if (i < 0 || i >= regions.size())
        return;
    m_model->setRegion(m_model->region() == regions.at(i) ? QString() : regions.at(i));
}

void ActivityView::openIndex(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    QString docId;
    if (index.column() == ActivityTableModel::City)
        docId = index.data(Core::CityDocIdRole).toString();
    else if (index.column() == ActivityTableModel::Manuals)
        docId = index.data(Core::ManualIdsRole).toStringList().value(0);
    if (docId.isEmpty())
        docId = index.data(Core::DocIdRole).toString();
    if (!docId.isEmpty())
        Q_EMIT openDocument(docId);
}

void ActivityView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    auto add = [&](const QString &text, const QString &docId) {
        menu.addAction(text, this, [this, docId] { Q_EMIT openDocument(docId); });
    };
    //: context menu of an activity; %1 is its title
    add(tr("Open “%1”").arg(index.siblingAtColumn(ActivityTableModel::Title).data().toString()),
        index.data(Core::DocIdRole).toString());
    const QString city = index.data(Core::CityDocIdRole).toString();
    if (!city.isEmpty())
        //: context menu of an activity; %1 is a city
        add(tr("Open the city page: %1").arg(index.siblingAtColumn(ActivityTableModel::City).data().toString()), city);
    const QStringList ids = index.data(Core::ManualIdsRole).toStringList();
    const QStringList titles = index.data(Core::ManualTitlesRole).toStringList();
    if (!ids.isEmpty())
        menu.addSeparator();
    for (qsizetype i = 0; i < ids.size(); ++i)
        //: context menu of an activity; %1 is a policy manual
        add(tr("Open the manual: %1").arg(titles.value(i, ids.at(i))), ids.at(i));
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void ActivityView::updateCount()
{
    const int total = m_model->sourceModel() ? m_model->sourceModel()->rowCount() : 0;
    //: number of activities shown in the table, of all activities in the archive
    m_count->setText(tr("%1 of %2 activities").arg(m_model->rowCount()).arg(total));
}

void ActivityView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The charts' legends and axes and the filter lists hold translated names too.
        rebuildFilterLists(); // retranslates the rest
        rebuildCharts();
    }
    QWidget::changeEvent(event);
}

void ActivityView::retranslateUi()
{
    m_area->setItemText(0, tr("All policy areas"));
    m_country->setItemText(0, tr("All countries"));
    m_status->setItemText(0, tr("All statuses"));
    m_year->setItemText(0, tr("All years"));
    m_region->setItemText(0, tr("All regions"));
    m_text->setPlaceholderText(tr("Filter by activity, city or country"));
    m_clear->setText(tr("Show all"));
    m_clear->setToolTip(tr("Remove every filter"));
    m_table->setToolTip(tr("Double-click to open the activity, or its city or manual in those columns"));
    if (auto *source = qobject_cast<ActivityTableModel *>(m_model->sourceModel()))
        source->retranslate();
    updateCount();
}

} // namespace Ss::Ui
