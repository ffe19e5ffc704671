// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "activityfiltermodel.h"

#include "dataroles.h"

namespace Ss::Core {

ActivityFilterModel::ActivityFilterModel(QObject *parent) : LocaleSortProxyModel(parent) {}

template <typename T> void ActivityFilterModel::set(T &member, const T &value)
{
    if (member == value)
        return;
    member = value;
    refilter();
    Q_EMIT filtersChanged();
}

void ActivityFilterModel::setArea(const QString &area)
{
    set(m_area, area);
}

void ActivityFilterModel::setCountry(const QString &countryKey)
{
    set(m_country, countryKey);
}

void ActivityFilterModel::setStatus(const QString &status)
{
    set(m_status, status);
}

void ActivityFilterModel::setYear(int year)
{
    set(m_year, year);
}

void ActivityFilterModel::setRegion(const QString &region)
{
    set(m_region, region);
}

void ActivityFilterModel::clearFilters()
{
    m_area.clear();
    m_country.clear();
    m_status.clear();
    m_region.clear();
    m_year = 0;
    setTextFilter(QString());
    refilter();
    Q_EMIT filtersChanged();
}

bool ActivityFilterModel::acceptsRow(const QModelIndex &i) const
{
    return (m_area.isEmpty() || i.data(AreaRole).toString() == m_area) &&
           (m_country.isEmpty() || i.data(CountryKeyRole).toString() == m_country) &&
           (m_status.isEmpty() || i.data(StatusRole).toString() == m_status) &&
           (m_region.isEmpty() || i.data(RegionRole).toString() == m_region) &&
           (m_year == 0 || i.data(YearRole).toInt() == m_year);
}

} // namespace Ss::Core
