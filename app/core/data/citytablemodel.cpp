// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "citytablemodel.h"

#include "datalabels.h"
#include "dataroles.h"
#include "textmatch.h"

#include <QLocale>

namespace Ss::Core {

CityTableModel::CityTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void CityTableModel::setCatalog(const DataCatalog &catalog)
{
    beginResetModel();
    m_records = catalog.cities();
    if (!catalog.defaultLanguage().isEmpty())
        m_fallback = catalog.defaultLanguage();
    m_matchKeys.clear();
    m_rowByDocId.clear();
    m_matchKeys.reserve(m_records.size());
    for (int row = 0; row < m_records.size(); ++row) {
        const CityRecord &c = m_records.at(row);
        m_matchKeys.append(TextMatch::key(c.names.values() + c.countries.values()));
        m_rowByDocId.insert(c.docId, row);
    }
    cacheNames();
    endResetModel();
}

void CityTableModel::cacheNames()
{
    m_names.clear();
    m_countries.clear();
    m_names.reserve(m_records.size());
    m_countries.reserve(m_records.size());
    for (const CityRecord &c : std::as_const(m_records)) {
        m_names.append(DataCatalog::text(c.names, m_lang, m_fallback));
        m_countries.append(DataCatalog::text(c.countries, m_lang, m_fallback));
    }
}

void CityTableModel::setLanguage(const QString &lang)
{
    if (lang == m_lang)
        return;
    m_lang = lang;
    m_locale = QLocale(lang);
    cacheNames();
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CityTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int CityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CityRecord &c = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name) // the name in the other languages, for a reader of the other script
            return QStringList(c.names.values()).join(QStringLiteral(" · "));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= Since ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case DocIdRole:
        return c.docId;
    case SortRole:
        return sortValue(index.row(), index.column());
    case RegionRole:
        return c.region;
    case RelationRole:
        return c.relation;
    case RelationSinceRole:
        return c.since;
    case MatchKeyRole:
        return m_matchKeys.at(index.row());
    case LatitudeRole:
        return c.hasCoordinates ? QVariant(c.lat) : QVariant();
    case LongitudeRole:
        return c.hasCoordinates ? QVariant(c.lon) : QVariant();
    case CountryKeyRole: // the default language's name: the same whatever language is shown
        return DataCatalog::text(c.countries, m_fallback, m_fallback);
    default:
        return {};
    }
}

QVariant CityTableModel::display(int row, int column) const
{
    const CityRecord &c = m_records.at(row);
    const QLocale &locale = m_locale;
    switch (column) {
    case Name:
        return m_names.at(row);
    case Country:
        return m_countries.at(row);
    case Region:
        return DataLabels::region(c.region);
    case Relation:
        return DataLabels::relation(c.relation);
    case Since:
        return c.since > 0 ? QString::number(c.since) : QString(); // a year: no group separator
    case Population:
        return c.population >= 0 ? locale.toString(c.population) : QString();
    case Latitude:
        return c.hasCoordinates ? locale.toString(c.lat, 'f', 2) : QString();
    case Longitude:
        return c.hasCoordinates ? locale.toString(c.lon, 'f', 2) : QString();
    case Activities:
        return locale.toString(c.activityCount);
    default:
        return {};
    }
}

QVariant CityTableModel::sortValue(int row, int column) const
{
    const CityRecord &c = m_records.at(row);
    switch (column) {
    case Since:
        return c.since > 0 ? QVariant(qlonglong(c.since)) : QVariant();
    case Population:
        return c.population >= 0 ? QVariant(qlonglong(c.population)) : QVariant();
    case Latitude:
        return c.hasCoordinates ? QVariant(c.lat) : QVariant();
    case Longitude:
        return c.hasCoordinates ? QVariant(c.lon) : QVariant();
    case Activities:
        return qlonglong(c.activityCount);
    default:
        return display(row, column);
    }
}

QVariant CityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("City");
    case Country:
        return tr("Country");
    case Region:
        return tr("Region");
    case Relation:
        return tr("Relation");
    case Since:
        return tr("Since");
    case Population:
        return tr("Population");
    case Latitude:
        return tr("Latitude");
    case Longitude:
        return tr("Longitude");
    case Activities:
        return tr("Activities");
    default:
        return {};
    }
}

QHash<int, QByteArray> CityTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(DocIdRole, "docId");
    names.insert(RegionRole, "region");
    names.insert(RelationRole, "relation");
    names.insert(LatitudeRole, "latitude");
    names.insert(LongitudeRole, "longitude");
    return names;
}

} // namespace Ss::Core
