// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "activitystatistics.h"

#include "datalabels.h"

#include <algorithm>

namespace Ss::Core {

namespace {
void sortByRank(QStringList &slugs, const QStringList &order)
{
    std::sort(slugs.begin(), slugs.end(), [&](const QString &a, const QString &b) {
        const int ra = DataLabels::rank(order, a), rb = DataLabels::rank(order, b);
        return ra != rb ? ra < rb : a < b;
    });
}
} // namespace

ActivityStatistics::ActivityStatistics(const DataCatalog &catalog)
{
    int first = 0, last = 0;
    for (const ActivityRecord &a : catalog.activities()) {
        ++m_total;
        const QString region = a.city >= 0 ? catalog.cities().at(a.city).region : QString();
        ++m_byRegion[region];
        if (!m_regions.contains(region))
            m_regions.append(region);
        if (a.year <= 0)
            continue;
        ++m_byYearArea[key(a.year, a.area)];
        ++m_byYear[a.year];
        if (!m_areas.contains(a.area))
            m_areas.append(a.area);
        first = first == 0 ? a.year : std::min(first, a.year);
        last = std::max(last, a.year);
    }
    // A corrupt year (say 20025) must not make a chart of 18,000 bars.
    if (last - first > 200)
        first = last - 200;
    for (int y = first; first > 0 && y <= last; ++y)
        m_years.append(y);
    sortByRank(m_areas, DataLabels::areas());
    sortByRank(m_regions, DataLabels::regions());
}

} // namespace Ss::Core
