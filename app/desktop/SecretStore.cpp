// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/SecretStore.h"

#include "desktop/DesktopLogging.h"

#include <qt6keychain/keychain.h>

QString SecretStore::serviceName()
{
    return QStringLiteral("org.statusdesk.StatusDesk");
}

QString SecretStore::keyFor(const QString &profile, const QString &secretName)
{
    return profile + QLatin1Char('/') + secretName;
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

void SecretStore::store(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, key, secret](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError) {
            m_sessionOnly.remove(key);
            emit stored(key, true, {});
            return;
        }
        m_keychainFailed = true;
        m_sessionOnly.insert(key, secret);
        qCWarning(lcDesktop) << "keychain write failed for" << key << ":" << done->errorString();
        emit stored(key, false, done->errorString());
    });
    job->start();
}

void SecretStore::load(const QString &key)
{
    const auto kept = m_sessionOnly.constFind(key);
    if (kept != m_sessionOnly.constEnd()) {
        const QString secret = *kept;
        // Asynchronous like the keychain path, so that callers see one behaviour.
        QMetaObject::invokeMethod(
            this, [this, key, secret] { emit loaded(key, secret, true, {}); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *done) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(done);
        if (done->error() == QKeychain::NoError) {
            emit loaded(key, read->textData(), true, {});
            return;
        }
        if (done->error() == QKeychain::EntryNotFound) {
            emit loaded(key, {}, false, {});
            return;
        }
        m_keychainFailed = true;
        emit loaded(key, {}, false, done->errorString());
    });
    job->start();
}

void SecretStore::remove(const QString &key)
{
    m_sessionOnly.remove(key);
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *) { emit removed(key); });
    job->start();
}
