// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace Ss::Sync {
class SyncEngine;
}

namespace Ss::Ui {

/*! \brief The status-bar view of proposal sync: online / offline, how many proposals wait, the last successful
 * sync, and Sync now. Driven by the engine's signals; with no engine it says that sync is off. */
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    explicit SyncStatusWidget(Sync::SyncEngine *engine /* may be null */, QWidget *parent = nullptr);
    ~SyncStatusWidget() override;

    QString stateText() const;
    QString outboxText() const;
    QString lastSyncText() const;

public Q_SLOTS:
    void retranslate();
    //! Shows the engine's state again (call it after the server address changed: SyncAccount::serverUrlChanged).
    void refresh();

Q_SIGNALS:
    //! Sync now was clicked while sync cannot run (not set up, signed out): show the settings.
    void settingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onSyncNow();

    Sync::SyncEngine *m_engine;
    QLabel *m_state;
    QLabel *m_outbox;
    QLabel *m_lastSync;
    QToolButton *m_syncNow;
    QString m_lastError;
};

} // namespace Ss::Ui
