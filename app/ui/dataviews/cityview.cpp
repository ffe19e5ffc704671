// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "cityview.h"

#include "filterfield.h"

#include <core/data/cityfiltermodel.h>
#include <core/data/citytablemodel.h>
#include <core/data/datalabels.h>
#include <core/data/dataroles.h>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Ss::Ui {

using Core::CityTableModel;

CityView::CityView(Core::CityFilterModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_region(new QComboBox(this)), m_relation(new QComboBox(this)),
      m_text(new FilterField(this)), m_count(new QLabel(this)), m_table(new QTableView(this))
{
    for (const QString &slug : Core::DataLabels::regions())
        m_region->addItem(QString(), slug);
    m_region->insertItem(0, QString(), QString());
    for (const QString &slug : Core::DataLabels::relations())
        m_relation->addItem(QString(), slug);
    m_relation->insertItem(0, QString(), QString());
    m_region->setCurrentIndex(0);
    m_relation->setCurrentIndex(0);
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_relation->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_region);
    filters->addWidget(m_relation);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CityTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 1,000 rows to lay them out.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Fixed widths that fit the longest bundled names: measuring 1,000 rows would cost more than the table.
    const QFontMetrics fm = m_table->fontMetrics();
    const int pad = 2 * fm.horizontalAdvance(QLatin1Char('0'));
    const int digits = fm.horizontalAdvance(QStringLiteral("00,000,000"));
    m_table->setColumnWidth(CityTableModel::Name, fm.horizontalAdvance(QStringLiteral("Washington, D.C.")) + pad);
    m_table->setColumnWidth(CityTableModel::Country, fm.horizontalAdvance(QStringLiteral("United Kingdom")) + pad);
    m_table->setColumnWidth(CityTableModel::Region, fm.horizontalAdvance(QStringLiteral("Middle East & Africa")) + pad);
    m_table->setColumnWidth(CityTableModel::Relation, fm.horizontalAdvance(QStringLiteral("Friendship city")) + pad);
    m_table->setColumnWidth(CityTableModel::Since, fm.horizontalAdvance(QStringLiteral("Since 0")) + pad);
    m_table->setColumnWidth(CityTableModel::Population, digits + pad);
    m_table->setColumnHidden(CityTableModel::Latitude, true); // shown on the map; kept in the model for sorting
    m_table->setColumnHidden(CityTableModel::Longitude, true);

    connect(m_region, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setRegion(m_region->currentData().toString()); });
    connect(m_relation, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setRelation(m_relation->currentData().toString()); });
    connect(m_text, &FilterField::filterChanged, m_model, &Core::CityFilterModel::setTextFilter);
    // Double-click or Enter; not "activated", which some styles emit on a single click.
    connect(m_table, &QAbstractItemView::doubleClicked, this, &CityView::open);
    m_table->installEventFilter(this);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &CityView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CityView::updateCount);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &CityView::updateCount);
    retranslateUi();
}

void CityView::open(const QModelIndex &index)
{
    const QString docId = index.data(Core::DocIdRole).toString();
    if (!docId.isEmpty())
        Q_EMIT openDocument(docId);
}

bool CityView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_table->currentIndex().isValid()) {
            open(m_table->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CityView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CityView::retranslateUi()
{
    m_region->setItemText(0, tr("All regions"));
    for (int i = 1; i < m_region->count(); ++i)
        m_region->setItemText(i, Core::DataLabels::region(m_region->itemData(i).toString()));
    m_relation->setItemText(0, tr("All relations"));
    for (int i = 1; i < m_relation->count(); ++i)
        m_relation->setItemText(i, Core::DataLabels::relation(m_relation->itemData(i).toString()));
    m_region->setToolTip(tr("Show the cities of one region"));
    m_relation->setToolTip(tr("Show the cities of one kind of relation with Seoul"));
    m_text->setPlaceholderText(tr("Filter by city or country, in Korean or English"));
    m_table->setToolTip(tr("Double-click a city to open its page"));
    if (auto *source = qobject_cast<CityTableModel *>(m_model->sourceModel()))
        source->retranslate();
    updateCount();
}

void CityView::updateCount()
{
    const int total = m_model->sourceModel() ? m_model->sourceModel()->rowCount() : 0;
    //: number of cities shown in the table, of all cities in the archive
    m_count->setText(tr("%1 of %2 cities").arg(m_model->rowCount()).arg(total));
}

} // namespace Ss::Ui
