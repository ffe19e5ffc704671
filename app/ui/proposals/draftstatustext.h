// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <sync/draftstore.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Ss::Ui {

/*! \brief The words the drafts list and the form use for a proposal's state, made at each call (so they follow a
 * language switch). Statuses come from ProposalDraft::statusText(); a status word of the server that the app does
 * not know is shown as the server wrote it (docs/sync-protocol.md, status pull). */
class DraftStatusText final
{
    Q_DECLARE_TR_FUNCTIONS(Ss::Ui::DraftStatusText)

public:
    //! The short label of the status column ("Draft", "Under review", "Draft · returned").
    static QString label(const Sync::DraftSummary &draft);
    /*! Everything known about the state, one paragraph per line (plain text): what happens next, the portal's
     *  reference, when it was sent, the reason it was returned, and the portal's reply. */
    static QString details(const Sync::DraftSummary &draft);
    //! The list's title cell: the title, or a placeholder for an untitled draft.
    static QString title(const QString &title);
    //! A date and time in the user's locale, short format, local time; empty for an invalid one.
    static QString dateTime(const QDateTime &when);
    //! A summary of \a draft (the list's row), from a whole draft.
    static Sync::DraftSummary summaryOf(const Sync::ProposalDraft &draft);
};

} // namespace Ss::Ui
