// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Seoul Solution Desktop contributors
#include "tokenstore.h"

#include "synclogging.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

#include <functional>
#include <memory>

namespace Ss::Sync {

namespace {
constexpr int kKeychainTimeoutMs = 10'000;

QString itemKey(const QString &account)
{
    return QStringLiteral("sync-token:") + account;
}

/*! Starts \a job and calls \a done exactly once: with the job when it finishes, or with nullptr after the timeout.
 *  The job deletes itself (QtKeychain's autoDelete). */
void run(QKeychain::Job *job, QObject *context, const std::function<void(QKeychain::Job *)> &done)
{
    // QtKeychain's plain-text fallback stays off (its default): never "fix" a headless failure with it.
    auto fired = std::make_shared<bool>(false);
    QObject::connect(job, &QKeychain::Job::finished, context, [done, fired](QKeychain::Job *finished) {
        if (!std::exchange(*fired, true))
            done(finished);
    });
    QTimer::singleShot(kKeychainTimeoutMs, context, [done, fired] {
        if (!std::exchange(*fired, true))
            done(nullptr);
    });
    job->start();
}
} // namespace

TokenStore::TokenStore(QObject *parent)
    : TokenStore(QStringLiteral("SeoulSolution"), parent)
{
}

TokenStore::TokenStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

TokenStore::~TokenStore() = default;

QString TokenStore::storageText() const
{
    switch (m_storage) {
    case Storage::None:
        return tr("You are not signed in.");
    case Storage::Keychain:
        return tr("The token is kept in the system keychain.");
    case Storage::SessionOnly:
        return tr("No keychain service is available, so the token cannot be remembered. It is kept only until you "
                  "quit the app.");
    }
    return {};
}

void TokenStore::load(const QString &account)
{
    const quint64 generation = ++m_generation;
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(itemKey(account));
    run(job, this, [this, generation](QKeychain::Job *finished) {
        if (generation != m_generation)
            return;
        auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read && read->error() == QKeychain::NoError && !read->textData().isEmpty()) {
            m_token = read->textData();
            m_storage = Storage::Keychain;
            Q_EMIT tokenChanged(m_token);
            Q_EMIT loaded(true);
            return;
        }
        if (!read || read->error() != QKeychain::EntryNotFound) {
            m_keychainError = read ? read->errorString() : QStringLiteral("the keychain did not answer");
            qCInfo(lcSync) << "keychain read failed:" << m_keychainError;
        }
        Q_EMIT loaded(false);
    });
}

void TokenStore::save(const QString &account, const QString &token)
{
    const quint64 generation = ++m_generation;
    m_token = token;
    m_storage = Storage::SessionOnly; // until the keychain confirms
    Q_EMIT tokenChanged(m_token);
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(itemKey(account));
    job->setTextData(token);
    run(job, this, [this, generation](QKeychain::Job *finished) {
        if (generation != m_generation)
            return;
        const bool remembered = finished && finished->error() == QKeychain::NoError;
        if (!remembered) {
            m_keychainError = finished ? finished->errorString() : QStringLiteral("the keychain did not answer");
            qCInfo(lcSync) << "keychain write failed, token kept for this session only:" << m_keychainError;
        }
        m_storage = remembered ? Storage::Keychain : Storage::SessionOnly;
        Q_EMIT saved(remembered);
    });
}

void TokenStore::forget(const QString &account)
{
    const quint64 generation = ++m_generation;
    m_token.clear();
    m_storage = Storage::None;
    Q_EMIT tokenChanged(m_token);
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(itemKey(account));
    run(job, this, [this, generation](QKeychain::Job *finished) {
        if (finished && finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound) {
            m_keychainError = finished->errorString();
            qCInfo(lcSync) << "keychain delete failed:" << m_keychainError;
        }
        if (generation == m_generation)
            Q_EMIT forgotten();
    });
}

} // namespace Ss::Sync
