// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
// Y3 (RELIABILITY.md §4.4): the reference server keeps the contract of docs/sync-protocol.md. A replay returns the
// original status and body; a duplicate while the original is still being processed gets 409; a key reused for
// another payload 422; a missing key 400; PUT without If-Match 428 and with a stale one 412; attachments are
// checked by size and SHA-256; tokens scope what a user sees; the status cursor pages.
#include "syncserverprocess.h"
#include "testproposals.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Ss;

namespace {
constexpr const char *kOtherToken = "tok-someone-else";

struct Answer
{
    int status = 0;
    QJsonObject body;
    QByteArray raw;
    QHash<QByteArray, QByteArray> headers; // lowercase
};

QByteArray payloadFor(int n, const QList<QByteArray> &attachments = {})
{
    Sync::ProposalDraft d = SyncTest::validProposal(n);
    d.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (int i = 0; i < attachments.size(); ++i)
        d.attachments.append(
            Sync::ProposalAttachment::fromData(QStringLiteral("f%1.bin").arg(i), QString(), attachments.at(i)));
    return QJsonDocument(d.toPayload()).toJson(QJsonDocument::Compact);
}

//! A multipart/form-data body as the client sends it; \a boundary varies between attempts, as with QHttpMultiPart.
QByteArray multipart(const QByteArray &payload, const QList<QByteArray> &attachments, const QByteArray &boundary)
{
    QByteArray body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"proposal\"\r\n"
                      "Content-Type: application/json\r\n\r\n" + payload + "\r\n";
    for (int i = 0; i < attachments.size(); ++i)
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment-" + QByteArray::number(i)
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + attachments.at(i) + "\r\n";
    return body + "--" + boundary + "--\r\n";
}
} // namespace

class TestSyncServerContract : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SyncTest::SyncServerProcess m_server;
    SyncTest::SyncServerProcess *m_target = &m_server; // the server the requests go to
    QNetworkAccessManager m_nam;

    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &body,
                        const QList<QPair<QByteArray, QByteArray>> &headers, const char *token)
    {
        QUrl url = m_target->url();
        url.setPath(path.section(u'?', 0, 0));
        url.setQuery(path.section(u'?', 1));
        QNetworkRequest request(url);
        if (token)
            request.setRawHeader("Authorization", QByteArray("Bearer ") + token);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        return m_nam.sendCustomRequest(request, method, body);
    }

    static Answer finish(QNetworkReply *reply)
    {
        if (!reply->isFinished()) {
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.raw = reply->readAll();
        a.body = QJsonDocument::fromJson(a.raw).object();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            a.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return a;
    }

    Answer call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                const QList<QPair<QByteArray, QByteArray>> &headers = {},
                const char *token = SyncTest::SyncServerProcess::kToken)
    {
        return finish(send(method, path, body, headers, token));
    }

    QNetworkReply *startSubmit(const QByteArray &key, const QByteArray &payload,
                               const QList<QByteArray> &attachments = {}, const char *token = SyncTest::SyncServerProcess::kToken)
    {
        const QByteArray boundary = "b" + QUuid::createUuid().toByteArray(QUuid::Id128);
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "multipart/form-data; boundary=" + boundary}};
        if (!key.isNull())
            headers.append({"Idempotency-Key", '"' + key + '"'});
        return send("POST", QStringLiteral("/v1/proposals"), multipart(payload, attachments, boundary), headers, token);
    }

    Answer submit(const QByteArray &key, const QByteArray &payload, const QList<QByteArray> &attachments = {},
                  const char *token = SyncTest::SyncServerProcess::kToken)
    {
        return finish(startSubmit(key, payload, attachments, token));
    }

    static QByteArray newKey() { return QUuid::createUuid().toByteArray(QUuid::WithoutBraces); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start(m_dir.filePath(QStringLiteral("server.sqlite")),
                               {QStringLiteral("--token"), QStringLiteral("other:") + QString::fromLatin1(kOtherToken),
                                QStringLiteral("--max-attachment-bytes"), QStringLiteral("1000")}));
    }

    void health()
    {
        const Answer a = call("GET", QStringLiteral("/v1/health"), {}, {}, nullptr);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.value(u"status").toString(), QStringLiteral("ok"));
    }

    void authentication()
    {
        Answer a = submit(newKey(), payloadFor(1), {}, nullptr);
        QCOMPARE(a.status, 401);
        QCOMPARE(a.headers.value("www-authenticate"), QByteArray("Bearer"));
        QCOMPARE(submit(newKey(), payloadFor(1), {}, "wrong").status, 401);
        QCOMPARE(call("GET", QStringLiteral("/v1/proposals"), {}, {}, "wrong").status, 401);
        QCOMPARE(call("GET", QStringLiteral("/admin/stats"), {}, {}, SyncTest::SyncServerProcess::kToken).status, 401);
    }

    void createThenReplay()
    {
        const QByteArray key = newKey();
        const QByteArray payload = payloadFor(2);
        const qint64 before = m_server.stats().value(u"proposals").toInteger();
        const Answer first = submit(key, payload);
        QCOMPARE(first.status, 201);
        QVERIFY(first.body.value(u"id").toString().startsWith(u"SP-"));
        QCOMPARE(first.body.value(u"status").toString(), QStringLiteral("received"));
        QVERIFY(!first.headers.contains("idempotent-replayed"));
        const Answer again = submit(key, payload); // another boundary, same proposal
        QCOMPARE(again.status, 201);
        QCOMPARE(again.raw, first.raw);
        QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(m_server.stats().value(u"proposals").toInteger(), before + 1);
        // Keys belong to a user: the same key from someone else is their own proposal.
        QCOMPARE(submit(key, payload, {}, kOtherToken).status, 201);
    }

    void keyReusedForAnotherPayload()
    {
        const QByteArray key = newKey();
        QCOMPARE(submit(key, payloadFor(3)).status, 201);
        const Answer a = submit(key, payloadFor(4));
        QCOMPARE(a.status, 422);
        QCOMPARE(a.body.value(u"error").toString(), QStringLiteral("idempotency-key-reused"));
    }

    void missingOrInvalidKey()
    {
        Answer a = submit(QByteArray(), payloadFor(5));
        QCOMPARE(a.status, 400);
        QCOMPARE(a.body.value(u"error").toString(), QStringLiteral("missing-idempotency-key"));
        QCOMPARE(submit("bad key with spaces", payloadFor(5)).status, 400);
    }

    void duplicateWhileInProgress()
    {
        QVERIFY(m_server.setFaults({{QStringLiteral("delay_share"), 1}, {QStringLiteral("delay_min_ms"), 800},
                                    {QStringLiteral("delay_max_ms"), 800}}));
        const QByteArray key = newKey();
        const QByteArray payload = payloadFor(6);
        QNetworkReply *original = startSubmit(key, payload);
        QTest::qWait(250);
        const Answer duplicate = submit(key, payload);
        QCOMPARE(duplicate.status, 409);
        QCOMPARE(duplicate.headers.value("retry-after"), QByteArray("1"));
        const Answer first = finish(original);
        QCOMPARE(first.status, 201);
        QVERIFY(m_server.setFaults({{QStringLiteral("delay_share"), 0}}));
        const Answer later = submit(key, payload);
        QCOMPARE(later.status, 201);
        QCOMPARE(later.raw, first.raw);
    }

    void invalidProposal()
    {
        QJsonObject p = QJsonDocument::fromJson(payloadFor(7)).object();
        p.insert(QStringLiteral("title"), QString());
        p.insert(QStringLiteral("language"), QStringLiteral("fr"));
        const Answer a = submit(newKey(), QJsonDocument(p).toJson(QJsonDocument::Compact));
        QCOMPARE(a.status, 422);
        QCOMPARE(a.body.value(u"error").toString(), QStringLiteral("invalid-proposal"));
        const QJsonArray fields = a.body.value(u"fields").toArray();
        QVERIFY(fields.contains(QStringLiteral("title")) && fields.contains(QStringLiteral("language")));
        QCOMPARE(submit(newKey(), "{not json").status, 400);
        QCOMPARE(call("POST", QStringLiteral("/v1/proposals"), payloadFor(7),
                      {{"Idempotency-Key", newKey()}, {"Content-Type", "application/json"}})
                     .status,
                 415);
    }

    void attachmentsAreVerified()
    {
        const QByteArray data = SyncTest::attachmentBytes(8, 500);
        const QByteArray payload = payloadFor(8, {data});
        QCOMPARE(submit(newKey(), payload, {data}).status, 201);
        QByteArray flipped = data;
        flipped[10] = char(flipped[10] ^ 1);
        Answer a = submit(newKey(), payload, {flipped});
        QCOMPARE(a.status, 422);
        QCOMPARE(a.body.value(u"error").toString(), QStringLiteral("attachment-mismatch"));
        QCOMPARE(submit(newKey(), payload, {}).status, 400); // declared but not sent
        const QByteArray big = SyncTest::attachmentBytes(9, 1500);
        QCOMPARE(submit(newKey(), payloadFor(9, {big}), {big}).status, 413);
        const QJsonObject stats = m_server.stats();
        QCOMPARE(stats.value(u"attachment_hash_mismatches").toInteger(), 0);
    }

    void statusCursorPages()
    {
        QTemporaryDir dir;
        SyncTest::SyncServerProcess server; // an empty server: the cursor arithmetic is exact
        QVERIFY(server.start(dir.filePath(QStringLiteral("s.sqlite"))));
        m_target = &server;
        const auto restore = qScopeGuard([this] { m_target = &m_server; });
        QStringList ids;
        for (int n = 0; n < 3; ++n)
            ids.append(submit(newKey(), payloadFor(20 + n)).body.value(u"id").toString());
        Answer page = call("GET", QStringLiteral("/v1/proposals?since=0&limit=2"));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.body.value(u"proposals").toArray().size(), 2);
        QVERIFY(page.body.value(u"has_more").toBool());
        const QString cursor = page.body.value(u"cursor").toString();
        page = call("GET", QStringLiteral("/v1/proposals?since=") + cursor);
        QCOMPARE(page.body.value(u"proposals").toArray().size(), 1);
        QVERIFY(!page.body.value(u"has_more").toBool());
        const QString end = page.body.value(u"cursor").toString();
        QCOMPARE(call("GET", QStringLiteral("/v1/proposals?since=") + end).body.value(u"proposals").toArray().size(), 0);

        QVERIFY(server.setStatus(ids[0], QStringLiteral("answered"), QStringLiteral("회신")));
        page = call("GET", QStringLiteral("/v1/proposals?since=") + end);
        const QJsonObject changed = page.body.value(u"proposals").toArray().first().toObject();
        QCOMPARE(changed.value(u"id").toString(), ids[0]);
        QCOMPARE(changed.value(u"status").toString(), QStringLiteral("answered"));
        QCOMPARE(changed.value(u"reply").toString(), QStringLiteral("회신"));
        QCOMPARE(call("GET", QStringLiteral("/v1/proposals?since=x")).status, 400);
        // Another user sees none of them.
        QCOMPARE(call("GET", QStringLiteral("/v1/proposals?since=0"), {}, {}, kOtherToken)
                     .body.value(u"proposals").toArray().size(),
                 0);
    }

    void conditionalUpdate()
    {
        const QString id = submit(newKey(), payloadFor(30)).body.value(u"id").toString();
        const QString path = QStringLiteral("/v1/proposals/") + id;
        Answer a = call("GET", path);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.headers.value("etag"), QByteArray("\"1\""));
        QCOMPARE(a.body.value(u"proposal").toObject().value(u"title").toString(), SyncTest::validProposal(30).title);
        const QByteArray edited = payloadFor(31);
        QCOMPARE(call("PUT", path, edited).status, 428);
        a = call("PUT", path, edited, {{"If-Match", "\"7\""}});
        QCOMPARE(a.status, 412);
        QCOMPARE(a.headers.value("etag"), QByteArray("\"1\""));
        a = call("PUT", path, edited, {{"If-Match", "\"1\""}});
        QCOMPARE(a.status, 200);
        QCOMPARE(a.headers.value("etag"), QByteArray("\"2\""));
        QCOMPARE(call("PUT", path, edited, {{"If-Match", "\"1\""}}).status, 412); // the other editor lost
        QCOMPARE(call("GET", path, {}, {}, kOtherToken).status, 404);
        QCOMPARE(call("GET", QStringLiteral("/v1/proposals/SP-999999")).status, 404);
        QVERIFY(m_server.setStatus(id, QStringLiteral("answered"), QString()));
        QCOMPARE(call("PUT", path, edited, {{"If-Match", "\"2\""}}).status, 409); // answered: closed
    }
};

QTEST_GUILESS_MAIN(TestSyncServerContract)
#include "tst_syncservercontract.moc"
