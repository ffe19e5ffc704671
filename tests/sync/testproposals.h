// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// Proposals for the sync tests, the drivers and the benchmark: valid, deterministic, optionally with attachments.
#pragma once

#include <sync/draftstore.h>
#include <sync/proposaldraft.h>

#include <QList>
#include <QString>

namespace Ss::SyncTest {

//! A valid proposal numbered \a n (Korean and English text, so encodings are exercised).
inline Sync::ProposalDraft validProposal(int n, int bodyChars = 400)
{
    Sync::ProposalDraft d;
    d.title = QStringLiteral("제안 %1: Bus rapid transit for a partner city").arg(n);
    d.organisation = QStringLiteral("서울시 협력 기관 %1").arg(n);
    d.contactName = QStringLiteral("김민지 %1").arg(n);
    d.contactEmail = QStringLiteral("contact%1@example.org").arg(n);
    d.contactPhone = QStringLiteral("+82 2 120 %1").arg(1000 + n % 9000);
    d.country = QStringLiteral("Viet Nam");
    d.city = QStringLiteral("Hanoi");
    d.policyArea = QStringLiteral("transportation");
    d.summary = QStringLiteral("Summary %1: share Seoul's bus reform with a partner city.").arg(n);
    const QString unit = QStringLiteral("## 배경\n- 버스 개혁 %1\n- median lanes, integrated fares\n").arg(n);
    while (d.body.size() < bodyChars)
        d.body += unit;
    d.language = n % 2 ? QStringLiteral("en") : QStringLiteral("ko");
    d.relatedDocuments = {{QStringLiteral("seoul-solution"), QStringLiteral("model-policies/transportation/bus-reform"),
                           QStringLiteral("Bus reform")}};
    return d;
}

//! Deterministic attachment bytes for proposal \a n (a few KB, not compressible by accident).
inline QByteArray attachmentBytes(int n, int size = 3000)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 x = 2166136261u ^ quint32(n);
    for (int i = 0; i < size; ++i) {
        x = x * 16777619u + 12345u;
        data[i] = char(x >> 24);
    }
    return data;
}

/*! Saves and submits \a count valid proposals numbered from \a first; every \a attachmentEvery-th (0: none) has
 *  an attachment. Returns their ids, or an empty list on failure (see store.errorString()). */
inline QList<qint64> queueProposals(Sync::DraftStore &store, int first, int count, int attachmentEvery = 0)
{
    QList<qint64> ids;
    for (int n = first; n < first + count; ++n) {
        Sync::ProposalDraft d = validProposal(n);
        if (attachmentEvery > 0 && n % attachmentEvery == 0)
            d.attachments.append(Sync::ProposalAttachment::fromData(QStringLiteral("plan-%1.bin").arg(n),
                                                                    QStringLiteral("application/octet-stream"),
                                                                    attachmentBytes(n)));
        if (!store.save(d) || !store.submit(d.id))
            return {};
        ids.append(d.id);
    }
    return ids;
}

} // namespace Ss::SyncTest
