// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <sync/draftstore.h>

#include <QAbstractTableModel>
#include <QList>

namespace Ss::Ui {

/*! \brief The drafts list as a table: title, status, last edited; one row per Sync::DraftSummary.
 *
 * setDrafts() merges a new list into the rows (changed rows are updated in place, gone rows removed, new rows
 * appended), so that the view keeps its selection and scroll position while autosave updates a row every second.
 * Sorting and filtering are DraftFilterModel's: Core::SortRole gives each column's sort value, Core::MatchKeyRole
 * the text the filter matches (title and status). */
class DraftTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftTableModel)

public:
    enum Column { TitleColumn, StatusColumn, UpdatedColumn, ColumnCount };
    enum Role {
        DraftIdRole = Qt::UserRole + 64, //!< qint64: the draft's id (every column)
        StatusRole,                      //!< int: Sync::ProposalStatus (every column)
    };

    explicit DraftTableModel(QObject *parent = nullptr);
    ~DraftTableModel() override;

    void setDrafts(const QList<Sync::DraftSummary> &drafts);
    const QList<Sync::DraftSummary> &drafts() const { return m_rows; }
    //! Row of draft \a id, or -1.
    int rowOf(qint64 id) const;
    const Sync::DraftSummary &summary(int row) const { return m_rows.at(row); }
    //! The UI language changed: headers and status words are made again.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static bool sameRow(const Sync::DraftSummary &a, const Sync::DraftSummary &b);

    QList<Sync::DraftSummary> m_rows;
};

} // namespace Ss::Ui
