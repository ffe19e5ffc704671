// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QAbstractItemModel>
#include <QIcon>
#include <QString>

namespace Ss::Core {
class ArchiveReader;
}

namespace Ss::Ui {

/*! \brief The archive's node tree for a QTreeView: sections, folders and documents in the
 * archive's order, titled in the chosen language, with an icon per kind and a count per folder.
 *
 * Each index's internalId is the node's index in ArchiveReader::nodes(). */
class ArchiveTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { DocIdRole = Qt::UserRole + 1, KindRole };

    explicit ArchiveTreeModel(QObject *parent = nullptr);

    void setArchive(Core::ArchiveReader *reader, const QString &lang);
    void setLanguage(const QString &lang);
    QModelIndex indexOfNode(int node) const;
    int nodeOf(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int documentCount(int node) const;

    Core::ArchiveReader *m_reader = nullptr;
    QString m_lang;
};

} // namespace Ss::Ui
