// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include "datacatalog.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ss::Core {

/*! \brief What the activity charts show: activities per year stacked by policy area, and per
 * region of the activity's city.
 *
 * years() is the continuous range from the first to the last year (a year without activities is
 * a gap in the chart, not left out); areas() and regions() list the slugs that occur, in the
 * archive's canonical order (DataLabels), unknown slugs after them. Activities without a year
 * are counted per region but not per year; without a city, under the region "". */
class ActivityStatistics final
{
public:
    ActivityStatistics() = default;
    explicit ActivityStatistics(const DataCatalog &catalog);

    const QList<int> &years() const { return m_years; }
    const QStringList &areas() const { return m_areas; }
    const QStringList &regions() const { return m_regions; }
    int count(int year, const QString &area) const { return m_byYearArea.value(key(year, area)); }
    int countInYear(int year) const { return m_byYear.value(year); }
    int countInRegion(const QString &region) const { return m_byRegion.value(region); }
    int total() const { return m_total; }

private:
    static QString key(int year, const QString &area) { return QString::number(year) + u'/' + area; }

    QList<int> m_years;
    QStringList m_areas;
    QStringList m_regions;
    QHash<QString, int> m_byYearArea;
    QHash<int, int> m_byYear;
    QHash<QString, int> m_byRegion;
    int m_total = 0;
};

} // namespace Ss::Core
