// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "activitytablemodel.h"

#include "datalabels.h"
#include "dataroles.h"
#include "textmatch.h"

namespace Ss::Core {

ActivityTableModel::ActivityTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ActivityTableModel::setCatalog(const DataCatalog &catalog)
{
    beginResetModel();
    m_records = catalog.activities();
    m_cities = catalog.cities();
    if (!catalog.defaultLanguage().isEmpty())
        m_fallback = catalog.defaultLanguage();
    m_matchKeys.clear();
    m_countryKeys.clear();
    m_countryNames.clear();
    for (const ActivityRecord &a : std::as_const(m_records)) {
        // An activity without its own country field takes its city's.
        const LocalizedText countries =
            !a.countries.isEmpty() || a.city < 0 ? a.countries : m_cities.at(a.city).countries;
        const QString key = DataCatalog::text(countries, m_fallback, m_fallback);
        m_countryKeys.append(key);
        if (!key.isEmpty() && !m_countryNames.contains(key))
            m_countryNames.insert(key, countries);
        QStringList names = a.titles.values() + countries.values();
        if (a.city >= 0)
            names += m_cities.at(a.city).names.values();
        m_matchKeys.append(TextMatch::key(names));
    }
    endResetModel();
}

void ActivityTableModel::setLanguage(const QString &lang)
{
    if (lang == m_lang)
        return;
    m_lang = lang;
    m_locale = QLocale(lang);
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ActivityTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString ActivityTableModel::countryName(const QString &key) const
{
    const auto it = m_countryNames.constFind(key);
    return it == m_countryNames.cend() ? key : DataCatalog::text(*it, m_lang, m_fallback);
}

QStringList ActivityTableModel::countryKeys() const
{
    QStringList keys = m_countryNames.keys();
    keys.sort();
    return keys;
}

int ActivityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ActivityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityTableModel::cityName(int row) const
{
    const ActivityRecord &a = m_records.at(row);
    return a.city >= 0 ? DataCatalog::text(m_cities.at(a.city).names, m_lang, m_fallback) : QString();
}

QStringList ActivityTableModel::manualTitles(int row) const
{
    QStringList out;
    for (const LinkedDocument &m : m_records.at(row).manuals)
        out.append(m.titles.isEmpty() ? m.docId : DataCatalog::text(m.titles, m_lang, m_fallback));
    return out;
}

QVariant ActivityTableModel::display(int row, int column) const
{
    const ActivityRecord &a = m_records.at(row);
    switch (column) {
    case Year:
        return a.year > 0 ? QString::number(a.year) : QString();
    case Title:
        return DataCatalog::text(a.titles, m_lang, m_fallback);
    case Country:
        return countryName(m_countryKeys.at(row));
    case City:
        return cityName(row);
    case Area:
        return DataLabels::area(a.area);
    case Status:
        return DataLabels::status(a.status);
    case Manuals:
        return manualTitles(row).join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant ActivityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const ActivityRecord &a = m_records.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Manuals)
            return manualTitles(row).join(QChar(u'\n'));
        if (index.column() == Title) {
            const QStringList partners =
                a.partners.value(m_lang, a.partners.value(m_fallback, a.partners.value(QString())));
            //: tooltip of an activity's title; %1 lists the organisations involved
            return partners.isEmpty() ? QVariant()
                                      : QVariant(tr("Partners: %1").arg(partners.join(QStringLiteral(", "))));
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Year:
            return a.year > 0 ? QVariant(qlonglong(a.year)) : QVariant();
        case Area: // listed in the archive's order of the policy areas, not alphabetically
            return qlonglong(DataLabels::rank(DataLabels::areas(), a.area));
        case Status:
            return qlonglong(DataLabels::rank(DataLabels::statuses(), a.status));
        default:
            return display(row, index.column());
        }
    case DocIdRole:
        return a.docId;
    case YearRole:
        return a.year;
    case AreaRole:
        return a.area;
    case StatusRole:
        return a.status;
    case CountryKeyRole:
        return m_countryKeys.at(row);
    case RegionRole:
        return a.city >= 0 ? m_cities.at(a.city).region : QString();
    case CityDocIdRole:
        return a.city >= 0 ? a.cityId : QString();
    case ManualIdsRole:
    case ManualTitlesRole: {
        QStringList out;
        for (const LinkedDocument &m : a.manuals) {
            if (!m.titles.isEmpty()) // only the manuals the archive has can be opened
                out.append(role == ManualIdsRole ? m.docId : DataCatalog::text(m.titles, m_lang, m_fallback));
        }
        return out;
    }
    case MatchKeyRole:
        return m_matchKeys.at(row);
    default:
        return {};
    }
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Year:
        return tr("Year");
    case Title:
        return tr("Activity");
    case Country:
        return tr("Country");
    case City:
        return tr("City");
    case Area:
        return tr("Policy area");
    case Status:
        return tr("Status");
    case Manuals:
        return tr("Manuals applied");
    default:
        return {};
    }
}

} // namespace Ss::Core
