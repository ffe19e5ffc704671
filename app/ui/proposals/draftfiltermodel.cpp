// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "draftfiltermodel.h"

namespace Ss::Ui {

DraftFilterModel::DraftFilterModel(QObject *parent)
    : Core::LocaleSortProxyModel(parent)
{
    setDynamicSortFilter(true); // autosave changes "last edited" every second: keep the order true
}

DraftFilterModel::~DraftFilterModel() = default;

bool DraftFilterModel::acceptsRow(const QModelIndex &) const
{
    return true; // the text filter (base class) is the only criterion
}

} // namespace Ss::Ui
