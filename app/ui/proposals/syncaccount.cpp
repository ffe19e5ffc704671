// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "syncaccount.h"

#include <sync/syncclient.h>
#include <sync/syncengine.h>
#include <sync/tokenstore.h>

namespace Ss::Ui {

SyncAccount::SyncAccount(Sync::SyncEngine *engine, Sync::TokenStore *tokens, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_tokens(tokens)
{
    connect(m_tokens, &Sync::TokenStore::tokenChanged, this, &SyncAccount::onTokenChanged);
}

SyncAccount::~SyncAccount() = default;

QString SyncAccount::accountName(const QUrl &url)
{
    return url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString();
}

bool SyncAccount::isAcceptableUrl(const QUrl &url, QString *error)
{
    const bool isHttps = url.scheme() == u"https";
    const bool isLocalHttp = url.scheme() == u"http" && Sync::SyncClient::isLoopback(url);
    if (url.isValid() && !url.host().isEmpty() && (isHttps || isLocalHttp))
        return true;
    if (error) {
        *error = url.scheme() == u"http"
            ? tr("Use https:// for the server address; plain http:// works only for this computer.")
            : tr("Enter the server address, starting with https://.");
    }
    return false;
}

void SyncAccount::restore(const QUrl &url)
{
    if (url.isEmpty() || !setServerUrl(url))
        return;
    m_tokens->load(accountName(m_url));
}

bool SyncAccount::setServerUrl(const QUrl &url, QString *error)
{
    if (!isAcceptableUrl(url, error))
        return false;
    if (m_engine && !m_engine->setServerUrl(url)) {
        if (error)
            *error = m_engine->errorString();
        return false;
    }
    const QUrl old = m_url;
    m_url = url.adjusted(QUrl::StripTrailingSlash);
    if (m_url != old) {
        // The token belongs to the old server and must never reach the new one: the new server needs its own
        // (from the keychain, or from the user).
        if (!old.isEmpty() && m_hasToken) {
            m_hasToken = false;
            if (m_engine) {
                m_engine->stop();
                m_engine->setToken(QString());
            }
            Q_EMIT signedInChanged(false);
            m_tokens->load(accountName(m_url));
        }
        Q_EMIT serverUrlChanged(m_url);
    }
    return true;
}

void SyncAccount::signIn(const QString &token)
{
    if (m_url.isEmpty() || token.trimmed().isEmpty())
        return;
    m_tokens->save(accountName(m_url), token.trimmed());
}

void SyncAccount::logOut()
{
    if (m_engine)
        m_engine->stop();
    m_tokens->forget(accountName(m_url));
}

bool SyncAccount::isSignedIn() const
{
    return m_hasToken;
}

void SyncAccount::onTokenChanged(const QString &token)
{
    m_hasToken = !token.isEmpty();
    if (m_engine) {
        m_engine->setToken(token);
        if (token.isEmpty())
            m_engine->stop();
        else if (!m_url.isEmpty() && !m_engine->isRunning())
            m_engine->start();
    }
    Q_EMIT signedInChanged(!token.isEmpty());
}

} // namespace Ss::Ui
