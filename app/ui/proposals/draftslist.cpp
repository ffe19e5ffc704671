// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "draftslist.h"

#include "draftfiltermodel.h"
#include "draftstatustext.h"
#include "drafttablemodel.h"

#include <sync/draftstore.h>

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Ss::Ui {

using Sync::ProposalStatus;

namespace {
constexpr int kNoticeMs = 15'000; // how long Undo is offered
}

DraftsList::DraftsList(Sync::DraftStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new DraftTableModel(this))
    , m_proxy(new DraftFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_toolBar(new QToolBar(this))
    , m_view(new QTreeView(this))
    , m_details(new QLabel(this))
    , m_notice(new QWidget(this))
    , m_noticeText(new QLabel(m_notice))
    , m_noticeUndo(new QPushButton(m_notice))
    , m_noticeTimer(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DraftTableModel::UpdatedColumn, Qt::DescendingOrder);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DraftTableModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(DraftTableModel::StatusColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(DraftTableModel::UpdatedColumn, QHeaderView::ResizeToContents);
    m_filter->setClearButtonEnabled(true);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMargin(4);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize({16, 16});

    m_new = new QAction(this);
    m_new->setShortcut(QKeySequence::New);
    m_open = new QAction(this);
    m_duplicate = new QAction(this);
    m_delete = new QAction(this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_submit = new QAction(this);
    m_sync = new QAction(this);
    m_undo = new QAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    for (QAction *a : {m_new, m_open, m_duplicate, m_submit, m_sync, m_undo})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete->setShortcutContext(Qt::WidgetShortcut); // Delete in the filter field deletes a character
    m_toolBar->addActions({m_new, m_duplicate, m_delete});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_submit, m_sync});
    addAction(m_undo);
    addAction(m_new);
    m_view->addAction(m_delete);

    auto *noticeLayout = new QHBoxLayout(m_notice);
    noticeLayout->setContentsMargins(4, 2, 4, 2);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(m_noticeUndo);
    m_notice->setAutoFillBackground(true);
    m_notice->setBackgroundRole(QPalette::ToolTipBase);
    m_noticeText->setForegroundRole(QPalette::ToolTipText);
    m_noticeText->setWordWrap(true);
    m_notice->hide();
    m_noticeTimer->setSingleShot(true);
    m_noticeTimer->setInterval(kNoticeMs);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_notice);
    layout->addWidget(m_details);

    connect(m_new, &QAction::triggered, this, &DraftsList::newRequested);
    connect(m_open, &QAction::triggered, this, [this] {
        if (const qint64 id = currentDraftId())
            Q_EMIT openRequested(id);
    });
    connect(m_duplicate, &QAction::triggered, this, &DraftsList::duplicateCurrent);
    connect(m_delete, &QAction::triggered, this, &DraftsList::deleteCurrent);
    connect(m_submit, &QAction::triggered, this, [this] {
        if (const qint64 id = currentDraftId())
            Q_EMIT submitRequested(id);
    });
    connect(m_sync, &QAction::triggered, this, &DraftsList::syncNowRequested);
    connect(m_undo, &QAction::triggered, this, &DraftsList::undoDelete);
    connect(m_noticeUndo, &QPushButton::clicked, this, &DraftsList::undoDelete);
    connect(m_noticeTimer, &QTimer::timeout, this, &DraftsList::hideNotice);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &DraftFilterModel::setTextFilter);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(DraftTableModel::DraftIdRole).toLongLong());
    });
    connect(m_view, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addActions({m_open, m_duplicate, m_delete});
        menu.addSeparator();
        menu.addActions({m_submit, m_new});
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    // The selection can move without a click: rows removed, a filter, a re-sort.
    auto selectionMoved = [this] {
        updateActions();
        updateDetails();
        const qint64 id = currentDraftId();
        if (id != m_lastCurrent) {
            m_lastCurrent = id;
            Q_EMIT currentDraftChanged(id);
        }
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, selectionMoved);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, selectionMoved);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, selectionMoved);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, selectionMoved);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        updateDetails();
    });

    connect(m_store, &Sync::DraftStore::listChanged, this, &DraftsList::refresh);
    connect(m_store, &Sync::DraftStore::draftChanged, this, &DraftsList::refresh);
    retranslate();
    refresh();
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

DraftsList::~DraftsList() = default;

void DraftsList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DraftsList::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter proposals"));
    m_filter->setAccessibleName(tr("Filter proposals"));
    m_view->setAccessibleName(tr("Proposals"));
    m_new->setText(tr("&New"));
    m_new->setToolTip(tr("Start a new proposal"));
    m_open->setText(tr("&Open"));
    m_duplicate->setText(tr("D&uplicate"));
    m_duplicate->setToolTip(tr("Copy the selected proposal into a new draft"));
    m_delete->setText(tr("&Delete"));
    m_submit->setText(tr("&Submit…"));
    m_submit->setToolTip(tr("Check the selected draft and queue it for sending"));
    m_sync->setText(tr("S&ync Now"));
    m_sync->setToolTip(tr("Send waiting proposals and fetch replies now"));
    m_undo->setText(tr("&Undo Delete"));
    m_noticeUndo->setText(tr("&Undo"));
    m_proxy->setLanguage(QLocale().name().left(2));
    m_model->retranslate();
    updateActions();
    updateDetails();
}

void DraftsList::refresh()
{
    m_model->setDrafts(m_store->drafts());
    updateActions();
    updateDetails();
}

qint64 DraftsList::currentDraftId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(DraftTableModel::DraftIdRole).toLongLong() : 0;
}

bool DraftsList::selectDraft(qint64 id)
{
    m_model->setDrafts(m_store->drafts()); // a draft made a moment ago is there
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // hidden by the filter
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void DraftsList::setSyncAvailable(bool available)
{
    m_isSyncAvailable = available;
    updateActions();
}

void DraftsList::updateActions()
{
    const QModelIndex index = m_view->currentIndex();
    const bool has = index.isValid();
    const auto status = ProposalStatus(index.data(DraftTableModel::StatusRole).toInt());
    m_open->setEnabled(has);
    m_duplicate->setEnabled(has);
    m_delete->setEnabled(has && status != ProposalStatus::Queued);
    m_delete->setToolTip(has && status == ProposalStatus::Queued
                             ? tr("A proposal waiting to be sent must be withdrawn before it can be deleted")
                             : tr("Delete the selected proposal (can be undone)"));
    m_submit->setEnabled(has && status == ProposalStatus::Draft);
    m_sync->setEnabled(m_isSyncAvailable);
    m_undo->setEnabled(m_lastDeleted != 0);
}

void DraftsList::updateDetails()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        m_details->setText(m_model->rowCount() == 0 ? tr("No proposals yet. Choose New to start one.") : QString());
        return;
    }
    const int row = m_model->rowOf(index.data(DraftTableModel::DraftIdRole).toLongLong());
    const Sync::DraftSummary &d = m_model->summary(row);
    //: %1 the proposal's title, %2 what is known about its state (several lines)
    m_details->setText(tr("%1\n%2").arg(DraftStatusText::title(d.title), DraftStatusText::details(d)));
}

void DraftsList::duplicateCurrent()
{
    const qint64 id = currentDraftId();
    if (!id)
        return;
    Q_EMIT aboutToChangeDraft(id);
    const qint64 copy = m_store->duplicate(id);
    if (!copy) {
        showNotice(m_store->errorString(), false);
        return;
    }
    selectDraft(copy);
    Q_EMIT openRequested(copy);
}

void DraftsList::deleteCurrent()
{
    const qint64 id = currentDraftId();
    if (!id)
        return;
    Q_EMIT aboutToChangeDraft(id);
    const QString title = DraftStatusText::title(m_model->summary(m_model->rowOf(id)).title);
    // The row below (or above) takes the selection.
    const QModelIndex current = m_view->currentIndex();
    const QModelIndex next = current.siblingAtRow(current.row() + 1).isValid()
        ? current.siblingAtRow(current.row() + 1)
        : current.siblingAtRow(current.row() - 1);
    const qint64 nextId = next.isValid() ? next.data(DraftTableModel::DraftIdRole).toLongLong() : 0;
    if (!m_store->remove(id)) {
        showNotice(m_store->errorString(), false);
        return;
    }
    m_lastDeleted = id;
    //: %1 the title of the deleted proposal
    showNotice(tr("“%1” was deleted.").arg(title), true);
    if (nextId)
        selectDraft(nextId);
    updateActions();
}

void DraftsList::undoDelete()
{
    if (!m_lastDeleted)
        return;
    const qint64 id = std::exchange(m_lastDeleted, 0);
    if (!m_store->undoRemove(id)) {
        showNotice(m_store->errorString(), false);
        return;
    }
    hideNotice();
    selectDraft(id);
    updateActions();
}

void DraftsList::showNotice(const QString &text, bool canUndo)
{
    m_noticeText->setText(text);
    m_noticeUndo->setVisible(canUndo);
    m_notice->show();
    m_noticeTimer->start();
}

void DraftsList::hideNotice()
{
    m_noticeTimer->stop();
    m_notice->hide();
}

} // namespace Ss::Ui
