// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditCanonical.h"

#include "audit/AuditEntry.h"

#include <QDateTime>

#include <openssl/sha.h>

namespace {

void appendDecimal(QByteArray &out, qint64 value)
{
    char digits[24];
    int n = 0;
    const bool negative = value < 0;
    quint64 magnitude = negative ? 0 - quint64(value) : quint64(value);
    do {
        digits[n++] = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (negative)
        out += '-';
    while (n > 0)
        out += digits[--n];
}

int decimalLength(qint64 value)
{
    int length = value < 0 ? 2 : 1;
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    while (magnitude >= 10) {
        magnitude /= 10;
        ++length;
    }
    return length;
}

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

void appendPadded(char *&to, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        to[i] = char('0' + value % 10);
        value /= 10;
    }
    to += width;
}

// Days since the epoch to a civil date, after H. Hinnant's algorithm; for 1970 to 9999, where it
// writes exactly what QDateTime::toString writes.
bool formatTime(qint64 ms, char out[24])
{
    constexpr qint64 DayMs = 86400000;
    constexpr qint64 Year10000Ms = 253402300800000;
    if (ms < 0 || ms >= Year10000Ms)
        return false;
    const qint64 z = ms / DayMs + 719468;
    const int msOfDay = int(ms % DayMs);
    const qint64 era = z / 146097;
    const int dayOfEra = int(z - era * 146097);
    const int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const int mp = (5 * dayOfYear + 2) / 153;
    const int day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const int month = mp < 10 ? mp + 3 : mp - 9;
    const int year = int(yearOfEra + era * 400) + (month <= 2 ? 1 : 0);
    char *to = out;
    appendPadded(to, year, 4);
    *to++ = '-';
    appendPadded(to, month, 2);
    *to++ = '-';
    appendPadded(to, day, 2);
    *to++ = 'T';
    appendPadded(to, msOfDay / 3600000, 2);
    *to++ = ':';
    appendPadded(to, msOfDay / 60000 % 60, 2);
    *to++ = ':';
    appendPadded(to, msOfDay / 1000 % 60, 2);
    *to++ = '.';
    appendPadded(to, msOfDay % 1000, 3);
    *to = 'Z';
    return true;
}

constexpr char HexDigits[] = "0123456789abcdef";

} // namespace

namespace AuditCanonical {

void appendUtf8(QByteArray &out, const char *name, const char *utf8, qsizetype size)
{
    out += name;
    out += ':';
    appendDecimal(out, size);
    out += ':';
    out.append(utf8, size);
    out += '\n';
}

void appendText(QByteArray &out, const char *name, const QString &value)
{
    if (!isAscii(value)) {
        const QByteArray utf8 = value.toUtf8();
        appendUtf8(out, name, utf8.constData(), utf8.size());
        return;
    }
    out += name;
    out += ':';
    appendDecimal(out, value.size());
    out += ':';
    const qsizetype at = out.size();
    out.resize(at + value.size());
    char *to = out.data() + at;
    for (const QChar c : value)
        *to++ = char(c.unicode());
    out += '\n';
}

void appendInteger(QByteArray &out, const char *name, qint64 value)
{
    out += name;
    out += ':';
    appendDecimal(out, decimalLength(value));
    out += ':';
    appendDecimal(out, value);
    out += '\n';
}

void appendTime(QByteArray &out, qint64 msecsSinceEpoch)
{
    char text[24];
    if (formatTime(msecsSinceEpoch, text))
        appendUtf8(out, "time", text, sizeof text);
    else
        appendText(out, "time", AuditEntry::formatTime(QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC)));
}

void sha256Hex(const char *bytes, qsizetype size, char hex[64])
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(bytes), size_t(size), digest);
    for (int i = 0; i < SHA256_DIGEST_LENGTH; ++i) {
        hex[2 * i] = HexDigits[digest[i] >> 4];
        hex[2 * i + 1] = HexDigits[digest[i] & 0xf];
    }
}

bool isSha256Of(const char *bytes, qsizetype size, const QString &hash)
{
    char hex[64];
    sha256Hex(bytes, size, hex);
    return QLatin1String(hex, sizeof hex) == hash;
}

} // namespace AuditCanonical
