// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "syncstatustext.h"

#include <QLocale>

namespace Ss::Ui {

SyncStatusText::State SyncStatusText::state(bool isConfigured, bool isRunning, bool needsAuthentication,
                                            bool isOnline, bool isSyncing)
{
    if (!isConfigured)
        return State::NotSetUp;
    // SyncAccount runs the engine whenever there is an address and a token: stopped means signed out.
    if (needsAuthentication || !isRunning)
        return State::SignInNeeded;
    if (!isOnline)
        return State::Offline;
    return isSyncing ? State::Syncing : State::Online;
}

QString SyncStatusText::stateText(State state)
{
    switch (state) {
    case State::NotSetUp:
        //: status bar: no proposal server is configured
        return tr("Sync off");
    case State::SignInNeeded:
        return tr("Sign-in needed");
    case State::Offline:
        return tr("Offline");
    case State::Online:
        return tr("Online");
    case State::Syncing:
        return tr("Syncing…");
    }
    return {};
}

QString SyncStatusText::outboxText(int count)
{
    if (count <= 0)
        return tr("Nothing to send");
    if (count == 1)
        return tr("1 proposal waiting");
    //: %1 number (2 or more) of submitted proposals waiting in the outbox
    return tr("%1 proposals waiting").arg(count);
}

QString SyncStatusText::lastSyncText(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return tr("Not synced yet");
    const QDateTime local = when.toLocalTime();
    const QString time = local.date() == now.toLocalTime().date()
        ? QLocale().toString(local.time(), QLocale::ShortFormat)
        : QLocale().toString(local, QLocale::ShortFormat);
    //: %1 time (today) or date and time of the last successful sync
    return tr("Last sync: %1").arg(time);
}

} // namespace Ss::Ui
