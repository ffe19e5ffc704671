// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include "localesortproxymodel.h"

namespace Ss::Core {

/*! \brief The city table as the user narrowed it: by region, by relation and by a text that
 * matches the Korean and English names of the city and its country; sorted with the content
 * language's collation (see LocaleSortProxyModel).
 *
 * The world map shows exactly the rows of this model, so one filter drives table and map. */
class CityFilterModel final : public LocaleSortProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CityFilterModel)
public:
    explicit CityFilterModel(QObject *parent = nullptr);

    //! A region slug (asia, europe, ...), or "" for all regions.
    void setRegion(const QString &region);
    QString region() const { return m_region; }
    //! A relation slug (sister, friendship, partner), or "" for all.
    void setRelation(const QString &relation);
    QString relation() const { return m_relation; }

protected:
    bool acceptsRow(const QModelIndex &sourceIndex) const override;

private:
    QString m_region;
    QString m_relation;
};

} // namespace Ss::Core
