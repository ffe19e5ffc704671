// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Ss::Ui {

//! The words of the status-bar sync widget, made at each call so that they follow a language switch.
class SyncStatusText final
{
    Q_DECLARE_TR_FUNCTIONS(Ss::Ui::SyncStatusText)

public:
    enum class State { NotSetUp, SignInNeeded, Offline, Online, Syncing };

    //! The state the widget shows for the engine's flags.
    static State state(bool isConfigured, bool isRunning, bool needsAuthentication, bool isOnline, bool isSyncing);
    static QString stateText(State state);
    //! "Nothing to send" / "1 proposal waiting" / "3 proposals waiting".
    static QString outboxText(int count);
    //! "Last sync: 14:02" today, with the date before today; "Not synced yet" when never.
    static QString lastSyncText(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTime());
};

} // namespace Ss::Ui
