// SPDX-License-Identifier: GPL-3.0-or-later
// OpenSSL 3 deprecates the low-level SHA-256 calls for EVP, but they are the ones whose state is a plain
// struct that can be copied: the key's block is hashed once per key instead of once per entry, and no
// state is allocated or fetched per entry (EVP_MD_CTX_copy_ex allocates, HMAC() fetches and left state
// in the verifying threads). Before any OpenSSL header.
#define OPENSSL_SUPPRESS_DEPRECATED

#include "audit/AuditKey.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <cstring>
#include <openssl/sha.h>

namespace {
constexpr char HexDigits[] = "0123456789abcdef";
constexpr qint64 MaxKeyFileBytes = 4096;
constexpr int Block = 64; // SHA-256's block
} // namespace

struct AuditKey::Pads
{
    SHA256_CTX inner;
    SHA256_CTX outer;
};

std::shared_ptr<const AuditKey::Pads> AuditKey::makePads(const QByteArray &secret)
{
    unsigned char key[Block] = {};
    if (secret.size() > Block)
        SHA256(reinterpret_cast<const unsigned char *>(secret.constData()), size_t(secret.size()), key);
    else
        std::memcpy(key, secret.constData(), size_t(secret.size()));
    auto pads = std::make_shared<Pads>();
    unsigned char pad[Block];
    for (int i = 0; i < Block; ++i)
        pad[i] = key[i] ^ 0x36;
    SHA256_Init(&pads->inner);
    SHA256_Update(&pads->inner, pad, Block);
    for (int i = 0; i < Block; ++i)
        pad[i] = key[i] ^ 0x5c;
    SHA256_Init(&pads->outer);
    SHA256_Update(&pads->outer, pad, Block);
    return pads;
}

void AuditKey::setSecret(const QByteArray &secret)
{
    m_secret = secret;
    m_pads = makePads(secret);
}

AuditKey AuditKey::fromText(const QByteArray &text, QString *error)
{
    AuditKey key;
    const QByteArray trimmed = text.trimmed();
    if (trimmed.size() < MinimumLength) {
        if (error)
            *error = tr("The audit key is too short: it needs at least %1 characters.").arg(MinimumLength);
        return key;
    }
    key.setSecret(trimmed);
    return key;
}

AuditKey AuditKey::fromFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QFileDevice::Permissions others
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (info.exists() && (info.permissions() & others)) {
        if (error)
            *error
                = tr("The audit key file %1 may be read or written by others: make it private (chmod 600).").arg(path);
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the audit key file %1: %2").arg(path, file.errorString());
        return {};
    }
    if (file.size() > MaxKeyFileBytes) {
        if (error)
            *error = tr("The audit key file %1 is too large to be a key.").arg(path);
        return {};
    }
    return fromText(file.read(MaxKeyFileBytes), error);
}

AuditKey AuditKey::fromEnvironmentOrFile(const QString &path, QString *error)
{
    const QByteArray variable = qgetenv("STATUSDESK_AUDIT_KEY");
    if (!variable.isEmpty())
        return fromText(variable, error);
    if (path.isEmpty() || !QFileInfo::exists(path))
        return {};
    return fromFile(path, error);
}

AuditKey AuditKey::generate()
{
    QByteArray text(64, Qt::Uninitialized);
    for (char &c : text)
        c = HexDigits[QRandomGenerator::system()->bounded(16)];
    AuditKey key;
    key.setSecret(text);
    return key;
}

AuditKey AuditKey::fromTeamText(const QByteArray &text, QString *error)
{
    const QByteArray trimmed = text.trimmed();
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return AuditKey();
    };
    if (trimmed.isEmpty())
        return fail(tr("No key was given."));
    if (trimmed.size() > MaximumTextLength)
        return fail(tr("This is too long to be an audit key."));
    const auto isHex
        = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); };
    const auto isBase64 = [isHex](char c) {
        return isHex(c) || (c >= 'g' && c <= 'z') || (c >= 'G' && c <= 'Z') || c == '+' || c == '/' || c == '-'
            || c == '_' || c == '=';
    };
    if (std::all_of(trimmed.cbegin(), trimmed.cend(), isHex)) {
        if (trimmed.size() < MinimumHexDigits)
            return fail(tr("A hex audit key needs at least %1 digits; this one has %2.")
                            .arg(MinimumHexDigits)
                            .arg(trimmed.size()));
    } else if (std::all_of(trimmed.cbegin(), trimmed.cend(), isBase64)) {
        if (trimmed.size() < MinimumBase64Chars)
            return fail(tr("A base64 audit key needs at least %1 characters; this one has %2.")
                            .arg(MinimumBase64Chars)
                            .arg(trimmed.size()));
    } else {
        return fail(tr("This is not an audit key: a key is hex or base64, on one line, without spaces."));
    }
    return fromText(trimmed, error);
}

QString AuditKey::fingerprint() const
{
    if (!isValid())
        return {};
    const QByteArray bytes = QByteArrayLiteral("StatusDesk audit key fingerprint\n") + m_secret;
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()), digest);
    QString text;
    for (int i = 0; i < 8; ++i) {
        if (i > 0 && i % 2 == 0)
            text += QLatin1Char(' ');
        text += QLatin1Char(HexDigits[digest[i] >> 4]);
        text += QLatin1Char(HexDigits[digest[i] & 0xf]);
    }
    return text;
}

// HMAC-SHA-256 as RFC 2104 defines it, continuing the key's prepared inner and outer states.
void AuditKey::hmacHex(const char *bytes, qsizetype size, char hex[64]) const
{
    static const std::shared_ptr<const Pads> noKey = makePads({});
    const Pads &pads = m_pads ? *m_pads : *noKey;
    SHA256_CTX context = pads.inner;
    if (size > 0)
        SHA256_Update(&context, bytes, size_t(size));
    unsigned char inner[SHA256_DIGEST_LENGTH];
    SHA256_Final(inner, &context);
    context = pads.outer;
    SHA256_Update(&context, inner, sizeof inner);
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256_Final(digest, &context);
    for (int i = 0; i < SHA256_DIGEST_LENGTH; ++i) {
        hex[2 * i] = HexDigits[digest[i] >> 4];
        hex[2 * i + 1] = HexDigits[digest[i] & 0xf];
    }
}

QString AuditKey::hmacHex(const QByteArray &bytes) const
{
    char hex[64];
    hmacHex(bytes.constData(), bytes.size(), hex);
    return QString::fromLatin1(hex, sizeof hex);
}

bool AuditKey::isHmacOf(const char *bytes, qsizetype size, const QString &link) const
{
    char hex[64];
    hmacHex(bytes, size, hex);
    return QLatin1String(hex, sizeof hex) == link;
}
