// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTimer;
class QToolBar;
class QTreeView;

namespace Ss::Sync {
class DraftStore;
}

namespace Ss::Ui {

class DraftFilterModel;
class DraftTableModel;

/*! \brief The list of proposals: title, status (with the city's reply in the details below), last edited; sortable,
 * with a filter field, and the actions New, Open, Duplicate, Delete (undoable), Submit and Sync now.
 *
 * Duplicate and Delete act on the DraftStore directly; New, Open, Submit and Sync now are signals, because the
 * form has a say in them (ProposalsWidget connects them). The list follows the store's signals. */
class DraftsList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftsList)

public:
    explicit DraftsList(Sync::DraftStore *store, QWidget *parent = nullptr);
    ~DraftsList() override;

    //! The selected draft, or 0.
    qint64 currentDraftId() const;
    //! Selects draft \a id (clearing a filter that hides it); false when it is not in the list.
    bool selectDraft(qint64 id);
    //! Whether "Sync now" can do something (there is a sync engine).
    void setSyncAvailable(bool available);
    //! Reads the drafts from the store again (the store's signals do this by themselves).
    void refresh();

    DraftTableModel *model() const { return m_model; }
    DraftFilterModel *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filter; }

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *submitAction() const { return m_submit; }
    QAction *syncAction() const { return m_sync; }
    QAction *undoAction() const { return m_undo; }

public Q_SLOTS:
    void duplicateCurrent();
    //! Hides the selected draft (the store keeps it until the next start) and offers Undo.
    void deleteCurrent();
    //! Brings back the draft deleted last.
    void undoDelete();
    void retranslate();

Q_SIGNALS:
    void newRequested();
    //! About to duplicate or delete draft \a id: the form saves what is being typed first (direct connection).
    void aboutToChangeDraft(qint64 id);
    //! The selection moved to draft \a id (0: none).
    void currentDraftChanged(qint64 id);
    //! Open was chosen (Enter, double-click): show the draft and focus the form.
    void openRequested(qint64 id);
    void submitRequested(qint64 id);
    void syncNowRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateActions();
    void updateDetails();
    void showNotice(const QString &text, bool canUndo);
    void hideNotice();

    Sync::DraftStore *m_store;
    DraftTableModel *m_model;
    DraftFilterModel *m_proxy;
    QLineEdit *m_filter;
    QToolBar *m_toolBar;
    QTreeView *m_view;
    QLabel *m_details;
    QWidget *m_notice;
    QLabel *m_noticeText;
    QPushButton *m_noticeUndo;
    QTimer *m_noticeTimer;
    QAction *m_new;
    QAction *m_open;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_submit;
    QAction *m_sync;
    QAction *m_undo;
    qint64 m_lastDeleted = 0;
    qint64 m_lastCurrent = -1;
    bool m_isSyncAvailable = false;
};

} // namespace Ss::Ui
