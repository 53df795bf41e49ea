// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class SecretStore;

// The console's audit keys in the OS keychain (through SecretStore), one per audit log: a SQLite
// file by its absolute path, a PostgreSQL team log by its URL without password. STATUSDESK_AUDIT_KEY
// overrides the keychain. A log without a key gets a fresh one at its first sign-in, kept only when
// the keychain keeps it (a key lost at the end of the run would leave the log unverifiable).
// Keys are never logged, audited or written to QSettings.
class AuditKeyring : public QObject
{
    Q_OBJECT
public:
    enum class Source {
        None, // no key: the log stays unkeyed
        Environment, // STATUSDESK_AUDIT_KEY
        Keychain, // found in the keychain
        Generated, // made now and saved in the keychain
    };
    Q_ENUM(Source)

    explicit AuditKeyring(SecretStore *secrets, QObject *parent = nullptr);

    // The keychain entry's name for the audit log at location.
    static QString keychainKey(const QString &location);
    // STATUSDESK_AUDIT_KEY's value (empty when unset).
    static QByteArray environmentKey();

    // Emits fetched() with the key for the log at location (the variable, the keychain, or a new one).
    void fetch(const QString &location);
    // Emits lookedUp() with the key the keychain holds for location, generating none.
    void lookUp(const QString &location);
    // Saves key text as the key of the log at location; emits saved().
    void save(const QString &location, const QByteArray &keyText);

signals:
    // warning: why there is no key (the keychain is missing or failed), for the lead to read.
    void fetched(
        const QString &location, const QByteArray &keyText, AuditKeyring::Source source, const QString &warning);
    void lookedUp(
        const QString &location, const QByteArray &keyText, AuditKeyring::Source source, const QString &warning);
    void saved(const QString &location, bool persisted, const QString &error);

private:
    void read(const QString &location, bool generate);
    void generateFor(const QString &location);

    SecretStore *m_secrets;
};
