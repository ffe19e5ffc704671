// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace Ss::Ui {

/*! \brief One window per user: a second start hands its request to the running instance.
 *
 * Opening an archive from the file manager while the app runs should show it in the window that
 * is already open, not start a second browser (and a second WebEngine). The first instance
 * listens on a local socket only its user can open; a later start connects, sends its request (the
 * archive path made absolute, the document, the language) as one JSON array and exits.
 * A socket left behind by a crashed instance is removed when nobody answers on it. */
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)
public:
    //! \a key names the socket; the default is per user ("kr.seoulsolution.Desktop-<user>").
    explicit SingleInstance(QString key = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    //! Sends \a request to a running instance; true if it was delivered (then this process exits).
    bool sendToRunning(const QStringList &request, int timeoutMs = 2000) const;
    //! Becomes the running instance; false (and a warning) if the socket cannot be made.
    bool listen();
    QString key() const { return m_key; }
    static QString defaultKey();

Q_SIGNALS:
    //! Another start asked for \a request (as given to sendToRunning()).
    void requestReceived(const QStringList &request);

private:
    QString m_key;
    QLocalServer *m_server = nullptr;
};

} // namespace Ss::Ui
