// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkReply;
class QNetworkRequest;

namespace Ss::Sync {

struct OutboxItem;

/*! \brief The HTTP side of sync: one request per call, each answer classified (docs/sync-protocol.md).
 *
 * Every request has a transfer timeout (no bytes for that long) and an overall deadline; redirects are not
 * followed (the protocol has none, and a POST must not be replayed elsewhere); HSTS is on. Only https is accepted,
 * except plain http to a loopback address (the reference server in tests and demos). The token is sent only in the
 * Authorization header of the proposal endpoints and is never logged. */
class SyncClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncClient)

public:
    //! What the caller should do with an answer.
    enum class Outcome {
        Accepted,     //!< 2xx with a valid body
        Transient,    //!< try again after the backoff: dropped connection, timeout, 5xx, unreadable answer
        RetryLater,   //!< 409, 429, 503: try again, not before retryAfterMs when given
        Unauthorized, //!< 401, 403: stop everything until there is a new token
        Rejected,     //!< 400, 413, 422...: the server refuses this proposal; trying again will not help
        Unreachable,  //!< no connection to the server at all (refused, no route, DNS, TLS): the engine goes offline
    };

    struct Result
    {
        Outcome outcome = Outcome::Transient;
        int httpStatus = 0;
        QString message; //!< for the user (translated where it is ours; the server's own message otherwise)
        std::optional<qint64> retryAfterMs;
        QJsonObject body;
    };
    using Callback = std::function<void(const Result &)>;

    explicit SyncClient(QObject *parent = nullptr);
    ~SyncClient() override;

    //! Sets the server's base URL; refuses anything but https (or http on loopback), see errorString().
    bool setServerUrl(const QUrl &url);
    QUrl serverUrl() const { return m_baseUrl; }
    QString errorString() const { return m_error; }
    static bool isLoopback(const QUrl &url);

    void setToken(const QString &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    //! Certificate authorities trusted in addition to the system's (a private portal CA; the HTTPS test's CA).
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCa = certificates; }
    void setTimeouts(int transferTimeoutMs, int deadlineMs);

    //! GET /v1/health: Accepted when the server answers as a Seoul Solution sync server.
    void checkHealth(const Callback &done);
    /*! POST /v1/proposals, multipart: the frozen payload and each attachment (\a attachmentData, in the order of
     *  item.attachments). \a idempotencyKey is the item's key. */
    void submit(const OutboxItem &item, const QList<QByteArray> &attachmentData, const QString &idempotencyKey,
                const Callback &done);
    //! GET /v1/proposals?since=cursor: statuses and replies changed since the last pull.
    void fetchStatuses(const QString &cursor, const Callback &done);

    //! Requests started and not finished (the no-leak check of the tests).
    int pendingCount() const { return int(m_replies.size()); }
    void abortAll();

private:
    QNetworkRequest request(const QString &path, bool authenticated) const;
    void track(QNetworkReply *reply, const Callback &done);
    Result classify(QNetworkReply *reply, bool deadlineHit) const;

    QNetworkAccessManager m_nam;
    QUrl m_baseUrl;
    QString m_token;
    QString m_error;
    QList<QSslCertificate> m_extraCa;
    int m_transferTimeoutMs = 30'000;
    int m_deadlineMs = 120'000;
    QSet<QNetworkReply *> m_replies;
};

} // namespace Ss::Sync
