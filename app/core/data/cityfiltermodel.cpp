// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "cityfiltermodel.h"

#include "dataroles.h"

namespace Ss::Core {

CityFilterModel::CityFilterModel(QObject *parent) : LocaleSortProxyModel(parent) {}

void CityFilterModel::setRegion(const QString &region)
{
    if (region == m_region)
        return;
    m_region = region;
    refilter();
}

void CityFilterModel::setRelation(const QString &relation)
{
    if (relation == m_relation)
        return;
    m_relation = relation;
    refilter();
}

bool CityFilterModel::acceptsRow(const QModelIndex &sourceIndex) const
{
    if (!m_region.isEmpty() && sourceIndex.data(RegionRole).toString() != m_region)
        return false;
    return m_relation.isEmpty() || sourceIndex.data(RelationRole).toString() == m_relation;
}

} // namespace Ss::Core
