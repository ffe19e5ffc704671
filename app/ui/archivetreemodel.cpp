// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "archivetreemodel.h"

#include <core/archive/archivereader.h>

#include <QApplication>
#include <QStyle>

namespace Ss::Ui {

ArchiveTreeModel::ArchiveTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ArchiveTreeModel::setArchive(Core::ArchiveReader *reader, const QString &lang)
{
    beginResetModel();
    m_reader = reader;
    m_lang = lang;
    endResetModel();
}

void ArchiveTreeModel::setLanguage(const QString &lang)
{
    // Titles change everywhere but no index moves: a layout change keeps expansion and selection.
    Q_EMIT layoutAboutToBeChanged();
    m_lang = lang;
    Q_EMIT layoutChanged();
}

int ArchiveTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

QModelIndex ArchiveTreeModel::indexOfNode(int node) const
{
    if (!m_reader || node < 0 || node >= m_reader->nodes().size())
        return {};
    const int parent = m_reader->nodes().at(node).parent;
    const QList<int> &siblings = parent < 0 ? m_reader->roots() : m_reader->nodes().at(parent).children;
    return createIndex(int(siblings.indexOf(node)), 0, quintptr(node));
}

QModelIndex ArchiveTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_reader || column != 0 || row < 0)
        return {};
    const QList<int> &list = parent.isValid() ? m_reader->nodes().at(nodeOf(parent)).children : m_reader->roots();
    return row < list.size() ? createIndex(row, 0, quintptr(list.at(row))) : QModelIndex();
}

QModelIndex ArchiveTreeModel::parent(const QModelIndex &child) const
{
    if (!m_reader || !child.isValid())
        return {};
    return indexOfNode(m_reader->nodes().at(nodeOf(child)).parent);
}

int ArchiveTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_reader)
        return 0;
    if (!parent.isValid())
        return int(m_reader->roots().size());
    return int(m_reader->nodes().at(nodeOf(parent)).children.size());
}

int ArchiveTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

int ArchiveTreeModel::documentCount(int node) const
{
    int count = 0;
    for (int child : m_reader->nodes().at(node).children)
        count += m_reader->nodes().at(child).isFolder ? documentCount(child) : 1;
    return count;
}

QVariant ArchiveTreeModel::data(const QModelIndex &index, int role) const
{
    if (!m_reader || !index.isValid())
        return {};
    const int node = nodeOf(index);
    const Core::ArchiveNode &n = m_reader->nodes().at(node);
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = n.title(m_lang, m_reader->metadata().defaultLanguage);
        return n.isFolder && !n.children.isEmpty() ? tr("%1 (%2)").arg(title).arg(documentCount(node)) : title;
    }
    case Qt::ToolTipRole:
        return n.texts.value(n.languageFor(m_lang, m_reader->metadata().defaultLanguage)).summary;
    case Qt::DecorationRole: {
        QStyle *style = QApplication::style();
        if (n.isFolder)
            return style->standardIcon(QStyle::SP_DirIcon);
        if (n.kind == u"city")
            return style->standardIcon(QStyle::SP_DriveNetIcon);
        if (n.kind == u"activity")
            return style->standardIcon(QStyle::SP_DialogApplyButton);
        if (n.kind == u"manual")
            return style->standardIcon(QStyle::SP_FileDialogDetailedView);
        return style->standardIcon(QStyle::SP_FileIcon);
    }
    case DocIdRole:
        return n.docId;
    case KindRole:
        return n.kind;
    case Qt::AccessibleTextRole:
        return n.title(m_lang, m_reader->metadata().defaultLanguage);
    default:
        return {};
    }
}

} // namespace Ss::Ui
