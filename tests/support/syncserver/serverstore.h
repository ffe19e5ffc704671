// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Ss::SyncServer {

//! The answer stored with an idempotency key, replayed for every repeat of the key.
struct StoredAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray fingerprint; //!< SHA-256 (hex) of the proposal part of the original request
};

struct NewAttachment
{
    QString name;
    QString mimeType;
    QByteArray sha256; //!< hex, verified against data before it gets here
    QByteArray data;
};

//! A proposal as the status endpoints show it.
struct ProposalState
{
    QString id;
    QString status;
    QString reply;
    qint64 updated = 0; //!< ms since the epoch
    int revision = 1;
    qint64 seq = 0;     //!< change counter, the status cursor
    QByteArray payload;
};

/*! \brief The reference server's SQLite store: proposals, attachments and idempotency keys.
 *
 * WAL and synchronous=FULL: an answer is only sent for a commit that survives a crash. The idempotency key, the
 * fingerprint and the answer are written in the same transaction as the proposal, so a crash between commit and
 * reply replays the answer, and a crash before the commit leaves neither. */
class ServerStore final
{
public:
    ServerStore();
    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    bool open(const QString &path);
    QString errorString() const { return m_error; }

    /*! Group commit: the proposals created between beginBatch() and commitBatch() share one transaction (one
     *  fsync). Each create() is still all-or-nothing within it; nothing of the batch exists before the commit. */
    bool beginBatch();
    bool commitBatch();

    std::optional<StoredAnswer> answerFor(const QString &user, const QString &key) const;
    //! One transaction (or one savepoint of a batch): the proposal, its attachments, the key and the 201 answer.
    std::optional<StoredAnswer> create(const QString &user, const QString &key, const QByteArray &fingerprint,
                                       const QByteArray &payload, const QString &clientRef,
                                       const QList<NewAttachment> &attachments);
    QList<ProposalState> changedSince(const QString &user, qint64 seq, int limit, bool *hasMore) const;
    std::optional<ProposalState> proposal(const QString &user, const QString &id) const;

    enum class Update { Done, NotFound, Stale, Closed, Failed };
    //! Replaces the payload if the revision is still \a expectedRevision and the proposal is not answered.
    Update update(const QString &user, const QString &id, int expectedRevision, const QByteArray &payload,
                  ProposalState *result);
    //! The city's side: sets the status and reply (admin endpoint).
    bool setStatus(const QString &id, const QString &status, const QString &reply);

    //! Counts for the tests: proposals, distinct client references, keys, attachments and hash mismatches.
    QJsonObject stats() const;
    //! Every proposal with its attachments' declared and recomputed hashes.
    QJsonArray dump() const;

private:
    bool fail(const QString &message);
    qint64 nextSeq();

    QString m_connection;
    QString m_error;
};

} // namespace Ss::SyncServer
