// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "searchresultdelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace Ss::Ui {

QString SearchResultDelegate::html(const QModelIndex &index, const QPalette &palette)
{
    const QString muted = palette.color(QPalette::PlaceholderText).name();
    QString snippet = index.data(SnippetRole).toString();
    snippet.replace(QStringLiteral("<mark>"), QStringLiteral("<b style=\"background:#ffe58a;color:#000\">"));
    snippet.replace(QStringLiteral("</mark>"), QStringLiteral("</b>"));
    return QStringLiteral("<div><b>%1</b><br><span style=\"color:%2\">%3</span><br>%4</div>")
        .arg(index.data(Qt::DisplayRole).toString().toHtmlEscaped(), muted,
             index.data(WhereRole).toString().toHtmlEscaped(), snippet);
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    QTextDocument doc;
    doc.setDefaultFont(opt.font);
    doc.setHtml(html(index, opt.palette));
    doc.setTextWidth(opt.rect.width() - 8);
    painter->save();
    painter->translate(opt.rect.topLeft() + QPoint(4, 2));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    if (opt.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument doc;
    doc.setDefaultFont(option.font);
    doc.setHtml(html(index, option.palette));
    doc.setTextWidth(qMax(200, option.rect.width() - 8));
    return {int(doc.idealWidth()), int(doc.size().height()) + 6};
}

} // namespace Ss::Ui
