// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "proposaldraft.h"

#include <QJsonArray>

namespace Ss::Sync {

namespace {
struct StatusName
{
    ProposalStatus status;
    const char16_t *key;
};
// The keys are stored in the database and sent by the server: never rename one.
constexpr StatusName kStatusNames[] = {
    {ProposalStatus::Draft, u"draft"},         {ProposalStatus::Queued, u"queued"},
    {ProposalStatus::Sent, u"sent"},           {ProposalStatus::Received, u"received"},
    {ProposalStatus::UnderReview, u"under-review"}, {ProposalStatus::Answered, u"answered"},
};
} // namespace

qint64 ProposalDraft::attachmentBytes() const
{
    qint64 total = 0;
    for (const ProposalAttachment &a : attachments)
        total += a.size;
    return total;
}

QJsonObject ProposalDraft::toPayload() const
{
    QJsonArray related;
    for (const RelatedDocument &d : relatedDocuments)
        related.append(QJsonObject{{QStringLiteral("archive_id"), d.archiveId},
                                   {QStringLiteral("doc_id"), d.docId},
                                   {QStringLiteral("title"), d.title}});
    QJsonArray files;
    for (const ProposalAttachment &a : attachments)
        files.append(QJsonObject{{QStringLiteral("name"), a.fileName},
                                 {QStringLiteral("mime_type"), a.mimeType},
                                 {QStringLiteral("size"), a.size},
                                 {QStringLiteral("sha256"), QString::fromLatin1(a.sha256)}});
    // QJsonObject keeps its keys sorted, so the serialisation is canonical.
    return QJsonObject{
        {QStringLiteral("format"), 1},
        {QStringLiteral("client_ref"), uuid},
        {QStringLiteral("title"), title},
        {QStringLiteral("organisation"), organisation},
        {QStringLiteral("contact"), QJsonObject{{QStringLiteral("name"), contactName},
                                                {QStringLiteral("email"), contactEmail},
                                                {QStringLiteral("phone"), contactPhone}}},
        {QStringLiteral("country"), country},
        {QStringLiteral("city"), city},
        {QStringLiteral("city_doc_id"), cityDocId},
        {QStringLiteral("policy_area"), policyArea},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("body"), body},
        {QStringLiteral("body_format"), QStringLiteral("markdown")},
        {QStringLiteral("language"), language},
        {QStringLiteral("related_documents"), related},
        {QStringLiteral("attachments"), files},
        {QStringLiteral("created_at"), created.toUTC().toString(Qt::ISODateWithMs)},
    };
}

QString ProposalDraft::statusKey(ProposalStatus status)
{
    for (const StatusName &n : kStatusNames) {
        if (n.status == status)
            return QString::fromUtf16(n.key);
    }
    return {};
}

std::optional<ProposalStatus> ProposalDraft::statusFromKey(QStringView key)
{
    for (const StatusName &n : kStatusNames) {
        if (key == QStringView(n.key))
            return n.status;
    }
    return std::nullopt;
}

QString ProposalDraft::statusText(ProposalStatus status)
{
    switch (status) {
    case ProposalStatus::Draft:
        return tr("Draft");
    case ProposalStatus::Queued:
        //: queued in the outbox, waiting for a connection
        return tr("Queued");
    case ProposalStatus::Sent:
        return tr("Sent");
    case ProposalStatus::Received:
        //: the city's portal has registered the proposal
        return tr("Received");
    case ProposalStatus::UnderReview:
        return tr("Under review");
    case ProposalStatus::Answered:
        return tr("Answered");
    }
    return {};
}

} // namespace Ss::Sync
