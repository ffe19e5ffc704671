// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "syncsettingsdialog.h"

#include "syncaccount.h"

#include <sync/tokenstore.h>

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ss::Ui {

SyncSettingsDialog::SyncSettingsDialog(SyncAccount *account, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_intro(new QLabel(this))
    , m_serverLabel(new QLabel(this))
    , m_server(new QLineEdit(this))
    , m_tokenLabel(new QLabel(this))
    , m_token(new QLineEdit(this))
    , m_signIn(new QPushButton(this))
    , m_storage(new QLabel(this))
    , m_error(new QLabel(this))
    , m_logOut(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_intro->setWordWrap(true);
    m_server->setText(m_account->serverUrl().toString());
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_serverLabel->setBuddy(m_server);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_token->setClearButtonEnabled(true);
    m_tokenLabel->setBuddy(m_token);
    m_storage->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("fieldMessage"));
    m_error->hide();

    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_signIn);
    auto *form = new QFormLayout;
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_tokenLabel, tokenRow);
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_storage, 1);
    stateRow->addWidget(m_logOut, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(stateRow);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SyncSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SyncSettingsDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this, &SyncSettingsDialog::apply);
    connect(m_logOut, &QPushButton::clicked, this, &SyncSettingsDialog::logOut);
    connect(m_token, &QLineEdit::textChanged, this, &SyncSettingsDialog::updateState);
    Sync::TokenStore *tokens = m_account->tokens();
    connect(tokens, &Sync::TokenStore::tokenChanged, this, &SyncSettingsDialog::updateState);
    connect(tokens, &Sync::TokenStore::saved, this, &SyncSettingsDialog::updateState);
    connect(tokens, &Sync::TokenStore::loaded, this, &SyncSettingsDialog::updateState);
    connect(tokens, &Sync::TokenStore::forgotten, this, &SyncSettingsDialog::updateState);
    retranslate();
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

SyncSettingsDialog::~SyncSettingsDialog()
{
    m_token->clear(); // the widget's copy of a typed token does not outlive the dialog
}

void SyncSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SyncSettingsDialog::retranslate()
{
    setWindowTitle(tr("Proposal Sync"));
    m_intro->setText(tr("Submitted proposals are sent to the city's portal. Enter the portal's address and the "
                        "token it gave you."));
    m_serverLabel->setText(tr("Portal &address:"));
    m_server->setPlaceholderText(tr("https://portal.example.go.kr/solution/api"));
    m_tokenLabel->setText(tr("&Token:"));
    m_token->setPlaceholderText(tr("Paste the token from the portal"));
    m_signIn->setText(tr("&Sign In"));
    m_logOut->setText(tr("&Log Out"));
    m_logOut->setToolTip(tr("Forget the token on this computer"));
    updateState();
}

void SyncSettingsDialog::updateState()
{
    const bool signedIn = m_account->isSignedIn();
    QString text = m_account->tokens()->storageText();
    if (signedIn && m_account->tokens()->storage() == Sync::TokenStore::Storage::Keychain)
        text = tr("Signed in. The token is remembered in the system keychain.");
    else if (signedIn && m_account->tokens()->storage() == Sync::TokenStore::Storage::SessionOnly)
        text = tr("Signed in for this session only: no keychain service is available, so the token cannot be "
                  "remembered. You will need to enter it again after restarting the app.");
    m_storage->setText(text);
    m_logOut->setEnabled(signedIn);
    m_signIn->setEnabled(!m_token->text().trimmed().isEmpty());
}

void SyncSettingsDialog::setError(const QString &text)
{
    m_error->setText(text);
    m_error->setHidden(text.isEmpty());
}

QString SyncSettingsDialog::storageText() const
{
    return m_storage->text();
}

QString SyncSettingsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool SyncSettingsDialog::apply()
{
    const QString address = m_server->text().trimmed();
    const QString token = m_token->text().trimmed();
    if (address.isEmpty() && token.isEmpty()) {
        setError({});
        return true;
    }
    QString error;
    if (!m_account->setServerUrl(QUrl(address, QUrl::StrictMode), &error)) {
        setError(error);
        m_server->setFocus();
        return false;
    }
    setError({});
    if (!token.isEmpty()) {
        m_account->signIn(token);
        m_token->clear();
    }
    updateState();
    return true;
}

void SyncSettingsDialog::logOut()
{
    m_account->logOut();
    m_token->clear();
    updateState();
}

void SyncSettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace Ss::Ui
