// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include "citychoice.h"
#include "policyareachoice.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;

namespace Ss::Sync {
class DraftStore;
class SyncEngine;
} // namespace Ss::Sync

namespace Ss::Ui {

class DraftsList;
class ProposalEditor;

/*! \brief The Business Proposal Corner: the drafts list beside the proposal form. The main window docks it or shows
 * it as a tab.
 *
 * Selecting a proposal in the list opens it in the form; New makes a draft at once (it is in the store before the
 * first keystroke); Submit validates in the form and queues the proposal, then asks the engine to send it. The
 * store (and the engine, which may be null: no sync) must outlive the widget. */
class ProposalsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalsWidget)

public:
    ProposalsWidget(Sync::DraftStore *store, Sync::SyncEngine *engine /* may be null */, QWidget *parent = nullptr);
    ~ProposalsWidget() override;

    //! The cities the form offers (CityChoice::fromArchive() of the open archive; empty without one).
    void setCityChoices(const QList<CityChoice> &cities);
    //! The policy areas the form offers (key and label in the UI language).
    void setPolicyAreas(const QList<PolicyAreaChoice> &areas);
    //! The archive that documents added from now on come from (RelatedDocument::archiveId).
    void setArchiveId(const QString &archiveId);

    //! Makes a new draft, selects it and puts the cursor in its title; returns its id (0 on failure).
    qint64 newDraft();
    //! Opens draft \a id in the form and selects it in the list.
    bool openDraft(qint64 id);
    //! Saves what is being typed now (before quitting).
    bool flush();

    ProposalEditor *editor() const { return m_editor; }
    DraftsList *draftsList() const { return m_list; }

public Q_SLOTS:
    /*! Adds an archive document to the open draft's related documents; when no draft is open, or the open one is
     *  submitted, a new draft is made for it. */
    void addRelatedDocument(const QString &docId, const QString &title);
    //! Opens draft \a id and submits it after confirmation (validation messages show when it is incomplete).
    void submitDraft(qint64 id);
    //! Sends waiting proposals and pulls replies now; asks for the sync settings when sync cannot run.
    void syncNow();
    void retranslate();

Q_SIGNALS:
    //! A related document was double-clicked in the form: show it in the browser.
    void openDocumentRequested(const QString &docId);
    //! Sync is not set up or needs a new token: show SyncSettingsDialog.
    void syncSettingsRequested();
    //! Something for the status bar (translated).
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCurrent(qint64 id);
    void onRejected(qint64 draftId, const QString &reason);

    Sync::DraftStore *m_store;
    Sync::SyncEngine *m_engine;
    DraftsList *m_list;
    ProposalEditor *m_editor;
    QStackedWidget *m_stack;
    QWidget *m_empty;
    QLabel *m_emptyText;
    QPushButton *m_emptyNew;
    QSplitter *m_splitter;
};

} // namespace Ss::Ui
