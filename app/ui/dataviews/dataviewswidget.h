// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QWidget>

class QSplitter;
class QTabWidget;

namespace Ss::Core {
class ActivityFilterModel;
class ActivityTableModel;
class ArchiveReader;
class CityFilterModel;
class CityTableModel;
} // namespace Ss::Core

namespace Ss::Ui {

class ActivityView;
class CityView;
class WorldMapView;

/*! \brief The data views of an archive, as two tabs: Cities (table and world map side by side,
 * one filter for both) and Activities (table and charts).
 *
 * It owns the models. setArchive() reads the cities and activities of an open archive at once
 * and keeps no reference to the reader, so the caller may close or replace the archive later
 * (call setArchive() again, or with nullptr to empty the views). Every request to show a page
 * (double-click in a table, click on a marker) comes out as openDocument(). */
class DataViewsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataViewsWidget)
public:
    explicit DataViewsWidget(QWidget *parent = nullptr);
    ~DataViewsWidget() override;

    //! Reads the data of \a reader (open, same thread); nullptr shows nothing.
    void setArchive(Core::ArchiveReader *reader);
    //! The content language ("ko", "en"): city, country and document names, and the sort order.
    void setLanguage(const QString &lang);
    QString language() const { return m_lang; }

    void showCities();
    void showActivities();

    CityView *cityView() const { return m_cityView; }
    WorldMapView *mapView() const { return m_mapView; }
    ActivityView *activityView() const { return m_activityView; }
    QTabWidget *tabs() const { return m_tabs; }
    Core::CityTableModel *cityModel() const { return m_cityModel; }
    Core::CityFilterModel *cityFilter() const { return m_cityFilter; }
    Core::ActivityTableModel *activityModel() const { return m_activityModel; }
    Core::ActivityFilterModel *activityFilter() const { return m_activityFilter; }

Q_SIGNALS:
    //! The user asked to see the page \a docId (a city, an activity or a manual).
    void openDocument(const QString &docId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();

    QString m_lang = QStringLiteral("en");
    bool m_isSplit = false;
    Core::CityTableModel *m_cityModel;
    Core::CityFilterModel *m_cityFilter;
    Core::ActivityTableModel *m_activityModel;
    Core::ActivityFilterModel *m_activityFilter;
    QTabWidget *m_tabs;
    QSplitter *m_citySplitter;
    CityView *m_cityView;
    WorldMapView *m_mapView;
    ActivityView *m_activityView;
};

} // namespace Ss::Ui
