// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "proposalswidget.h"

#include "draftslist.h"
#include "draftstatustext.h"
#include "proposaleditor.h"

#include <sync/draftstore.h>
#include <sync/syncengine.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Ss::Ui {

ProposalsWidget::ProposalsWidget(Sync::DraftStore *store, Sync::SyncEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_engine(engine)
    , m_list(new DraftsList(store, this))
    , m_editor(new ProposalEditor(store, this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QWidget(this))
    , m_emptyText(new QLabel(m_empty))
    , m_emptyNew(new QPushButton(m_empty))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_emptyNew, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_editor);

    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_list->setSyncAvailable(m_engine != nullptr);
    connect(m_list, &DraftsList::newRequested, this, &ProposalsWidget::newDraft);
    connect(m_list, &DraftsList::aboutToChangeDraft, m_editor, &ProposalEditor::flush);
    connect(m_emptyNew, &QPushButton::clicked, this, &ProposalsWidget::newDraft);
    connect(m_list, &DraftsList::currentDraftChanged, this, &ProposalsWidget::showCurrent);
    connect(m_list, &DraftsList::openRequested, this, [this](qint64 id) {
        if (openDraft(id))
            m_editor->setFocus(Qt::OtherFocusReason);
    });
    connect(m_list, &DraftsList::submitRequested, this, &ProposalsWidget::submitDraft);
    connect(m_list, &DraftsList::syncNowRequested, this, &ProposalsWidget::syncNow);
    connect(m_editor, &ProposalEditor::openDocumentRequested, this, &ProposalsWidget::openDocumentRequested);
    connect(m_editor, &ProposalEditor::duplicateRequested, this, [this](qint64 id) {
        m_list->selectDraft(id);
        m_list->duplicateCurrent();
    });
    connect(m_editor, &ProposalEditor::submitted, this, [this](qint64) {
        Q_EMIT statusMessage(tr("The proposal is queued and will be sent when the portal can be reached."));
        if (m_engine && m_engine->isRunning())
            m_engine->syncNow();
    });
    if (m_engine)
        connect(m_engine, &Sync::SyncEngine::proposalRejected, this, &ProposalsWidget::onRejected);

    retranslate();
    showCurrent(m_list->currentDraftId());
}

ProposalsWidget::~ProposalsWidget()
{
    m_editor->flush();
}

void ProposalsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProposalsWidget::retranslate()
{
    m_emptyText->setText(tr("Draft business proposals for the city here, even without a connection. "
                            "They are saved as you type and sent when you submit them and a connection is available."));
    m_emptyNew->setText(tr("New Proposal"));
}

void ProposalsWidget::setCityChoices(const QList<CityChoice> &cities)
{
    m_editor->setCityChoices(cities);
}

void ProposalsWidget::setPolicyAreas(const QList<PolicyAreaChoice> &areas)
{
    m_editor->setPolicyAreas(areas);
}

void ProposalsWidget::setArchiveId(const QString &archiveId)
{
    m_editor->setArchiveId(archiveId);
}

bool ProposalsWidget::flush()
{
    return m_editor->flush();
}

void ProposalsWidget::showCurrent(qint64 id)
{
    if (id == 0) {
        if (m_editor->hasDraft())
            m_editor->closeDraft();
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    if (m_editor->draftId() == id && m_editor->hasDraft()) {
        m_stack->setCurrentWidget(m_editor);
        return;
    }
    if (m_editor->openDraft(id))
        m_stack->setCurrentWidget(m_editor);
    else
        m_stack->setCurrentWidget(m_empty);
}

bool ProposalsWidget::openDraft(qint64 id)
{
    if (!m_list->selectDraft(id))
        return false;
    showCurrent(id); // selectDraft() opened it, unless it was already selected
    return m_editor->draftId() == id;
}

qint64 ProposalsWidget::newDraft()
{
    m_editor->flush();
    Sync::ProposalDraft draft;
    // The language of the proposal starts as the interface's.
    draft.language = QLocale().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
    if (!m_store->save(draft)) {
        Q_EMIT statusMessage(tr("A new proposal could not be created: %1").arg(m_store->errorString()));
        return 0;
    }
    openDraft(draft.id);
    if (QWidget *title = m_editor->fieldWidget(ProposalEditor::Field::Title))
        title->setFocus(Qt::OtherFocusReason);
    return draft.id;
}

void ProposalsWidget::addRelatedDocument(const QString &docId, const QString &title)
{
    if (!m_editor->isEditable()) {
        if (!newDraft())
            return;
    }
    if (m_editor->addRelatedDocument(docId, title))
        //: %1 document title
        Q_EMIT statusMessage(tr("“%1” was added to the proposal.").arg(title.isEmpty() ? docId : title));
}

void ProposalsWidget::submitDraft(qint64 id)
{
    if (!openDraft(id))
        return;
    m_editor->requestSubmit();
}

void ProposalsWidget::syncNow()
{
    if (!m_engine || !m_engine->isRunning() || m_engine->needsAuthentication()) {
        Q_EMIT syncSettingsRequested();
        return;
    }
    m_engine->syncNow();
}

void ProposalsWidget::onRejected(qint64 draftId, const QString &reason)
{
    //: %1 the portal's reason
    Q_EMIT statusMessage(tr("The portal returned a proposal: %1").arg(reason));
    if (m_editor->draftId() == draftId)
        m_editor->openDraft(draftId); // editable again, with the reason
}

} // namespace Ss::Ui
