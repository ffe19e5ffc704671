// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "syncengine.h"

#include "mutation.h"
#include "synclogging.h"

#include <QJsonArray>
#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace Ss::Sync {

namespace {
const QString kCursorKey = QStringLiteral("status_cursor");
const QString kServerKey = QStringLiteral("status_server"); // the server the cursor belongs to
const QString kLastSuccessKey = QStringLiteral("last_success");
constexpr qint64 kMaxTimerMs = 3600 * 1000; // wake at least hourly, whatever the clock did
} // namespace

SyncEngine::SyncEngine(DraftStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    // Members, and children too, so that the tests' object counts see the replies (no double delete: a child
    // leaves its parent when it is destroyed first).
    m_client.setParent(this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::wakeUp);
    connect(m_store, &DraftStore::outboxChanged, this, &SyncEngine::outboxCountChanged);
    const QString last = m_store->syncValue(kLastSuccessKey);
    if (!last.isEmpty())
        m_lastSuccess = QDateTime::fromMSecsSinceEpoch(last.toLongLong(), Qt::UTC);
}

SyncEngine::~SyncEngine()
{
    stop();
}

bool SyncEngine::setServerUrl(const QUrl &url)
{
    if (!m_client.setServerUrl(url))
        return false;
    const QString server = m_client.serverUrl().toString();
    if (m_store->syncValue(kServerKey) != server) { // another server: its own cursor
        m_store->setSyncValue(kCursorKey, QString());
        m_store->setSyncValue(kServerKey, server);
    }
    m_isOnline = false;
    m_nextProbeAt = 0;
    if (m_isRunning)
        m_timer.start(0);
    return true;
}

void SyncEngine::setToken(const QString &token)
{
    m_client.setToken(token);
    if (m_needsAuthentication && !token.isEmpty()) {
        m_needsAuthentication = false;
        m_store->resetBackoff(now()); // resume at once, with the same idempotency keys
    }
    if (m_isRunning)
        m_timer.start(0);
}

void SyncEngine::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_client.setExtraCaCertificates(certificates);
}

void SyncEngine::start()
{
    if (m_isRunning)
        return;
    m_isRunning = true;
    if (m_useNetworkInformation && !SyncClient::isLoopback(m_client.serverUrl())
        && QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                &SyncEngine::onReachabilityChanged, Qt::UniqueConnection);
    }
    Q_EMIT outboxCountChanged(m_store->outboxCount());
    m_timer.start(0);
}

void SyncEngine::onReachabilityChanged(QNetworkInformation::Reachability reachability)
{
    // Only a hint: a probe still decides whether the server can be reached.
    if (reachability == QNetworkInformation::Reachability::Disconnected) {
        setOnline(false);
        m_nextProbeAt = now() + m_policy.probeCapMs; // keep probing, slowly: the hint may be wrong
    } else if (reachability != QNetworkInformation::Reachability::Unknown) {
        m_probeAttempts = 0;
        m_nextProbeAt = 0;
    }
    if (m_isRunning)
        m_timer.start(0);
}

void SyncEngine::stop()
{
    m_isRunning = false;
    m_timer.stop();
    m_client.abortAll();
    runRound(false); // record the answers already in
    updateSyncing();
}

void SyncEngine::syncNow()
{
    if (!m_isRunning)
        return;
    if (m_needsAuthentication) {
        Q_EMIT authenticationRequired();
        return;
    }
    m_store->resetBackoff(now());
    m_probeAttempts = 0;
    m_nextProbeAt = 0;
    m_isPullRequested = true;
    wakeUp();
}

QSet<qint64> SyncEngine::busyIds() const
{
    QSet<qint64> ids;
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
        ids.insert(it.key());
    for (const SentProposal &s : m_acknowledged)
        ids.insert(s.draftId);
    return ids;
}

void SyncEngine::wakeUp()
{
    if (m_isRunning && !m_needsAuthentication && m_client.hasToken() && !m_client.serverUrl().isEmpty()) {
        runRound(m_isOnline);
        if (!m_isOnline) {
            if (!m_isProbing && now() >= m_nextProbeAt)
                probe();
        } else if (m_isRunning && now() >= m_notBefore) {
            const bool isIdle = m_inFlight.isEmpty() && m_acknowledged.isEmpty() && !m_isPulling;
            if (isIdle && (m_isPullRequested || now() >= m_nextPullAt)) {
                const std::optional<qint64> due = m_store->nextDueAt();
                if (!due || *due > now())
                    pull();
            }
        }
    }
    updateSyncing();
    schedule();
}

void SyncEngine::schedule()
{
    if (!m_isRunning || m_needsAuthentication) {
        m_timer.stop();
        return;
    }
    qint64 at = std::numeric_limits<qint64>::max();
    if (!m_isOnline) {
        if (!m_isProbing)
            at = m_nextProbeAt;
    } else {
        if (m_inFlight.size() < m_maxInFlight) {
            if (const std::optional<qint64> due = m_store->nextDueAt(busyIds()))
                at = std::max(*due, m_notBefore);
        }
        if (m_inFlight.isEmpty() && m_acknowledged.isEmpty() && !m_isPulling)
            at = std::min(at, std::max(m_isPullRequested ? 0 : m_nextPullAt, m_notBefore));
    }
    if (!m_acknowledged.isEmpty()) // answers not recorded yet (the disk failed): try again
        at = std::min(at, m_notBefore);
    if (at == std::numeric_limits<qint64>::max()) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(std::clamp(at - now(), qint64(0), kMaxTimerMs)));
}

void SyncEngine::setOnline(bool online)
{
    if (online == m_isOnline)
        return;
    m_isOnline = online;
    if (online) {
        // Back online: nothing waits out a backoff earned while the server was away (RELIABILITY.md §4.3).
        if (!Mutation::isActive("no-reconnect"))
            m_store->resetBackoff(now());
        m_isPullRequested = true;
        qCInfo(lcSync) << "online:" << m_client.serverUrl().host();
    } else {
        m_nextProbeAt = std::max(m_nextProbeAt, now());
        qCInfo(lcSync) << "offline:" << m_lastError;
    }
    Q_EMIT onlineChanged(online);
}

void SyncEngine::probe()
{
    m_isProbing = true;
    m_client.checkHealth([this](const SyncClient::Result &r) {
        m_isProbing = false;
        if (!m_isRunning)
            return; // aborted by stop()
        if (r.outcome == SyncClient::Outcome::Accepted && r.body.value(QStringLiteral("status")).toString() == u"ok") {
            m_probeAttempts = 0;
            setOnline(true);
        } else {
            ++m_probeAttempts;
            qint64 wait = m_policy.probeDelayMs(m_probeAttempts, m_random());
            if (r.retryAfterMs)
                wait = std::max(wait, *r.retryAfterMs);
            m_nextProbeAt = now() + wait;
            reportError(r.message.isEmpty() ? tr("The server is not ready.") : r.message);
            setOnline(false);
        }
        if (m_isRunning)
            m_timer.start(0);
    });
}

void SyncEngine::runRound(bool sendMore)
{
    const qint64 t = now();
    QList<OutboxItem> items;
    const int free = m_maxInFlight - int(m_inFlight.size());
    if (sendMore && m_isRunning && free > 0 && t >= m_notBefore)
        items = m_store->dueOutbox(t, free, busyIds());
    if (items.isEmpty() && m_acknowledged.isEmpty())
        return;
    QList<QPair<qint64, qint64>> plan;
    for (const OutboxItem &item : std::as_const(items))
        plan.append({item.draftId, t + m_policy.retryDelayMs(item.attempts + 1, m_random())});
    // Taken out first: recording emits signals, and their handlers may re-enter (stop() records too).
    const QList<SentProposal> acknowledged = std::exchange(m_acknowledged, {});
    if (!m_store->recordSyncRound(acknowledged, plan)) {
        // Keep the answers (those items are not sent again meanwhile); a crash now only means a replay later.
        m_acknowledged = acknowledged + m_acknowledged;
        reportError(m_store->errorString());
        m_notBefore = t + m_policy.baseMs; // the disk is failing: do not spin
        return;
    }
    for (const SentProposal &s : acknowledged)
        Q_EMIT proposalSent(s.draftId, s.serverId);
    if (!m_isRunning)
        return; // a handler stopped the engine
    for (const OutboxItem &item : std::as_const(items))
        send(item);
}

void SyncEngine::send(const OutboxItem &item)
{
    QList<QByteArray> data;
    for (const ProposalAttachment &a : item.attachments)
        data.append(m_store->attachmentData(a.id));
    const QString key = Mutation::isActive("fresh-key") ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                        : item.idempotencyKey;
    m_inFlight.insert(item.draftId, item.idempotencyKey);
    if (Mutation::isActive("ack-on-send"))
        m_store->markSent({{item.draftId, item.idempotencyKey, QString(), QString()}});
    const qint64 draftId = item.draftId;
    const QString itemKey = item.idempotencyKey;
    m_client.submit(item, data, key,
                    [this, draftId, itemKey](const SyncClient::Result &r) { onSubmitted(draftId, itemKey, r); });
}

void SyncEngine::onSubmitted(qint64 draftId, const QString &key, const SyncClient::Result &r)
{
    m_inFlight.remove(draftId);
    if (!m_isRunning && r.outcome != SyncClient::Outcome::Accepted)
        return; // aborted by stop(): nothing to report, the attempt was counted
    switch (r.outcome) {
    case SyncClient::Outcome::Accepted: {
        const QString serverId = r.body.value(QStringLiteral("id")).toString();
        if (serverId.isEmpty()) { // a 2xx that names no proposal: as good as no answer
            reportError(tr("The server's answer could not be read."));
            break;
        }
        // Recorded by the next round, with the attempts it starts: one transaction for every answer of this
        // event-loop pass (the timer below).
        m_acknowledged.append({draftId, key, serverId, r.body.value(QStringLiteral("status")).toString()});
        m_isPullRequested = true;
        break;
    }
    case SyncClient::Outcome::Transient:
        // The retry time was set when the attempt began.
        reportError(r.message);
        break;
    case SyncClient::Outcome::RetryLater:
        if (r.retryAfterMs) {
            m_store->postpone(draftId, now() + *r.retryAfterMs, r.message);
            if (r.httpStatus != 409) // 409 concerns this key only; 429/503 the whole server
                m_notBefore = std::max(m_notBefore, now() + *r.retryAfterMs);
        }
        reportError(r.message);
        break;
    case SyncClient::Outcome::Unauthorized:
        requireAuthentication(r.message);
        break;
    case SyncClient::Outcome::Rejected:
        m_store->markRejected(draftId, key, r.message);
        Q_EMIT proposalRejected(draftId, r.message);
        break;
    case SyncClient::Outcome::Unreachable:
        reportError(r.message);
        setOnline(false);
        break;
    }
    if (m_isRunning)
        m_timer.start(0); // batch with the other answers of this pass
    updateSyncing();
}

void SyncEngine::pull()
{
    m_isPulling = true;
    m_client.fetchStatuses(m_store->syncValue(kCursorKey), [this](const SyncClient::Result &r) { onPulled(r); });
}

void SyncEngine::onPulled(const SyncClient::Result &r)
{
    m_isPulling = false;
    if (!m_isRunning && r.outcome != SyncClient::Outcome::Accepted)
        return; // aborted by stop()
    switch (r.outcome) {
    case SyncClient::Outcome::Accepted: {
        QList<ServerStatus> statuses;
        const QJsonArray proposals = r.body.value(QStringLiteral("proposals")).toArray();
        for (const QJsonValue &v : proposals) {
            const QJsonObject o = v.toObject();
            statuses.append({o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("status")).toString(),
                             o.value(QStringLiteral("reply")).toString()});
        }
        const QList<qint64> changed = m_store->applyServerStatuses(statuses);
        if (!changed.isEmpty())
            Q_EMIT statusesUpdated(changed);
        m_store->setSyncValue(kCursorKey, r.body.value(QStringLiteral("cursor")).toVariant().toString());
        if (r.body.value(QStringLiteral("has_more")).toBool()) {
            m_isPullRequested = true;
            break;
        }
        m_isPullRequested = false;
        m_pullAttempts = 0;
        m_nextPullAt = now() + m_pullIntervalMs;
        m_lastSuccess = QDateTime::fromMSecsSinceEpoch(now(), Qt::UTC);
        m_store->setSyncValue(kLastSuccessKey, QString::number(now()));
        if (!m_lastError.isEmpty())
            reportError(QString());
        Q_EMIT lastSuccessChanged(m_lastSuccess);
        break;
    }
    case SyncClient::Outcome::Unauthorized:
        requireAuthentication(r.message);
        break;
    case SyncClient::Outcome::Unreachable:
        reportError(r.message);
        setOnline(false);
        break;
    default:
        ++m_pullAttempts;
        m_isPullRequested = false;
        m_nextPullAt = now() + std::max(m_policy.retryDelayMs(m_pullAttempts, m_random()), r.retryAfterMs.value_or(0));
        reportError(r.message);
        break;
    }
    if (m_isRunning)
        m_timer.start(0);
    updateSyncing();
}

void SyncEngine::requireAuthentication(const QString &message)
{
    if (m_needsAuthentication)
        return; // asked once; paused until setToken()
    m_needsAuthentication = true;
    reportError(message);
    Q_EMIT authenticationRequired();
}

void SyncEngine::updateSyncing()
{
    const bool syncing = !m_inFlight.isEmpty() || m_isPulling || !m_acknowledged.isEmpty();
    if (syncing == m_isSyncing)
        return;
    m_isSyncing = syncing;
    Q_EMIT syncingChanged(syncing);
}

void SyncEngine::reportError(const QString &message)
{
    if (message == m_lastError)
        return;
    m_lastError = message;
    if (!message.isEmpty()) {
        qCInfo(lcSync) << "sync:" << message;
        Q_EMIT errorOccurred(message);
    }
}

} // namespace Ss::Sync
