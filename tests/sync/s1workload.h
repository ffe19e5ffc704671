// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// The S1 typing workload (RELIABILITY.md S1), shared by proposal_autosave_driver and tst_proposalcrash: the draft
// typed at keystroke n is a pure function of n, so the test can tell a stored draft that is whole (every field
// from the same keystroke) from a torn one.
#pragma once

#include <sync/proposaldraft.h>

#include <QString>
#include <QStringList>

namespace Ss::SyncTest {

//! About 40 KB of Unicode text (Hangul, Latin, an emoji), different at every keystroke.
inline QString s1Body(int seq)
{
    const QString line = QStringLiteral("키 %1 · keystroke %1 · 서울 정책 제안 🚌\n").arg(seq);
    QString body;
    body.reserve(42000);
    const int length = 36000 + (seq * 7919) % 4000;
    while (body.size() < length)
        body += line;
    body.truncate(length);
    if (body.back().isHighSurrogate()) // never cut the emoji in half: a lone surrogate is not text
        body.chop(1);
    return body;
}

inline void s1Fill(Sync::ProposalDraft &d, int seq)
{
    d.title = QStringLiteral("S1 #%1").arg(seq);
    d.summary = QStringLiteral("요약 %1").arg(seq);
    d.organisation = QStringLiteral("org %1").arg(seq);
    d.contactEmail = QStringLiteral("s1-%1@example.org").arg(seq);
    d.body = s1Body(seq);
}

//! The keystroke of a stored draft according to its title, or -1.
inline int s1Seq(const Sync::ProposalDraft &d)
{
    if (!d.title.startsWith(u"S1 #"))
        return -1;
    bool ok = false;
    const int seq = d.title.mid(4).toInt(&ok);
    return ok ? seq : -1;
}

//! The fields of \a d that do not come from keystroke \a seq (empty: the draft is whole).
inline QStringList s1TornFields(const Sync::ProposalDraft &d, int seq)
{
    Sync::ProposalDraft expected;
    s1Fill(expected, seq);
    QStringList torn;
    if (d.title != expected.title)
        torn.append(QStringLiteral("title"));
    if (d.summary != expected.summary)
        torn.append(QStringLiteral("summary ") + d.summary);
    if (d.organisation != expected.organisation)
        torn.append(QStringLiteral("organisation ") + d.organisation);
    if (d.contactEmail != expected.contactEmail)
        torn.append(QStringLiteral("contactEmail ") + d.contactEmail);
    if (d.body != expected.body)
        torn.append(QStringLiteral("body (%1 characters, starts %2)").arg(d.body.size()).arg(d.body.left(20)));
    return torn;
}

} // namespace Ss::SyncTest
