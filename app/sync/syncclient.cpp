// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "syncclient.h"

#include "draftstore.h"
#include "retrypolicy.h"
#include "synclogging.h"

#include <QHostAddress>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

namespace Ss::Sync {

namespace {
const char *const kDeadlineProperty = "ss_deadline_hit";
const QByteArray kUserAgent = QByteArrayLiteral("SeoulSolution/" SS_VERSION);
} // namespace

SyncClient::SyncClient(QObject *parent)
    : QObject(parent)
{
    m_nam.setParent(this); // a member and a child: replies are found among this object's children
    m_nam.setStrictTransportSecurityEnabled(true);
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

SyncClient::~SyncClient()
{
    // Callbacks must not run into a half-destroyed owner: disconnect before aborting.
    for (QNetworkReply *reply : std::as_const(m_replies)) {
        reply->disconnect(this);
        reply->abort();
        delete reply;
    }
}

bool SyncClient::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool SyncClient::setServerUrl(const QUrl &url)
{
    const bool isHttps = url.scheme() == u"https";
    const bool isLocalHttp = url.scheme() == u"http" && isLoopback(url);
    if (!url.isValid() || url.host().isEmpty() || (!isHttps && !isLocalHttp)) {
        m_error = tr("The server address must start with https://.");
        return false;
    }
    m_baseUrl = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    m_error.clear();
    return true;
}

void SyncClient::setTimeouts(int transferTimeoutMs, int deadlineMs)
{
    m_transferTimeoutMs = transferTimeoutMs;
    m_deadlineMs = deadlineMs;
}

QNetworkRequest SyncClient::request(const QString &path, bool authenticated) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, kUserAgent);
    request.setRawHeader("Accept", "application/json");
    if (authenticated)
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!m_extraCa.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_extraCa);
        request.setSslConfiguration(ssl);
    }
    return request;
}

void SyncClient::track(QNetworkReply *reply, const Callback &done)
{
    m_replies.insert(reply);
    // The overall deadline: a server that trickles a byte now and then defeats the transfer timeout.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply] {
        reply->setProperty(kDeadlineProperty, true);
        reply->abort();
    });
    deadline->start(m_deadlineMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done] {
        m_replies.remove(reply);
        const Result result = classify(reply, reply->property(kDeadlineProperty).toBool());
        reply->deleteLater();
        done(result);
    });
}

void SyncClient::abortAll()
{
    const QSet<QNetworkReply *> replies = m_replies;
    for (QNetworkReply *reply : replies)
        reply->abort(); // finished() runs the callbacks with a Transient result
}

void SyncClient::checkHealth(const Callback &done)
{
    track(m_nam.get(request(QStringLiteral("/v1/health"), false)), done);
}

void SyncClient::submit(const OutboxItem &item, const QList<QByteArray> &attachmentData, const QString &idempotencyKey,
                        const Callback &done)
{
    QNetworkRequest req = request(QStringLiteral("/v1/proposals"), true);
    // An sf-string, as in the IETF draft: Idempotency-Key: "8e03978e-40d5-43e8-bc93-6894a57f9324"
    req.setRawHeader("Idempotency-Key", '"' + idempotencyKey.toLatin1() + '"');
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart proposal;
    proposal.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    proposal.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArrayLiteral("form-data; name=\"proposal\""));
    proposal.setBody(item.payload);
    multipart->append(proposal);
    for (int i = 0; i < attachmentData.size(); ++i) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArray(QByteArrayLiteral("form-data; name=\"attachment-") + QByteArray::number(i) + '"'));
        part.setBody(attachmentData.at(i));
        multipart->append(part);
    }
    QNetworkReply *reply = m_nam.post(req, multipart);
    multipart->setParent(reply);
    track(reply, done);
}

void SyncClient::fetchStatuses(const QString &cursor, const Callback &done)
{
    QNetworkRequest req = request(QStringLiteral("/v1/proposals"), true);
    QUrl url = req.url();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), cursor.isEmpty() ? QStringLiteral("0") : cursor);
    url.setQuery(query);
    req.setUrl(url);
    track(m_nam.get(req), done);
}

SyncClient::Result SyncClient::classify(QNetworkReply *reply, bool deadlineHit) const
{
    Result r;
    const QNetworkReply::NetworkError error = reply->error();
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.retryAfterMs = RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    const QByteArray bytes = reply->isOpen() ? reply->readAll() : QByteArray(); // an aborted reply is closed

    // Transport failures first: an answer cut in the middle has a status line but no usable body.
    if (error != QNetworkReply::NoError && (error < 200 || r.httpStatus == 0)) {
        switch (error) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::UnknownNetworkError:
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
            r.outcome = Outcome::Unreachable;
            //: %1 the system's description of the network error
            r.message = tr("The server cannot be reached: %1").arg(reply->errorString());
            return r;
        default:
            r.outcome = Outcome::Transient;
            r.message = deadlineHit ? tr("The server took too long to answer.")
                                    //: %1 the system's description of the network error
                                    : tr("The connection to the server failed: %1").arg(reply->errorString());
            return r;
        }
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    r.body = document.object();
    const QString serverMessage = r.body.value(QStringLiteral("message")).toString();
    const int status = r.httpStatus;
    if (status >= 200 && status < 300) {
        // Every success of the protocol carries an object; a cut or garbled one means "no answer".
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            r.outcome = Outcome::Transient;
            r.message = tr("The server's answer could not be read.");
            return r;
        }
        r.outcome = Outcome::Accepted;
        return r;
    }
    if (status == 401 || status == 403) {
        r.outcome = Outcome::Unauthorized;
        r.message = tr("The server did not accept the sign-in token. Enter a new token in the settings.");
        return r;
    }
    if (status == 409 || status == 429 || status == 503) {
        r.outcome = Outcome::RetryLater;
        r.message = tr("The server is busy; the proposal will be sent later.");
        return r;
    }
    if (status == 404 || status == 405) { // the address is not a proposal server: a setting, not the proposal
        r.outcome = Outcome::Transient;
        r.message = tr("The server does not offer proposal submission at this address.");
        return r;
    }
    if (status >= 400 && status < 500) {
        r.outcome = Outcome::Rejected;
        //: %1 HTTP status code, %2 the server's explanation
        r.message = tr("The server refused the proposal (%1): %2")
                        .arg(status)
                        .arg(serverMessage.isEmpty() ? reply->errorString() : serverMessage);
        return r;
    }
    r.outcome = Outcome::Transient; // 5xx, 3xx and the unexpected
    //: %1 HTTP status code
    r.message = tr("The server had a problem (%1); the proposal will be sent later.").arg(status);
    return r;
}

} // namespace Ss::Sync
