// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditKey.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace {
constexpr char HexDigits[] = "0123456789abcdef";
constexpr qint64 MaxKeyFileBytes = 4096;
} // namespace

AuditKey AuditKey::fromText(const QByteArray &text, QString *error)
{
    AuditKey key;
    const QByteArray trimmed = text.trimmed();
    if (trimmed.size() < MinimumLength) {
        if (error)
            *error = tr("The audit key is too short: it needs at least %1 characters.").arg(MinimumLength);
        return key;
    }
    key.m_secret = trimmed;
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
    key.m_secret = text;
    return key;
}

void AuditKey::hmacHex(const char *bytes, qsizetype size, char hex[64]) const
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), m_secret.constData(), int(m_secret.size()), reinterpret_cast<const unsigned char *>(bytes),
        size_t(size), digest, &length);
    for (unsigned int i = 0; i < 32; ++i) {
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
