// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

// The secret that keys the audit chain: each entry's link is an HMAC-SHA-256 with it, so that one
// who can write the log file but does not hold the key cannot recompute the links. It never lives
// in the log: the console keeps it in the OS keychain, the headless CLI reads a key file (0600) or
// STATUSDESK_AUDIT_KEY, a shared team log uses one team key configured on every console.
// Never logged, audited or written to QSettings.
class AuditKey
{
    Q_DECLARE_TR_FUNCTIONS(AuditKey)

public:
    static constexpr int MinimumLength = 16; // bytes of key text

    AuditKey() = default;
    // A key from its text (the key file's content or the variable's value, surrounding white space
    // removed). Too short a text gives an invalid key and *error.
    static AuditKey fromText(const QByteArray &text, QString *error = nullptr);
    // Refuses a file that others than its owner may read or write (the key would not be secret).
    static AuditKey fromFile(const QString &path, QString *error = nullptr);
    // STATUSDESK_AUDIT_KEY when set, else the key file at path when given and present. No key at all
    // is not an error (an unkeyed log); a refused file or a too short key is.
    static AuditKey fromEnvironmentOrFile(const QString &path, QString *error = nullptr);
    // A fresh random key, as text for the keychain.
    static AuditKey generate();
    // A team key pasted or read from a file to be imported into the console: hex (at least 32
    // digits) or base64 (at least 24 characters), so that it holds 128 bits at least. The key is
    // the text itself, as the CLI's key file and STATUSDESK_AUDIT_KEY use it.
    static AuditKey fromTeamText(const QByteArray &text, QString *error = nullptr);
    static constexpr int MinimumHexDigits = 32;
    static constexpr int MinimumBase64Chars = 24;
    static constexpr int MaximumTextLength = 4096;

    bool isValid() const { return !m_secret.isEmpty(); }
    QByteArray text() const { return m_secret; } // for storing it in the keychain only
    // What the console shows of the key to tell keys apart: 16 hex digits in groups of four of a
    // SHA-256 of the key with a prefix of its own (no link of the chain is ever that hash).
    QString fingerprint() const;
    bool operator==(const AuditKey &other) const { return m_secret == other.m_secret; }
    bool operator!=(const AuditKey &other) const { return !(*this == other); }

    // HMAC-SHA-256 of the bytes as 64 lower-case hex digits, and whether they are the given link.
    void hmacHex(const char *bytes, qsizetype size, char hex[64]) const;
    QString hmacHex(const QByteArray &bytes) const;
    bool isHmacOf(const char *bytes, qsizetype size, const QString &link) const;

private:
    // The HMAC's inner and outer hash states after the key's block: made once per key, copied per entry.
    struct Pads;
    static std::shared_ptr<const Pads> makePads(const QByteArray &secret);
    void setSecret(const QByteArray &secret);

    QByteArray m_secret;
    std::shared_ptr<const Pads> m_pads;
};
