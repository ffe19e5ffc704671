// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "localesortproxymodel.h"

#include "dataroles.h"

namespace Ss::Core {

namespace {
bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

QCollator collatorFor(const QString &lang)
{
    QCollator c{QLocale(lang)};
    c.setCaseSensitivity(Qt::CaseInsensitive);
    c.setNumericMode(true); // "District 9" before "District 10"
    return c;
}
} // namespace

LocaleSortProxyModel::LocaleSortProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent), m_collator(collatorFor(m_lang))
{
    setSortRole(SortRole);
}

void LocaleSortProxyModel::setSourceModel(QAbstractItemModel *model)
{
    // Connected before the base class connects its own handlers, so that the keys are gone
    // before the proxy sorts again on a change of the source.
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    sourceChanged();
    if (model) {
        m_sourceConnections.append(
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &LocaleSortProxyModel::sourceChanged));
        m_sourceConnections.append(
            connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &LocaleSortProxyModel::sourceChanged));
        m_sourceConnections.append(
            connect(model, &QAbstractItemModel::dataChanged, this, &LocaleSortProxyModel::sourceChanged));
        for (auto signal : {&QAbstractItemModel::rowsAboutToBeInserted, &QAbstractItemModel::rowsAboutToBeRemoved})
            m_sourceConnections.append(connect(model, signal, this, &LocaleSortProxyModel::sourceChanged));
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void LocaleSortProxyModel::setLanguage(const QString &lang)
{
    if (lang == m_lang)
        return;
    m_lang = lang;
    m_collator = collatorFor(lang);
    m_sortKeys.clear();
    invalidate();
}

void LocaleSortProxyModel::setTextFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_match = TextMatch(text);
    refilter();
}

void LocaleSortProxyModel::refilter()
{
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    QList<bool> accepted(rows);
    for (int row = 0; row < rows; ++row)
        accepted[row] = accepts(row);
    if (!m_accepted.isEmpty() && accepted == m_accepted)
        return; // the same rows: nothing to tell the views
    m_accepted = accepted;
    // invalidateRowsFilter() reports every removed and inserted range on its own: typing one
    // letter into a sorted table of 1,000 rows made hundreds of signals, and views redo work for
    // each. invalidate() re-filters and re-sorts (cheap with the cached keys) in one layout change.
    invalidate();
}

void LocaleSortProxyModel::sourceChanged()
{
    m_sortKeys.clear();
    m_accepted.clear();
}

bool LocaleSortProxyModel::accepts(int sourceRow) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    if (!m_match.isEmpty() && !m_match.matches(index.data(MatchKeyRole).toString()))
        return false;
    return acceptsRow(index);
}

const QCollatorSortKey &LocaleSortProxyModel::sortKey(const QModelIndex &sourceIndex) const
{
    auto &column = m_sortKeys[sourceIndex.column()];
    if (column.size() <= size_t(sourceIndex.row()))
        column.resize(size_t(sourceModel()->rowCount()) + 1);
    std::optional<QCollatorSortKey> &key = column[size_t(sourceIndex.row())];
    if (!key)
        key = m_collator.sortKey(sourceIndex.data(sortRole()).toString());
    return *key;
}

bool LocaleSortProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Text cells seen before compare by their cached keys, without asking the model again.
    if (const auto column = m_sortKeys.constFind(left.column());
        column != m_sortKeys.cend() && left.column() == right.column()) {
        const size_t a = size_t(left.row()), b = size_t(right.row());
        if (a < column->size() && b < column->size() && (*column)[a] && (*column)[b]) {
            const int order = (*column)[a]->compare(*(*column)[b]);
            return order != 0 ? order < 0 : left.row() < right.row();
        }
    }
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    // Unknown values go after known ones in ascending order.
    if (!l.isValid() || !r.isValid()) {
        if (l.isValid() != r.isValid())
            return l.isValid();
        return left.row() < right.row();
    }
    int order = 0;
    if (isNumber(l) && isNumber(r)) {
        const double a = l.toDouble(), b = r.toDouble();
        order = a < b ? -1 : (b < a ? 1 : 0);
    } else {
        order = sortKey(left).compare(sortKey(right));
    }
    return order != 0 ? order < 0 : left.row() < right.row();
}

bool LocaleSortProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // A table: every row is top-level. The last refilter() may already know the answer.
    if (sourceParent.isValid())
        return false;
    return sourceRow < m_accepted.size() ? m_accepted.at(sourceRow) : accepts(sourceRow);
}

} // namespace Ss::Core
