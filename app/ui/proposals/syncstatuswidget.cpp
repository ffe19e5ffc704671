// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "syncstatuswidget.h"

#include "syncstatustext.h"

#include <sync/syncengine.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Ss::Ui {

SyncStatusWidget::SyncStatusWidget(Sync::SyncEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_state(new QLabel(this))
    , m_outbox(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_syncNow(new QToolButton(this))
{
    m_syncNow->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(m_outbox);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_syncNow);
    connect(m_syncNow, &QToolButton::clicked, this, &SyncStatusWidget::onSyncNow);
    if (m_engine) {
        using E = Sync::SyncEngine;
        for (auto signal : {&E::onlineChanged, &E::syncingChanged})
            connect(m_engine, signal, this, &SyncStatusWidget::refresh);
        connect(m_engine, &E::outboxCountChanged, this, &SyncStatusWidget::refresh);
        connect(m_engine, &E::lastSuccessChanged, this, &SyncStatusWidget::refresh);
        connect(m_engine, &E::authenticationRequired, this, &SyncStatusWidget::refresh);
        connect(m_engine, &E::errorOccurred, this, [this](const QString &message) {
            m_lastError = message;
            refresh();
        });
    }
    retranslate();
}

SyncStatusWidget::~SyncStatusWidget() = default;

void SyncStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SyncStatusWidget::retranslate()
{
    m_syncNow->setText(tr("Sync Now"));
    m_syncNow->setToolTip(tr("Send waiting proposals and fetch replies now"));
    refresh();
}

void SyncStatusWidget::refresh()
{
    const bool configured = m_engine && !m_engine->serverUrl().isEmpty();
    const SyncStatusText::State state =
        SyncStatusText::state(configured, m_engine && m_engine->isRunning(),
                              m_engine && m_engine->needsAuthentication(), m_engine && m_engine->isOnline(),
                              m_engine && m_engine->isSyncing());
    m_state->setText(SyncStatusText::stateText(state));
    const int count = m_engine ? m_engine->outboxCount() : 0;
    m_outbox->setText(SyncStatusText::outboxText(count));
    m_outbox->setVisible(configured || count > 0);
    m_lastSync->setText(SyncStatusText::lastSyncText(m_engine ? m_engine->lastSuccess() : QDateTime()));
    m_lastSync->setVisible(configured);
    m_syncNow->setEnabled(!(m_engine && m_engine->isSyncing()));
    //: tooltip of the sync status: %1 state, %2 the last problem
    setToolTip(m_lastError.isEmpty() || state == SyncStatusText::State::Online
                   ? m_state->text()
                   : tr("%1: %2").arg(m_state->text(), m_lastError));
    if (state == SyncStatusText::State::Online)
        m_lastError.clear();
}

QString SyncStatusWidget::stateText() const
{
    return m_state->text();
}

QString SyncStatusWidget::outboxText() const
{
    return m_outbox->text();
}

QString SyncStatusWidget::lastSyncText() const
{
    return m_lastSync->text();
}

void SyncStatusWidget::onSyncNow()
{
    if (!m_engine || m_engine->serverUrl().isEmpty() || !m_engine->isRunning() || m_engine->needsAuthentication()) {
        Q_EMIT settingsRequested();
        return;
    }
    m_engine->syncNow();
}

} // namespace Ss::Ui
