// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

// Secrets (client secret, webhook key) in the OS keychain through QtKeychain, asynchronously.
// When the keychain fails, the secret is kept in memory for this run only and the failure is
// reported, so that the console can say so. Secrets are never logged.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    static QString serviceName(); // "org.statusdesk.StatusDesk"
    // The keychain key of one secret of one profile, e.g. "Demo/client-secret".
    static QString keyFor(const QString &profile, const QString &secretName);

    explicit SecretStore(QObject *parent = nullptr);

    // Emits stored(key, persisted, error) when done.
    void store(const QString &key, const QString &secret);
    // Emits loaded(key, secret, found, error) when done; a secret kept for this run wins.
    void load(const QString &key);
    // Emits removed(key) when done.
    void remove(const QString &key);
    // Drops the copy kept for this run after a failed store, leaving the keychain as it is: for a
    // secret that is worth nothing unless it lasts (the audit key).
    void forgetRunOnly(const QString &key) { m_sessionOnly.remove(key); }

    // True once a keychain job has failed for want of a keychain in this run.
    bool keychainFailed() const { return m_keychainFailed; }

signals:
    void stored(const QString &key, bool persisted, const QString &error);
    void loaded(const QString &key, const QString &secret, bool found, const QString &error);
    void removed(const QString &key);

private:
    QHash<QString, QString> m_sessionOnly;
    bool m_keychainFailed = false;
};
