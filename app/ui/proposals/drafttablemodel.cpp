// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "drafttablemodel.h"

#include "draftstatustext.h"

#include <core/data/dataroles.h>
#include <core/data/textmatch.h>

#include <QHash>
#include <QSet>

namespace Ss::Ui {

DraftTableModel::DraftTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

DraftTableModel::~DraftTableModel() = default;

bool DraftTableModel::sameRow(const Sync::DraftSummary &a, const Sync::DraftSummary &b)
{
    return a.id == b.id && a.title == b.title && a.status == b.status && a.updated == b.updated
        && a.sentAt == b.sentAt && a.serverId == b.serverId && a.serverStatus == b.serverStatus
        && a.serverReply == b.serverReply && a.lastError == b.lastError;
}

void DraftTableModel::setDrafts(const QList<Sync::DraftSummary> &drafts)
{
    QHash<qint64, const Sync::DraftSummary *> incoming;
    for (const Sync::DraftSummary &d : drafts)
        incoming.insert(d.id, &d);
    // Gone rows, from the bottom up so that the rows above keep their numbers.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (incoming.contains(m_rows.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    // Changed rows, in place.
    QSet<qint64> present;
    for (int row = 0; row < m_rows.size(); ++row) {
        const Sync::DraftSummary &now = *incoming.value(m_rows.at(row).id);
        present.insert(now.id);
        if (sameRow(m_rows.at(row), now))
            continue;
        m_rows[row] = now;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    // New rows at the end (the proxy sorts).
    QList<Sync::DraftSummary> added;
    for (const Sync::DraftSummary &d : drafts) {
        if (!present.contains(d.id))
            added.append(d);
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
}

int DraftTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void DraftTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int DraftTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DraftTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DraftTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Sync::DraftSummary &d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return DraftStatusText::title(d.title);
        case StatusColumn:
            return DraftStatusText::label(d);
        case UpdatedColumn:
            return DraftStatusText::dateTime(d.updated);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return DraftStatusText::title(d.title);
        return DraftStatusText::details(d);
    case Core::SortRole:
        switch (index.column()) {
        case TitleColumn:
            return d.title.simplified();
        case StatusColumn:
            return int(d.status);
        case UpdatedColumn:
            return d.updated.isValid() ? QVariant(qlonglong(d.updated.toMSecsSinceEpoch())) : QVariant();
        }
        break;
    case Core::MatchKeyRole:
        return Core::TextMatch::key({d.title, DraftStatusText::label(d), d.serverId});
    case DraftIdRole:
        return d.id;
    case StatusRole:
        return int(d.status);
    }
    return {};
}

QVariant DraftTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case UpdatedColumn:
        return tr("Last edited");
    }
    return {};
}

} // namespace Ss::Ui
