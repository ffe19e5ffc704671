// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QObject>
#include <QString>

namespace Ss::Sync {

/*! \brief The sync token of the user: in the OS keychain (QtKeychain), or only in memory for this session.
 *
 * Never in QSettings, the databases or the logs. When no keychain service is available (no Secret Service or
 * KWallet on the session bus, a headless machine), the token still works for the session and storageText() says
 * that it cannot be remembered. QtKeychain's insecure plain-text fallback is never enabled (RELIABILITY.md C1, C2).
 *
 * The keychain is asynchronous: results arrive as signals. A keychain that does not answer within 10 seconds is
 * treated as unavailable. */
class TokenStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStore)

public:
    enum class Storage {
        None,        //!< no token
        Keychain,    //!< in the keychain: remembered across sessions
        SessionOnly, //!< in memory only: no keychain service, or it failed
    };

    explicit TokenStore(QObject *parent = nullptr);
    //! \a service names the keychain items (default "SeoulSolution"; tests use their own).
    explicit TokenStore(const QString &service, QObject *parent = nullptr);
    ~TokenStore() override;

    //! Reads the token of \a account (the server's address) from the keychain; emits loaded().
    void load(const QString &account);
    //! Uses \a token at once (tokenChanged()) and stores it in the keychain; emits saved().
    void save(const QString &account, const QString &token);
    //! Log-out: clears the token in memory and deletes the keychain item; emits forgotten().
    void forget(const QString &account);

    QString token() const { return m_token; }
    Storage storage() const { return m_storage; }
    //! A sentence for the settings dialog: where the token is kept, or that it cannot be remembered.
    QString storageText() const;
    //! The keychain's own error text of the last failure, for the log (never contains the token).
    QString keychainError() const { return m_keychainError; }

Q_SIGNALS:
    void tokenChanged(const QString &token);
    void loaded(bool found);
    //! \a remembered false: the token is kept for this session only.
    void saved(bool remembered);
    void forgotten();

private:
    QString m_service;
    QString m_token;
    QString m_keychainError;
    Storage m_storage = Storage::None;
    quint64 m_generation = 0; // answers of superseded or timed-out jobs are ignored
};

} // namespace Ss::Sync
