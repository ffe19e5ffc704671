// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Ss::SyncTest {

/*! \brief Starts seoulsolution-sync-server on a free loopback port and talks to its /admin endpoints.
 *
 * The server is killed (SIGKILL) when this object is destroyed. Restarting with start() again reuses the same
 * database and, once a port is known, the same port. */
class SyncServerProcess final
{
public:
    SyncServerProcess();
    ~SyncServerProcess();
    SyncServerProcess(const SyncServerProcess &) = delete;
    SyncServerProcess &operator=(const SyncServerProcess &) = delete;

    static constexpr const char *kToken = "tok-3f1c9a7e-user";
    static constexpr const char *kAdminToken = "adm-test";

    //! Starts the server with \a arguments added (faults, --tls-*); waits for its port. \a dbPath is kept.
    bool start(const QString &dbPath, const QStringList &arguments = {}, quint16 port = 0);
    void kill();
    //! Whether the server is still alive (polls: it may have crashed on purpose).
    bool isRunning();
    //! Waits until the server exits on its own (the crash fault); true if it did within \a ms.
    bool waitForExit(int ms);

    quint16 port() const { return m_port; }
    //! http://127.0.0.1:port, or https://127.0.0.1:port with --tls-cert.
    QUrl url() const;
    QString errorString() const { return m_error; }
    QByteArray standardError();

    QJsonObject stats();
    QJsonArray proposals();
    bool setFaults(const QJsonObject &faults);
    bool setStatus(const QString &serverId, const QString &status, const QString &reply);

    //! A port on 127.0.0.1 that was free a moment ago (for a server that is started later).
    static quint16 freePort();

private:
    QByteArray admin(const QByteArray &method, const QString &path, const QByteArray &body = {});

    QProcess m_process;
    quint16 m_port = 0;
    bool m_isTls = false;
    QString m_error;
};

} // namespace Ss::SyncTest
