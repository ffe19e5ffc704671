// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include "proposalattachment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Ss::Sync {

/*! Where a proposal is in its life. Only Draft can be edited; Queued is frozen in the outbox; Sent and later come
 *  from the server (Sent: it acknowledged the proposal; the others from the status pull). */
enum class ProposalStatus {
    Draft,
    Queued,
    Sent,
    Received,
    UnderReview,
    Answered,
};

//! A document of the archive the proposal refers to ("add current page to proposal").
struct RelatedDocument
{
    QString archiveId;
    QString docId;
    QString title;

    friend bool operator==(const RelatedDocument &, const RelatedDocument &) = default;
};

/*! \brief One business proposal, as the form edits it and as DraftStore stores it.
 *
 * A plain value: the form copies it, edits fields and hands it back (see Autosaver). Identity (id, uuid) and the
 * server's fields are owned by DraftStore and the sync engine. */
struct ProposalDraft
{
    Q_DECLARE_TR_FUNCTIONS(Ss::Sync::ProposalDraft)

public:
    // Identity, set by DraftStore::save() on first save.
    qint64 id = 0;
    QString uuid; //!< stable client reference, also sent to the server as client_ref
    ProposalStatus status = ProposalStatus::Draft;

    // The form.
    QString title;
    QString organisation;
    QString contactName;
    QString contactEmail;
    QString contactPhone;
    QString country;
    QString city;
    QString cityDocId; //!< the archive's city page when picked from it, else empty (free text in city)
    QString policyArea;
    QString summary;
    QString body; //!< Markdown
    QString language = QStringLiteral("ko"); //!< language of the proposal: "ko" or "en"
    QList<RelatedDocument> relatedDocuments;
    QList<ProposalAttachment> attachments;

    // Bookkeeping (DraftStore, sync engine).
    QDateTime created;
    QDateTime updated;
    QDateTime sentAt;
    QString serverId;
    QString serverStatus; //!< the server's own word ("under-review"), shown when it is not one we know
    QString serverReply;
    QString lastError; //!< why the server refused it, when it came back to Draft

    bool isEditable() const { return status == ProposalStatus::Draft; }
    qint64 attachmentBytes() const;

    /*! The JSON object sent to the server (docs/sync-protocol.md, "proposal" part). Deterministic: the same
     *  content gives the same bytes, so its SHA-256 identifies the payload of an idempotency key. */
    QJsonObject toPayload() const;

    //! The stable machine name ("draft", "under-review") used in the database and the protocol.
    static QString statusKey(ProposalStatus status);
    static std::optional<ProposalStatus> statusFromKey(QStringView key);
    //! The translated label for the drafts list.
    static QString statusText(ProposalStatus status);
};

} // namespace Ss::Sync
