// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

namespace Ss::Sync {
class SyncEngine;
class TokenStore;
} // namespace Ss::Sync

namespace Ss::Ui {

/*! \brief The user's proposal-server account: its address, and its token through Sync::TokenStore, wired to the
 * sync engine. No widgets: SyncSettingsDialog shows it, the main window restores it at start.
 *
 * The token is only ever held by TokenStore (OS keychain, else memory for the session) and the engine; it is never
 * written to QSettings or a file. The server address is not secret: the main window may keep it in its settings
 * (serverUrlChanged()). The engine runs while there is an address and a token, and stops at log-out. */
class SyncAccount final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncAccount)

public:
    //! \a engine may be null (sync not available): the account is then only edited. Neither is owned.
    SyncAccount(Sync::SyncEngine *engine, Sync::TokenStore *tokens, QObject *parent = nullptr);
    ~SyncAccount() override;

    /*! At start: uses \a url (from the settings) and loads its token from the keychain; the engine starts when
     *  the token is found. An empty or invalid \a url leaves sync off. */
    void restore(const QUrl &url);
    QUrl serverUrl() const { return m_url; }
    //! Sets the server address (https, or http to this computer); false and \a error (translated) otherwise.
    bool setServerUrl(const QUrl &url, QString *error = nullptr);
    //! Uses \a token now and asks the keychain to remember it (TokenStore::saved() says whether it could).
    void signIn(const QString &token);
    //! Forgets the token, in memory and in the keychain, and stops syncing.
    void logOut();
    bool isSignedIn() const;
    Sync::TokenStore *tokens() const { return m_tokens; }
    Sync::SyncEngine *engine() const { return m_engine; }

    //! The address the keychain item is named after.
    static QString accountName(const QUrl &url);
    //! Whether \a url can be a server address: https, or http to a loopback address; \a error says why not.
    static bool isAcceptableUrl(const QUrl &url, QString *error = nullptr);

Q_SIGNALS:
    void serverUrlChanged(const QUrl &url);
    void signedInChanged(bool signedIn);

private:
    void onTokenChanged(const QString &token);

    Sync::SyncEngine *m_engine;
    Sync::TokenStore *m_tokens;
    QUrl m_url;
    bool m_hasToken = false; // a token for m_url (TokenStore may still hold the previous server's)
};

} // namespace Ss::Ui
