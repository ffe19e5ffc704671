// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>

namespace Ss::Ui {

namespace {
constexpr qint64 kMaxRequestBytes = 64 * 1024; // a request is a few paths; anything larger is not ours
}

SingleInstance::SingleInstance(QString key, QObject *parent)
    : QObject(parent), m_key(key.isEmpty() ? defaultKey() : std::move(key))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultKey()
{
    // Per user (and per home, so two accounts on one machine never meet); short enough for a
    // Unix socket path in the temporary folder.
    const QByteArray who = qgetenv("USER") + '\n' + QDir::homePath().toUtf8();
    return QStringLiteral("kr.seoulsolution.Desktop-")
           + QString::fromLatin1(QCryptographicHash::hash(who, QCryptographicHash::Sha256).toHex().left(16));
}

bool SingleInstance::sendToRunning(const QStringList &request, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_key);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(QJsonDocument(QJsonArray::fromStringList(request)).toJson(QJsonDocument::Compact));
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    socket.disconnectFromServer();
    if (socket.state() != QLocalSocket::UnconnectedState)
        socket.waitForDisconnected(timeoutMs);
    return true;
}

bool SingleInstance::listen()
{
    if (m_server)
        return true;
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_key)) {
        // A socket file left by an instance that crashed: nobody answered sendToRunning(), so remove it.
        QLocalServer::removeServer(m_key);
        if (!server->listen(m_key)) {
            qWarning("single instance: cannot listen on %s: %s", qPrintable(m_key), qPrintable(server->errorString()));
            delete server;
            return false;
        }
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, [this, socket] {
                const QByteArray data = socket->readAll();
                socket->deleteLater();
                QJsonParseError error;
                const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
                if (error.error != QJsonParseError::NoError || !doc.isArray())
                    return; // not a request of ours
                QStringList request;
                for (const QJsonValue &value : doc.array())
                    request.append(value.toString());
                Q_EMIT requestReceived(request);
            });
            connect(socket, &QLocalSocket::readyRead, socket, [socket] {
                if (socket->bytesAvailable() > kMaxRequestBytes)
                    socket->abort();
            });
        }
    });
    return true;
}

} // namespace Ss::Ui
