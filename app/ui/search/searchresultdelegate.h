// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QStyledItemDelegate>

namespace Ss::Ui {

//! Draws a search hit: the title in bold, where it is, and the snippet with its <mark>ed terms.
class SearchResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum Role { DocIdRole = Qt::UserRole + 1, LangRole, WhereRole, SnippetRole };
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static QString html(const QModelIndex &index, const QPalette &palette);
};

} // namespace Ss::Ui
