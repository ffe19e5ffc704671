// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "draftstatustext.h"

#include <QLocale>
#include <QStringList>

namespace Ss::Ui {

using Sync::ProposalDraft;
using Sync::ProposalStatus;

namespace {
// The server's own word, when it is one the app does not know (else empty).
QString unknownServerWord(const Sync::DraftSummary &d)
{
    if (d.serverStatus.isEmpty() || d.status < ProposalStatus::Sent)
        return {};
    return ProposalDraft::statusFromKey(d.serverStatus) ? QString() : d.serverStatus;
}
} // namespace

QString DraftStatusText::label(const Sync::DraftSummary &d)
{
    if (d.status == ProposalStatus::Draft && !d.lastError.isEmpty())
        //: status of a draft that the portal refused and sent back to the user
        return tr("Draft · returned");
    const QString word = unknownServerWord(d);
    return word.isEmpty() ? ProposalDraft::statusText(d.status) : word;
}

QString DraftStatusText::details(const Sync::DraftSummary &d)
{
    QStringList lines;
    switch (d.status) {
    case ProposalStatus::Draft:
        lines.append(d.lastError.isEmpty() ? tr("Not submitted yet. Only you can see this draft.")
                                           : tr("The portal returned this proposal. Correct it and submit it again."));
        break;
    case ProposalStatus::Queued:
        lines.append(tr("Submitted. It will be sent as soon as the portal can be reached."));
        break;
    case ProposalStatus::Sent:
        lines.append(tr("The portal has received the proposal."));
        break;
    case ProposalStatus::Received:
        lines.append(tr("The portal has registered the proposal."));
        break;
    case ProposalStatus::UnderReview:
        lines.append(tr("The city is reviewing the proposal."));
        break;
    case ProposalStatus::Answered:
        lines.append(tr("The city has answered."));
        break;
    }
    if (const QString word = unknownServerWord(d); !word.isEmpty())
        //: %1 a status word sent by the portal that the app does not know
        lines.append(tr("Status on the portal: %1").arg(word));
    if (!d.serverId.isEmpty())
        //: %1 the portal's id of the proposal, e.g. SP-000123
        lines.append(tr("Portal reference: %1").arg(d.serverId));
    if (d.sentAt.isValid())
        //: %1 date and time
        lines.append(tr("Sent: %1").arg(dateTime(d.sentAt)));
    if (!d.lastError.isEmpty())
        //: %1 the portal's message
        lines.append(tr("Reason: %1").arg(d.lastError));
    if (!d.serverReply.isEmpty())
        //: %1 the reply text of the city's portal
        lines.append(tr("Reply from the city:\n%1").arg(d.serverReply));
    return lines.join(u'\n');
}

QString DraftStatusText::title(const QString &title)
{
    const QString t = title.simplified();
    return t.isEmpty() ? tr("Untitled proposal") : t;
}

QString DraftStatusText::dateTime(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

Sync::DraftSummary DraftStatusText::summaryOf(const Sync::ProposalDraft &draft)
{
    Sync::DraftSummary s;
    s.id = draft.id;
    s.title = draft.title;
    s.status = draft.status;
    s.updated = draft.updated;
    s.sentAt = draft.sentAt;
    s.serverId = draft.serverId;
    s.serverStatus = draft.serverStatus;
    s.serverReply = draft.serverReply;
    s.lastError = draft.lastError;
    return s;
}

} // namespace Ss::Ui
