// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "dataviewswidget.h"

#include "activityview.h"
#include "cityview.h"
#include "worldmapview.h"

#include <core/data/activityfiltermodel.h>
#include <core/data/activitystatistics.h>
#include <core/data/activitytablemodel.h>
#include <core/data/cityfiltermodel.h>
#include <core/data/citytablemodel.h>
#include <core/data/datacatalog.h>

#include <QEvent>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Ss::Ui {

DataViewsWidget::DataViewsWidget(QWidget *parent)
    : QWidget(parent), m_cityModel(new Core::CityTableModel(this)), m_cityFilter(new Core::CityFilterModel(this)),
      m_activityModel(new Core::ActivityTableModel(this)), m_activityFilter(new Core::ActivityFilterModel(this)),
      m_tabs(new QTabWidget(this)), m_citySplitter(new QSplitter(Qt::Horizontal, m_tabs))
{
    m_cityFilter->setSourceModel(m_cityModel);
    m_activityFilter->setSourceModel(m_activityModel);
    m_cityView = new CityView(m_cityFilter, m_citySplitter);
    m_mapView = new WorldMapView(m_cityFilter, m_citySplitter);
    m_citySplitter->addWidget(m_cityView);
    m_citySplitter->addWidget(m_mapView);
    m_citySplitter->setStretchFactor(0, 1);
    m_citySplitter->setStretchFactor(1, 1);
    m_activityView = new ActivityView(m_activityFilter, m_tabs);
    m_tabs->addTab(m_citySplitter, QString());
    m_tabs->addTab(m_activityView, QString());
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_cityView, &CityView::openDocument, this, &DataViewsWidget::openDocument);
    connect(m_mapView, &WorldMapView::openDocument, this, &DataViewsWidget::openDocument);
    connect(m_activityView, &ActivityView::openDocument, this, &DataViewsWidget::openDocument);
    retranslateUi();
}

DataViewsWidget::~DataViewsWidget()
{
    // The views hold the filter models without owning them: let the views go first.
    delete m_tabs;
    m_tabs = nullptr;
}

void DataViewsWidget::setArchive(Core::ArchiveReader *reader)
{
    Core::DataCatalog catalog;
    catalog.load(reader); // an empty catalog when there is no open archive
    m_cityModel->setCatalog(catalog);
    m_activityModel->setCatalog(catalog);
    m_activityView->setStatistics(Core::ActivityStatistics(catalog));
}

void DataViewsWidget::setLanguage(const QString &lang)
{
    if (lang == m_lang)
        return;
    m_lang = lang;
    m_cityModel->setLanguage(lang);
    m_cityFilter->setLanguage(lang);
    m_activityModel->setLanguage(lang);
    m_activityFilter->setLanguage(lang);
    m_activityView->refreshCountries();
}

void DataViewsWidget::showCities()
{
    m_tabs->setCurrentIndex(0);
}

void DataViewsWidget::showActivities()
{
    m_tabs->setCurrentIndex(1);
}

void DataViewsWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_isSplit) { // half and half once the width is known; the table's size hint would take most
        m_isSplit = true;
        const int half = std::max(1, m_citySplitter->width() / 2);
        m_citySplitter->setSizes({half, half});
    }
}

void DataViewsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DataViewsWidget::retranslateUi()
{
    m_tabs->setTabText(0, tr("Cities"));
    m_tabs->setTabToolTip(0, tr("Seoul's overseas cities: table and world map"));
    m_tabs->setTabText(1, tr("Activities"));
    m_tabs->setTabToolTip(1, tr("Policy sharing activities: table and charts"));
}

} // namespace Ss::Ui
