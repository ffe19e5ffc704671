// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include "draftstore.h"
#include "retrypolicy.h"
#include "syncclient.h"

#include <QDateTime>
#include <QHash>
#include <QNetworkInformation>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace Ss::Sync {

/*! \brief Delivers the outbox exactly once, and pulls the status of sent proposals.
 *
 * Offline, it probes GET /v1/health with backoff (and at once when QNetworkInformation reports a network, which is
 * only a hint: its NetworkManager backend is often missing). Online, it sends the due outbox items oldest first, a
 * few at a time, each with the idempotency key made when it was queued. Each round is one transaction: the answers
 * that came in, and the attempts about to start (counted before sending). It backs off per item with full jitter
 * (RetryPolicy) and honours Retry-After. A 401/403 pauses everything until setToken(); a refusal (4xx) returns
 * the draft to the user. When the outbox is drained it pulls statuses and replies (GET /v1/proposals?since=...).
 *
 * The clock and the random source can be replaced (tests: Retry-After and backoff bounds without waiting). Runs on
 * the thread of the DraftStore it is given, which must outlive it. */
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    explicit SyncEngine(DraftStore *store, QObject *parent = nullptr);
    ~SyncEngine() override;

    //! https (or http to loopback); false and errorString() otherwise.
    bool setServerUrl(const QUrl &url);
    QUrl serverUrl() const { return m_client.serverUrl(); }
    QString errorString() const { return m_client.errorString(); }
    //! The session's token (from TokenStore). Setting one resumes a paused engine.
    void setToken(const QString &token);
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    void setTimeouts(int transferTimeoutMs, int deadlineMs) { m_client.setTimeouts(transferTimeoutMs, deadlineMs); }
    void setMaxInFlight(int requests) { m_maxInFlight = qMax(1, requests); }
    //! How often statuses are pulled while online (default 5 minutes).
    void setStatusPullInterval(int ms) { m_pullIntervalMs = ms; }
    //! Milliseconds since the epoch; the default is the system clock.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    //! Uniform in [0, 1); the default is QRandomGenerator::global().
    void setRandom(std::function<double()> random) { m_random = std::move(random); }
    //! Whether to listen to QNetworkInformation (default true; never for a loopback server).
    void setUseNetworkInformation(bool use) { m_useNetworkInformation = use; }

    void start();
    void stop();
    bool isRunning() const { return m_isRunning; }
    bool isOnline() const { return m_isOnline; }
    bool isSyncing() const { return m_isSyncing; }
    //! Waiting for a new token after the server refused the current one.
    bool needsAuthentication() const { return m_needsAuthentication; }
    int outboxCount() const { return m_store->outboxCount(); }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    QString lastError() const { return m_lastError; }
    //! Requests in flight (tests check that nothing leaks).
    int pendingRequests() const { return m_client.pendingCount(); }

public Q_SLOTS:
    //! The user's "Sync now": forgets the backoff, probes and sends at once.
    void syncNow();
    //! Does what is due now (the timer calls it; tests with a fake clock call it after moving the clock).
    void wakeUp();

Q_SIGNALS:
    void onlineChanged(bool online);
    void outboxCountChanged(int count);
    void lastSuccessChanged(const QDateTime &when);
    void syncingChanged(bool syncing);
    void authenticationRequired();
    void proposalSent(qint64 draftId, const QString &serverId);
    void proposalRejected(qint64 draftId, const QString &reason);
    void statusesUpdated(const QList<qint64> &draftIds);
    //! Something the status bar can show in its tooltip (translated).
    void errorOccurred(const QString &message);

private:
    qint64 now() const { return m_clock(); }
    void setOnline(bool online);
    void probe();
    //! Records the answers in and counts the attempts of the due items (one transaction), then sends them.
    void runRound(bool sendMore);
    void send(const OutboxItem &item);
    void onSubmitted(qint64 draftId, const QString &key, const SyncClient::Result &result);
    void pull();
    void onPulled(const SyncClient::Result &result);
    void schedule();
    void onReachabilityChanged(QNetworkInformation::Reachability reachability);
    void requireAuthentication(const QString &message);
    void updateSyncing();
    void reportError(const QString &message);
    QSet<qint64> busyIds() const;

    DraftStore *m_store;
    SyncClient m_client;
    RetryPolicy m_policy;
    std::function<qint64()> m_clock;
    std::function<double()> m_random;
    QTimer m_timer;
    QHash<qint64, QString> m_inFlight; // draft id → idempotency key
    QList<SentProposal> m_acknowledged; // answered, recorded by the next round
    int m_maxInFlight = 4;
    int m_pullIntervalMs = 5 * 60 * 1000;
    int m_probeAttempts = 0;
    int m_pullAttempts = 0;
    qint64 m_nextProbeAt = 0;
    qint64 m_nextPullAt = 0;
    qint64 m_notBefore = 0; // Retry-After for the whole server
    bool m_useNetworkInformation = true;
    bool m_isRunning = false;
    bool m_isOnline = false;
    bool m_isSyncing = false;
    bool m_isProbing = false;
    bool m_isPulling = false;
    bool m_isPullRequested = true;
    bool m_needsAuthentication = false;
    QDateTime m_lastSuccess;
    QString m_lastError;
};

} // namespace Ss::Sync
