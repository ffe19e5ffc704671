// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include "proposaldraft.h"
#include "proposalvalidator.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

class QSqlQuery;

namespace Ss::Sync {

//! One row of the drafts list: what the list shows, without the body (use DraftStore::draft() to edit).
struct DraftSummary
{
    qint64 id = 0;
    QString title;
    ProposalStatus status = ProposalStatus::Draft;
    QDateTime updated;
    QDateTime sentAt;
    QString serverId;
    QString serverStatus;
    QString serverReply;
    QString lastError;
};

//! A queued proposal as the sync engine sends it. The payload was frozen when it was submitted.
struct OutboxItem
{
    qint64 draftId = 0;
    QString idempotencyKey; //!< a UUID made when the proposal was queued; the same for every attempt
    QByteArray payload;     //!< the "proposal" JSON part, exactly as sent
    QByteArray payloadHash; //!< SHA-256 of payload, lowercase hex
    int attempts = 0;       //!< sends started so far (counted before each send, so a crash counts too)
    qint64 nextAt = 0;      //!< not before this time (ms since the epoch, the engine's clock)
    QList<ProposalAttachment> attachments; //!< metadata; bytes through DraftStore::attachmentData()
};

//! The server's acknowledgement of an outbox item.
struct SentProposal
{
    qint64 draftId = 0;
    QString idempotencyKey;
    QString serverId;
    QString serverStatus;
};

//! What the server said about a sent proposal (status pull).
struct ServerStatus
{
    QString serverId;
    QString status; //!< the protocol's key: "received", "under-review", "answered", or another word
    QString reply;
};

/*! \brief The proposal drafts and the outbox, in their own SQLite file next to the user database.
 *
 * `proposals.sqlite` (DraftStore::defaultPath()): WAL, synchronous=FULL, secure_delete, foreign keys, versioned
 * migrations, file mode 0600 whatever the umask. Every write is one transaction, so a killed process leaves either
 * the previous or the next state of a draft (tests/sync tst_proposalcrash, RELIABILITY.md S1). Submitting moves a
 * draft to `queued` and adds its outbox row in the same transaction.
 *
 * One instance per database and thread; the sync engine and the form share it (it is not thread-safe). */
class DraftStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftStore)

public:
    explicit DraftStore(QObject *parent = nullptr);
    ~DraftStore() override;

    //! Opens (creating or migrating) the database at \a path, and purges drafts removed in an earlier session.
    bool open(const QString &path);
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    int schemaVersion() const;
    static int latestSchemaVersion();
    //! `proposals.sqlite` next to Core::UserDatabase::defaultPath().
    static QString defaultPath();

    //! The limits that submit() enforces (and the form shows).
    void setLimits(const ProposalValidator::Limits &limits) { m_limits = limits; }
    const ProposalValidator::Limits &limits() const { return m_limits; }

    // Drafts.
    /*! Stores \a draft in one transaction. A new draft (id 0) gets its id, uuid and creation time; new attachments
     *  (id 0) are stored and get their ids (their bytes are then dropped from \a draft). Refuses a draft that is no
     *  longer editable (queued or sent) or was removed. */
    bool save(ProposalDraft &draft);
    //! The whole draft, attachments without their bytes.
    std::optional<ProposalDraft> draft(qint64 id) const;
    //! Every draft not removed, most recently edited first.
    QList<DraftSummary> drafts() const;
    //! A new draft with the content and attachments of \a id (any status); returns its id, or 0.
    qint64 duplicate(qint64 id);
    //! Hides a draft until undoRemove() or purgeRemoved(). A queued proposal must be withdrawn first.
    bool remove(qint64 id);
    bool undoRemove(qint64 id);
    //! Deletes removed drafts for good, then checkpoints the WAL so their text is gone from disk (secure_delete).
    bool purgeRemoved();
    QByteArray attachmentData(qint64 attachmentId) const;

    // Outbox.
    //! Validates \a id and, in one transaction, sets it `queued` and adds its outbox row with a new idempotency key.
    bool submit(qint64 id);
    //! Takes a queued proposal back to `draft`, only if no send was ever started for it.
    bool withdraw(qint64 id);
    int outboxCount() const;
    //! Up to \a limit items due at \a nowMs, oldest first, skipping \a exclude (already in flight).
    QList<OutboxItem> dueOutbox(qint64 nowMs, int limit, const QSet<qint64> &exclude = {}) const;
    //! The earliest next attempt time among items not in \a exclude.
    std::optional<qint64> nextDueAt(const QSet<qint64> &exclude = {}) const;
    //! Postpones an item (Retry-After, 409); never earlier than its current next attempt time.
    bool postpone(qint64 draftId, qint64 notBeforeMs, const QString &error);
    //! All items may be tried at \a nowMs (back online, "Sync now").
    bool resetBackoff(qint64 nowMs);
    /*! One transaction for a round of the sync engine, so that a round costs one fsync: records the
     *  acknowledgements \a sent (drafts become `sent`, their outbox rows go), and counts one more attempt for each
     *  item about to be sent, with the time it may be tried again if this attempt gets no answer
     *  (\a attempts: draft id → retry time). Counting before sending means that after a crash the item waits its
     *  backoff, and withdraw() knows the server may have it. */
    bool recordSyncRound(const QList<SentProposal> &sent, const QList<QPair<qint64, qint64>> &attempts);
    bool markSent(const QList<SentProposal> &sent) { return recordSyncRound(sent, {}); }
    bool beginAttempts(const QList<QPair<qint64, qint64>> &attempts) { return recordSyncRound({}, attempts); }
    //! The server refused the proposal for good (400, 413, 422): back to `draft`, with the reason.
    bool markRejected(qint64 draftId, const QString &idempotencyKey, const QString &reason);
    //! Applies a status pull; returns the ids of drafts that changed.
    QList<qint64> applyServerStatuses(const QList<ServerStatus> &statuses);

    // Small persistent sync state (status cursor, last successful sync).
    QString syncValue(const QString &key) const;
    bool setSyncValue(const QString &key, const QString &value);

Q_SIGNALS:
    //! A draft's content or status changed.
    void draftChanged(qint64 id);
    //! Drafts were added, removed or restored.
    void listChanged();
    void outboxChanged(int count);

private:
    bool migrate();
    bool fail(const QString &message);
    bool failQuery(const QSqlQuery &query);
    bool saveFieldByField(const ProposalDraft &draft);
    QList<ProposalAttachment> attachmentsOf(qint64 draftId) const;
    std::optional<ProposalStatus> statusOf(qint64 id, bool *removed = nullptr) const;

    QString m_connection;
    QString m_path;
    QString m_error;
    ProposalValidator::Limits m_limits;
};

} // namespace Ss::Sync
