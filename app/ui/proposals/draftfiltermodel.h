// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <core/data/localesortproxymodel.h>

namespace Ss::Ui {

/*! \brief Sorts and filters the drafts list (over DraftTableModel): titles in the collation of the UI language
 * (가나다 order in Korean), statuses in their life order, dates in time order; the text filter matches titles,
 * status words and portal references (Core::TextMatch, so 초성 and half-composed syllables match too). */
class DraftFilterModel final : public Core::LocaleSortProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftFilterModel)

public:
    explicit DraftFilterModel(QObject *parent = nullptr);
    ~DraftFilterModel() override;

protected:
    bool acceptsRow(const QModelIndex &sourceIndex) const override;
};

} // namespace Ss::Ui
