// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <Qt>

namespace Ss::Core {

/*! \brief Item data roles shared by the city and activity table models and their proxies.
 *
 * Every role is available on every column of a row, except SortRole, which is per column. */
enum DataRole : int {
    DocIdRole = Qt::UserRole + 1, //!< QString: the document id of the row (city or activity page)
    SortRole,          //!< the column's value for sorting: QString, or a number (qlonglong / double); invalid = unknown
    RegionRole,        //!< QString: region slug (asia, europe, ...), of the city or of the activity's city
    RelationRole,      //!< QString: relation slug (sister, friendship, partner); cities only
    MatchKeyRole,      //!< QString: every name of the row in every language, folded for matching (TextMatch::fold)
    LatitudeRole,      //!< double, or invalid when the city has no coordinates
    LongitudeRole,     //!< double, or invalid
    YearRole,          //!< int (0 = unknown); activities only
    AreaRole,          //!< QString: policy-area slug; activities only
    StatusRole,        //!< QString: status slug (completed, ongoing, planned); activities only
    CountryKeyRole,    //!< QString: the country in the archive's default language, stable across languages
    CityDocIdRole,     //!< QString: the activity's city page, or empty; activities only
    ManualIdsRole,     //!< QStringList: the manuals an activity applied that the archive has; activities only
    ManualTitlesRole,  //!< QStringList: their titles in the content language, in the same order
    RelationSinceRole, //!< int: year the relation began (0 = unknown); cities only
};

} // namespace Ss::Core
