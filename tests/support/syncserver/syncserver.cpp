// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "syncserver.h"

#include "multipartparser.h"
#include "serverstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace Ss::SyncServer {

namespace {
const char *reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 412: return "Precondition Failed";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Content";
    case 428: return "Precondition Required";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    default: return "OTHER";
    }
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject stateJson(const ProposalState &s)
{
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("status"), s.status},
                       {QStringLiteral("reply"), s.reply},
                       {QStringLiteral("updated_at"), isoTime(s.updated)},
                       {QStringLiteral("revision"), s.revision}};
}

QByteArray etag(int revision)
{
    return '"' + QByteArray::number(revision) + '"';
}

QString unquote(const QByteArray &value)
{
    QByteArray v = value.trimmed();
    if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
        v = v.mid(1, v.size() - 2);
    return QString::fromLatin1(v);
}

const char *actionName(FaultPlan::Action action)
{
    switch (action) {
    case FaultPlan::Action::None: return "none";
    case FaultPlan::Action::DropBefore: return "drop_before";
    case FaultPlan::Action::Error500: return "error_500";
    case FaultPlan::Action::Error503: return "error_503";
    case FaultPlan::Action::DropAfter: return "drop_after";
    case FaultPlan::Action::CloseMidBody: return "close_mid_body";
    case FaultPlan::Action::CrashAfterCommit: return "crash_after_commit";
    }
    return "none";
}
} // namespace

SyncServer::SyncServer(ServerStore *store, const Options &options, const FaultPlan &plan, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_options(options)
    , m_plan(plan)
{
    m_plan.reseed();
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(0);
    connect(&m_batchTimer, &QTimer::timeout, this, &SyncServer::flushBatch);
}

SyncServer::Answer SyncServer::json(int status, const QJsonObject &body)
{
    Answer a;
    a.status = status;
    a.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return a;
}

SyncServer::Answer SyncServer::error(int status, const char *code, const QString &message)
{
    return json(status, QJsonObject{{QStringLiteral("error"), QString::fromLatin1(code)},
                                    {QStringLiteral("message"), message}});
}

void SyncServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    send(socket, error(404, "not-found", QStringLiteral("no such endpoint")), FaultPlan::Action::None);
}

bool SyncServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Call call;
    call.method = methodName(request.method());
    call.path = request.url().path();
    call.query = request.query();
    for (const auto &[name, value] : request.headers())
        call.headers.insert(name.toLower(), value);
    call.body = request.body();

    if (call.path == u"/v1/health") { // never faulted: it is how clients tell "down" from "flaky"
        send(socket, json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                           {QStringLiteral("protocol"), 1}}),
             FaultPlan::Action::None);
        return true;
    }
    if (call.path.startsWith(u"/admin/")) {
        send(socket, admin(call), FaultPlan::Action::None);
        return true;
    }
    if (!call.path.startsWith(u"/v1/"))
        return false;

    // Authentication comes before any fault: a fault never hides a 401.
    const QByteArray authorization = call.headers.value("authorization");
    call.user = authorization.startsWith("Bearer ")
                    ? m_options.tokens.value(QString::fromUtf8(authorization.mid(7).trimmed()))
                    : QString();
    if (call.user.isEmpty()) {
        Answer a = error(401, "unauthorized", QStringLiteral("missing or unknown token"));
        a.headers.emplace_back("WWW-Authenticate", "Bearer");
        send(socket, a, FaultPlan::Action::None);
        return true;
    }
    const bool isSubmit = call.method == "POST" && call.path == u"/v1/proposals";
    if (isSubmit) {
        call.key = unquote(call.headers.value("idempotency-key"));
        if (m_heldKeys.contains(call.user + u'\n' + call.key)) {
            Answer a = error(409, "request-in-progress",
                             QStringLiteral("a request with this idempotency key is still being processed"));
            a.headers.emplace_back("Retry-After", "1");
            send(socket, a, FaultPlan::Action::None);
            return true;
        }
    }

    ++m_counters[QStringLiteral("requests")];
    const FaultPlan::Action action = m_plan.draw();
    const int delay = m_plan.drawDelayMs();
    ++m_counters[QString::fromLatin1(actionName(action))];
    if (action == FaultPlan::Action::DropBefore) {
        socket->abort();
        return true;
    }
    const QPointer<QTcpSocket> guarded(socket);
    if (delay <= 0) {
        dispatch(call, guarded, action);
        return true;
    }
    ++m_counters[QStringLiteral("delayed")];
    if (isSubmit && !call.key.isEmpty())
        m_heldKeys.insert(call.user + u'\n' + call.key);
    // The request is processed when the delay is over, whether or not the client is still waiting.
    QTimer::singleShot(delay, this, [this, call, guarded, action, isSubmit] {
        if (isSubmit)
            m_heldKeys.remove(call.user + u'\n' + call.key);
        dispatch(call, guarded, action);
    });
    return true;
}

void SyncServer::dispatch(const Call &call, const QPointer<QTcpSocket> &socket, FaultPlan::Action action)
{
    Answer answer;
    if (action == FaultPlan::Action::Error500) {
        answer = error(500, "injected", QStringLiteral("injected failure"));
    } else if (action == FaultPlan::Action::Error503) {
        answer = error(503, "injected", QStringLiteral("injected overload"));
        answer.headers.emplace_back("Retry-After", QByteArray::number(m_plan.retryAfterSeconds));
    } else if (call.method == "POST" && call.path == u"/v1/proposals") {
        m_batch.append({call, socket, action});
        m_batchTimer.start();
        return;
    } else {
        answer = route(call);
    }
    complete(answer, socket, action);
}

void SyncServer::flushBatch()
{
    const QList<Pending> batch = std::exchange(m_batch, {});
    const bool isBatch = m_store->beginBatch();
    QList<Answer> answers;
    for (const Pending &p : batch)
        answers.append(route(p.call));
    if (isBatch && !m_store->commitBatch()) {
        for (Answer &a : answers)
            a = error(500, "storage", m_store->errorString());
    }
    for (int i = 0; i < batch.size(); ++i)
        complete(answers.at(i), batch.at(i).socket, batch.at(i).action);
}

void SyncServer::complete(Answer answer, const QPointer<QTcpSocket> &socket, FaultPlan::Action action)
{
    if (answer.committed)
        ++m_counters[QStringLiteral("commits")];
    if (action == FaultPlan::Action::CrashAfterCommit) {
        if (!answer.committed)
            action = FaultPlan::Action::None; // only a commit can be followed by this crash
        else {
            std::fprintf(stderr, "crash after commit (injected)\n");
            std::fflush(stderr);
            ::kill(::getpid(), SIGKILL);
        }
    }
    if (socket)
        send(socket, answer, action);
}

SyncServer::Answer SyncServer::route(const Call &call)
{
    static const QRegularExpression proposalPath(QStringLiteral("^/v1/proposals/([A-Za-z0-9-]+)$"));
    if (call.path == u"/v1/proposals") {
        if (call.method == "POST")
            return submit(call);
        if (call.method == "GET")
            return listStatuses(call);
        return error(405, "method-not-allowed", QStringLiteral("use GET or POST"));
    }
    const QRegularExpressionMatch m = proposalPath.match(call.path);
    if (m.hasMatch()) {
        if (call.method == "GET")
            return getProposal(call, m.captured(1));
        if (call.method == "PUT")
            return putProposal(call, m.captured(1));
        return error(405, "method-not-allowed", QStringLiteral("use GET or PUT"));
    }
    return error(404, "not-found", QStringLiteral("no such endpoint"));
}

QStringList SyncServer::invalidFields(const QJsonObject &p)
{
    QStringList bad;
    if (p.value(QStringLiteral("format")).toInt() != 1)
        bad.append(QStringLiteral("format"));
    for (const char *field : {"title", "organisation", "country", "policy_area", "summary", "body", "client_ref"}) {
        if (p.value(QString::fromLatin1(field)).toString().trimmed().isEmpty())
            bad.append(QString::fromLatin1(field));
    }
    const QJsonObject contact = p.value(QStringLiteral("contact")).toObject();
    if (contact.value(QStringLiteral("name")).toString().trimmed().isEmpty())
        bad.append(QStringLiteral("contact.name"));
    if (!contact.value(QStringLiteral("email")).toString().contains(u'@'))
        bad.append(QStringLiteral("contact.email"));
    const QString language = p.value(QStringLiteral("language")).toString();
    if (language != u"ko" && language != u"en")
        bad.append(QStringLiteral("language"));
    if (!p.value(QStringLiteral("attachments")).isArray() && !p.value(QStringLiteral("attachments")).isUndefined())
        bad.append(QStringLiteral("attachments"));
    return bad;
}

SyncServer::Answer SyncServer::submit(const Call &call)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[\\x21-\\x7e]{1,255}$"));
    if (call.key.isEmpty())
        return error(400, "missing-idempotency-key", QStringLiteral("the Idempotency-Key header is required"));
    if (!keyPattern.match(call.key).hasMatch())
        return error(400, "invalid-idempotency-key", QStringLiteral("1 to 255 visible ASCII characters"));
    const std::optional<QByteArray> boundary = MultipartParser::boundary(call.headers.value("content-type"));
    if (!boundary)
        return error(415, "expected-multipart", QStringLiteral("send multipart/form-data"));
    const std::optional<QList<MultipartPart>> parts = MultipartParser::parse(call.body, *boundary);
    if (!parts || parts->isEmpty() || parts->first().name != "proposal")
        return error(400, "malformed-multipart", QStringLiteral("the first part must be \"proposal\""));
    const QByteArray payload = parts->first().body;
    const QByteArray fingerprint = QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex();

    if (const std::optional<StoredAnswer> stored = m_store->answerFor(call.user, call.key)) {
        if (stored->fingerprint != fingerprint)
            return error(422, "idempotency-key-reused",
                         QStringLiteral("this idempotency key was used for a different proposal"));
        ++m_counters[QStringLiteral("replays")];
        Answer a;
        a.status = stored->status;
        a.body = stored->body;
        a.headers.emplace_back("Idempotent-Replayed", "true");
        return a;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(400, "invalid-json", parseError.errorString());
    const QJsonObject proposal = document.object();
    const QStringList bad = invalidFields(proposal);
    if (!bad.isEmpty()) {
        Answer a = json(422, QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid-proposal")},
                                         {QStringLiteral("message"), QString(QStringLiteral("invalid fields: ") + bad.join(u", "))},
                                         {QStringLiteral("fields"), QJsonArray::fromStringList(bad)}});
        return a;
    }

    // Attachments: part "attachment-<i>" for entry i of the declared list, checked by size and SHA-256.
    const QJsonArray declared = proposal.value(QStringLiteral("attachments")).toArray();
    if (parts->size() != declared.size() + 1)
        return error(400, "attachment-count", QStringLiteral("%1 attachments declared, %2 sent")
                                                  .arg(declared.size())
                                                  .arg(parts->size() - 1));
    QList<NewAttachment> attachments;
    qint64 total = 0;
    for (int i = 0; i < declared.size(); ++i) {
        const QJsonObject d = declared.at(i).toObject();
        const MultipartPart &part = parts->at(i + 1);
        if (part.name != "attachment-" + QByteArray::number(i))
            return error(400, "attachment-order", QStringLiteral("expected part attachment-%1").arg(i));
        total += part.body.size();
        if (part.body.size() > m_options.maxAttachmentBytes || total > m_options.maxTotalBytes)
            return error(413, "attachment-too-large", QStringLiteral("attachment %1 is over the limit").arg(i));
        const QByteArray sha = QCryptographicHash::hash(part.body, QCryptographicHash::Sha256).toHex();
        if (sha != d.value(QStringLiteral("sha256")).toString().toLatin1()
            || part.body.size() != d.value(QStringLiteral("size")).toInteger())
            return error(422, "attachment-mismatch",
                         QStringLiteral("attachment %1 does not match its declared size and SHA-256").arg(i));
        attachments.append({d.value(QStringLiteral("name")).toString(),
                            d.value(QStringLiteral("mime_type")).toString(), sha, part.body});
    }

    const std::optional<StoredAnswer> created =
        m_store->create(call.user, call.key, fingerprint, payload,
                        proposal.value(QStringLiteral("client_ref")).toString(), attachments);
    if (!created)
        return error(500, "storage", m_store->errorString());
    Answer a;
    a.status = created->status;
    a.body = created->body;
    a.committed = true;
    return a;
}

SyncServer::Answer SyncServer::listStatuses(const Call &call)
{
    bool ok = true;
    const QString sinceText = call.query.queryItemValue(QStringLiteral("since"));
    const qint64 since = sinceText.isEmpty() ? 0 : sinceText.toLongLong(&ok);
    const int limit = std::clamp(call.query.queryItemValue(QStringLiteral("limit")).toInt(), 0, 1000);
    if (!ok || since < 0)
        return error(400, "invalid-cursor", QStringLiteral("since must be a cursor from an earlier answer"));
    bool hasMore = false;
    const QList<ProposalState> states = m_store->changedSince(call.user, since, limit > 0 ? limit : 200, &hasMore);
    QJsonArray proposals;
    qint64 cursor = since;
    for (const ProposalState &s : states) {
        proposals.append(stateJson(s));
        cursor = s.seq;
    }
    return json(200, QJsonObject{{QStringLiteral("proposals"), proposals},
                                 {QStringLiteral("cursor"), QString::number(cursor)},
                                 {QStringLiteral("has_more"), hasMore}});
}

SyncServer::Answer SyncServer::getProposal(const Call &call, const QString &id)
{
    const std::optional<ProposalState> s = m_store->proposal(call.user, id);
    if (!s)
        return error(404, "not-found", QStringLiteral("no such proposal"));
    QJsonObject body = stateJson(*s);
    body.insert(QStringLiteral("proposal"), QJsonDocument::fromJson(s->payload).object());
    Answer a = json(200, body);
    a.headers.emplace_back("ETag", etag(s->revision));
    return a;
}

SyncServer::Answer SyncServer::putProposal(const Call &call, const QString &id)
{
    const QByteArray ifMatch = call.headers.value("if-match");
    if (ifMatch.isEmpty())
        return error(428, "if-match-required", QStringLiteral("send If-Match with the ETag you edited"));
    bool ok = false;
    const int revision = unquote(ifMatch).toInt(&ok);
    const QJsonDocument document = QJsonDocument::fromJson(call.body);
    if (!document.isObject())
        return error(400, "invalid-json", QStringLiteral("the body must be a proposal object"));
    const QStringList bad = invalidFields(document.object());
    if (!bad.isEmpty())
        return error(422, "invalid-proposal", QStringLiteral("invalid fields: ") + bad.join(u", "));
    ProposalState result;
    switch (m_store->update(call.user, id, ok ? revision : -1, call.body, &result)) {
    case ServerStore::Update::Done: {
        Answer a = json(200, stateJson(result));
        a.headers.emplace_back("ETag", etag(result.revision));
        return a;
    }
    case ServerStore::Update::NotFound:
        return error(404, "not-found", QStringLiteral("no such proposal"));
    case ServerStore::Update::Stale: {
        Answer a = error(412, "stale-revision", QStringLiteral("the proposal changed since you read it"));
        if (const std::optional<ProposalState> s = m_store->proposal(call.user, id))
            a.headers.emplace_back("ETag", etag(s->revision));
        return a;
    }
    case ServerStore::Update::Closed:
        return error(409, "answered", QStringLiteral("an answered proposal can no longer be changed"));
    case ServerStore::Update::Failed:
        break;
    }
    return error(500, "storage", m_store->errorString());
}

SyncServer::Answer SyncServer::admin(const Call &call)
{
    if (m_options.adminToken.isEmpty()
        || call.headers.value("authorization") != "Bearer " + m_options.adminToken.toUtf8())
        return error(401, "unauthorized", QStringLiteral("admin token required"));
    if (call.path == u"/admin/stats") {
        QJsonObject stats = m_store->stats();
        QJsonObject counters;
        for (auto it = m_counters.cbegin(); it != m_counters.cend(); ++it)
            counters.insert(it.key(), it.value());
        stats.insert(QStringLiteral("counters"), counters);
        stats.insert(QStringLiteral("faults"), m_plan.toJson());
        return json(200, stats);
    }
    if (call.path == u"/admin/proposals" && call.method == "GET")
        return json(200, QJsonObject{{QStringLiteral("proposals"), m_store->dump()}});
    if (call.path == u"/admin/faults" && call.method == "POST") {
        if (!m_plan.apply(QJsonDocument::fromJson(call.body).object()))
            return error(400, "invalid-faults", QStringLiteral("shares are numbers in [0, 1]"));
        return json(200, m_plan.toJson());
    }
    static const QRegularExpression statusPath(QStringLiteral("^/admin/proposals/([A-Za-z0-9-]+)$"));
    const QRegularExpressionMatch m = statusPath.match(call.path);
    if (m.hasMatch() && call.method == "POST") {
        const QJsonObject o = QJsonDocument::fromJson(call.body).object();
        if (!m_store->setStatus(m.captured(1), o.value(QStringLiteral("status")).toString(),
                                o.value(QStringLiteral("reply")).toString()))
            return error(404, "not-found", QStringLiteral("no such proposal"));
        return json(200, QJsonObject{{QStringLiteral("ok"), true}});
    }
    return error(404, "not-found", QStringLiteral("no such admin endpoint"));
}

void SyncServer::send(QTcpSocket *socket, const Answer &answer, FaultPlan::Action action)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (action == FaultPlan::Action::DropAfter) {
        socket->abort();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reasonPhrase(answer.status) + "\r\n";
    head += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
    for (const auto &[name, value] : answer.headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    if (action == FaultPlan::Action::CloseMidBody) {
        socket->write(head + answer.body.left(answer.body.size() / 2));
        socket->disconnectFromHost(); // after the bytes already written
        return;
    }
    socket->write(head + answer.body);
}

} // namespace Ss::SyncServer
