// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Ss::Ui {

class SyncAccount;

/*! \brief Proposal sync settings: the portal's address, the sign-in token (a password field), where the token is
 * kept (the keychain, or this session only when no keychain service is available), and Log out.
 *
 * Only shows and asks: SyncAccount applies (TokenStore keeps the token; it is never written to QSettings or a
 * file). The token field is cleared once the token is handed over. */
class SyncSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncSettingsDialog)

public:
    explicit SyncSettingsDialog(SyncAccount *account, QWidget *parent = nullptr);
    ~SyncSettingsDialog() override;

    QLineEdit *serverField() const { return m_server; }
    QLineEdit *tokenField() const { return m_token; }
    QString storageText() const;
    QString errorText() const;

public Q_SLOTS:
    //! Applies the address and, when one was typed, the token; false (dialog stays) when the address is wrong.
    bool apply();
    void logOut();
    void accept() override;
    void retranslate();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateState();
    void setError(const QString &text);

    SyncAccount *m_account;
    QLabel *m_intro;
    QLabel *m_serverLabel;
    QLineEdit *m_server;
    QLabel *m_tokenLabel;
    QLineEdit *m_token;
    QPushButton *m_signIn;
    QLabel *m_storage;
    QLabel *m_error;
    QPushButton *m_logOut;
    QDialogButtonBox *m_buttons;
};

} // namespace Ss::Ui
