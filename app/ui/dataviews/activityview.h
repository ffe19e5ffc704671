// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <core/data/activitystatistics.h>

#include <QWidget>

class QHorizontalBarSeries;
class QChartView;
class QComboBox;
class QLabel;
class QModelIndex;
class QPushButton;
class QStackedBarSeries;
class QTableView;

namespace Ss::Core {
class ActivityFilterModel;
}

namespace Ss::Ui {

class FilterField;

/*! \brief The policy sharing activities: a filterable table, a chart of activities per year
 * stacked by policy area and a chart per region.
 *
 * Clicking a year's bar shows that year's activities in the table (clicking it again shows all
 * years); clicking a region's bar does the same for the region. The charts show every activity
 * of the archive, whatever the filter, so that they stay a map of where to click. Double-clicking
 * a row opens the activity, or its city or first manual when the click is in that column; the
 * context menu offers all of them. The view does not own \a model. */
class ActivityView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityView)
public:
    explicit ActivityView(Core::ActivityFilterModel *model, QWidget *parent = nullptr);

    //! Rebuilds the charts and the filter lists for these figures (after an archive was loaded).
    void setStatistics(const Core::ActivityStatistics &statistics);
    //! Call after the content language changed: country names in the filter list.
    void refreshCountries();

    QTableView *tableView() const { return m_table; }
    QChartView *yearChartView() const { return m_yearChart; }
    QChartView *regionChartView() const { return m_regionChart; }
    QStackedBarSeries *yearSeries() const { return m_yearSeries; }
    QHorizontalBarSeries *regionSeries() const { return m_regionSeries; }
    QComboBox *areaCombo() const { return m_area; }
    QComboBox *countryCombo() const { return m_country; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *yearCombo() const { return m_year; }
    QComboBox *regionCombo() const { return m_region; }

Q_SIGNALS:
    void openDocument(const QString &docId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildCharts();
    void rebuildFilterLists();
    void syncFilterWidgets();
    void openIndex(const QModelIndex &index);
    void showContextMenu(const QPoint &pos);
    void onYearBarClicked(int index);
    void onRegionBarClicked(int index);
    void updateCount();

    Core::ActivityFilterModel *m_model;
    Core::ActivityStatistics m_statistics;
    QComboBox *m_area;
    QComboBox *m_country;
    QComboBox *m_status;
    QComboBox *m_year;
    QComboBox *m_region;
    FilterField *m_text;
    QPushButton *m_clear;
    QLabel *m_count;
    QTableView *m_table;
    QChartView *m_yearChart;
    QChartView *m_regionChart;
    QStackedBarSeries *m_yearSeries = nullptr;
    QHorizontalBarSeries *m_regionSeries = nullptr;
    bool m_isSyncing = false; // filter widgets being set from the model: do not write back
};

} // namespace Ss::Ui
