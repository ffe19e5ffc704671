// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "syncserverprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

namespace Ss::SyncTest {

SyncServerProcess::SyncServerProcess()
{
    m_process.setProgram(QStringLiteral(SS_SYNC_SERVER_EXE));
}

SyncServerProcess::~SyncServerProcess()
{
    kill();
}

bool SyncServerProcess::start(const QString &dbPath, const QStringList &arguments, quint16 port)
{
    kill();
    if (port != 0)
        m_port = port;
    m_isTls = arguments.contains(QStringLiteral("--tls-cert"));
    QStringList args{QStringLiteral("--db"), dbPath, QStringLiteral("--token"),
                     QStringLiteral("tester:") + QString::fromLatin1(kToken), QStringLiteral("--admin-token"),
                     QString::fromLatin1(kAdminToken), QStringLiteral("--port"), QString::number(m_port)};
    m_process.setArguments(args + arguments);
    // A restart on the same port can race the old socket's release: try a few times.
    for (int attempt = 0; attempt < 20; ++attempt) {
        m_process.start();
        if (!m_process.waitForStarted(5000)) {
            m_error = m_process.errorString();
            return false;
        }
        QDeadlineTimer deadline(10000);
        while (!m_process.canReadLine() && m_process.state() == QProcess::Running && !deadline.hasExpired())
            m_process.waitForReadyRead(100);
        if (m_process.canReadLine()) {
            m_port = quint16(m_process.readLine().trimmed().toUInt());
            return m_port != 0;
        }
        m_process.waitForFinished(1000);
        m_error = QString::fromLocal8Bit(m_process.readAllStandardError());
        QThread::msleep(100);
    }
    return false;
}

void SyncServerProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SyncServerProcess::isRunning()
{
    if (m_process.state() == QProcess::Running)
        m_process.waitForFinished(0); // collects an exit that no event loop has seen yet
    return m_process.state() == QProcess::Running;
}

bool SyncServerProcess::waitForExit(int ms)
{
    return m_process.state() == QProcess::NotRunning || m_process.waitForFinished(ms);
}

QByteArray SyncServerProcess::standardError()
{
    return m_process.readAllStandardError();
}

QUrl SyncServerProcess::url() const
{
    QUrl url;
    url.setScheme(m_isTls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

quint16 SyncServerProcess::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QByteArray SyncServerProcess::admin(const QByteArray &method, const QString &path, const QByteArray &body)
{
    QNetworkAccessManager nam;
    QUrl u = url();
    u.setPath(path);
    QNetworkRequest request(u);
    request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + kAdminToken);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    if (m_isTls) // the admin side of the test does not care who answers; the client under test does
        reply->ignoreSslErrors();
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray answer = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    if (reply->error() != QNetworkReply::NoError)
        m_error = reply->errorString();
    delete reply;
    return answer;
}

QJsonObject SyncServerProcess::stats()
{
    return QJsonDocument::fromJson(admin("GET", QStringLiteral("/admin/stats"))).object();
}

QJsonArray SyncServerProcess::proposals()
{
    return QJsonDocument::fromJson(admin("GET", QStringLiteral("/admin/proposals")))
        .object()
        .value(QStringLiteral("proposals"))
        .toArray();
}

bool SyncServerProcess::setFaults(const QJsonObject &faults)
{
    return !admin("POST", QStringLiteral("/admin/faults"), QJsonDocument(faults).toJson()).isEmpty();
}

bool SyncServerProcess::setStatus(const QString &serverId, const QString &status, const QString &reply)
{
    const QJsonObject body{{QStringLiteral("status"), status}, {QStringLiteral("reply"), reply}};
    return !admin("POST", QStringLiteral("/admin/proposals/") + serverId, QJsonDocument(body).toJson()).isEmpty();
}

} // namespace Ss::SyncTest
