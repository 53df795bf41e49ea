// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// The pieces of AuditEntry::canonicalBytes(), for building them from an entry or straight from a
// row's UTF-8 columns (verification reads a million rows and more): each field as
// "<name>:<UTF-8 byte length>:<UTF-8 bytes>\n", written into one buffer without QString formatting.
namespace AuditCanonical {

void appendUtf8(QByteArray &out, const char *name, const char *utf8, qsizetype size);
void appendText(QByteArray &out, const char *name, const QString &value);
void appendInteger(QByteArray &out, const char *name, qint64 value);
// The time field: yyyy-MM-ddTHH:mm:ss.zzzZ (UTC) of milliseconds since the epoch.
void appendTime(QByteArray &out, qint64 msecsSinceEpoch);
// SHA-256 of the bytes as 64 lower-case hex digits, and whether they are the given hash.
void sha256Hex(const char *bytes, qsizetype size, char hex[64]);
bool isSha256Of(const char *bytes, qsizetype size, const QString &hash);

} // namespace AuditCanonical
