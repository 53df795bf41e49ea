// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditEntry.h"

#include <QJsonValue>

#include <openssl/sha.h>

namespace AuditOutcome {

QStringList all()
{
    return {ValidationFailed, Intent, Applied, Rejected, Conflict, ConflictResolved, Retried, RateLimited, Failed,
        Unknown, Reconciled, WebhookDelivered, WebhookRetry, WebhookDeadLetter};
}

QStringList closingIntent()
{
    return {ValidationFailed, Applied, Rejected, Conflict, ConflictResolved, Failed, Reconciled};
}

} // namespace AuditOutcome

namespace {

// The canonical bytes are built for every entry a verification reads (a million of them and more), so
// they are written straight into one buffer: ASCII text byte by byte, digits without QString::number,
// the time without QDateTime::toString. The result is byte for byte what the field-by-field
// definition in AuditEntry.h says; tst_auditstore checks it against that definition.
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

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

void appendFieldBytes(QByteArray &out, const char *name, const char *bytes, qsizetype size)
{
    out += name;
    out += ':';
    appendDecimal(out, size);
    out += ':';
    out.append(bytes, size);
    out += '\n';
}

void appendField(QByteArray &out, const char *name, const QString &value)
{
    if (!isAscii(value)) {
        const QByteArray utf8 = value.toUtf8();
        appendFieldBytes(out, name, utf8.constData(), utf8.size());
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

void appendPadded(char *&to, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        to[i] = char('0' + value % 10);
        value /= 10;
    }
    to += width;
}

// yyyy-MM-ddTHH:mm:ss.zzzZ for times from 1970 to 9999 (days to a civil date after H. Hinnant's
// algorithm); other times go through QDateTime, as before.
bool formatTimeFast(const QDateTime &time, char out[24])
{
    if (!time.isValid())
        return false;
    const qint64 ms = time.toMSecsSinceEpoch();
    constexpr qint64 DayMs = 86400000;
    constexpr qint64 Year10000Ms = 253402300800000;
    if (ms < 0 || ms >= Year10000Ms)
        return false;
    const qint64 days = ms / DayMs;
    const int msOfDay = int(ms % DayMs);
    const qint64 z = days + 719468;
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

void appendTimeField(QByteArray &out, const QDateTime &time)
{
    char text[24];
    if (formatTimeFast(time, text))
        appendFieldBytes(out, "time", text, sizeof text);
    else
        appendField(out, "time", AuditEntry::formatTime(time));
}

constexpr char HexDigits[] = "0123456789abcdef";

QString stringField(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

} // namespace

QString AuditEntry::formatTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString AuditEntry::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray AuditEntry::canonicalBytes() const
{
    QByteArray out;
    appendCanonicalBytes(out);
    return out;
}

void AuditEntry::appendCanonicalBytes(QByteArray &out) const
{
    out.reserve(out.size() + 512);
    appendField(out, "prev_hash", prevHash);
    appendTimeField(out, time);
    appendField(out, "level", level);
    appendField(out, "msg", msg);
    appendField(out, "supervisor", supervisor);
    appendField(out, "agent_id", agentId);
    appendField(out, "agent_name", agentName);
    appendField(out, "from_status", fromStatus);
    appendField(out, "to_status", toStatus);
    appendField(out, "reason", reason);
    appendField(out, "outcome", outcome);
    appendField(out, "error", error);
    out += "latency_ms:";
    QByteArray latency;
    appendDecimal(latency, latencyMs);
    appendDecimal(out, latency.size());
    out += ':';
    out += latency;
    out += '\n';
    appendField(out, "etag_before", etagBefore);
    appendField(out, "etag_after", etagAfter);
    appendField(out, "correlation_id", correlationId);
}

QString AuditEntry::computeHash() const
{
    QByteArray buffer;
    return computeHash(buffer);
}

QString AuditEntry::computeHash(QByteArray &buffer) const
{
    buffer.clear();
    appendCanonicalBytes(buffer);
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(buffer.constData()), size_t(buffer.size()), digest);
    QString hex(2 * SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    QChar *to = hex.data();
    for (const unsigned char byte : digest) {
        *to++ = QLatin1Char(HexDigits[byte >> 4]);
        *to++ = QLatin1Char(HexDigits[byte & 0xf]);
    }
    return hex;
}

QJsonObject AuditEntry::toJson() const
{
    QJsonObject object;
    object.insert(QLatin1String("id"), QJsonValue(double(id)));
    object.insert(QLatin1String("time"), formatTime(time));
    object.insert(QLatin1String("level"), level);
    object.insert(QLatin1String("msg"), msg);
    object.insert(QLatin1String("supervisor"), supervisor);
    object.insert(QLatin1String("agent_id"), agentId);
    object.insert(QLatin1String("agent_name"), agentName);
    object.insert(QLatin1String("from_status"), fromStatus);
    object.insert(QLatin1String("to_status"), toStatus);
    object.insert(QLatin1String("reason"), reason);
    object.insert(QLatin1String("outcome"), outcome);
    object.insert(QLatin1String("error"), error);
    object.insert(QLatin1String("latency_ms"), latencyMs < 0 ? QJsonValue() : QJsonValue(double(latencyMs)));
    object.insert(QLatin1String("etag_before"), etagBefore);
    object.insert(QLatin1String("etag_after"), etagAfter);
    object.insert(QLatin1String("correlation_id"), correlationId);
    object.insert(QLatin1String("prev_hash"), prevHash);
    object.insert(QLatin1String("hash"), hash);
    return object;
}

AuditEntry AuditEntry::fromJson(const QJsonObject &object)
{
    AuditEntry entry;
    entry.id = qint64(object.value(QLatin1String("id")).toDouble());
    entry.time = QDateTime::fromString(stringField(object, "time"), Qt::ISODateWithMs).toUTC();
    entry.level = stringField(object, "level");
    entry.msg = stringField(object, "msg");
    entry.supervisor = stringField(object, "supervisor");
    entry.agentId = stringField(object, "agent_id");
    entry.agentName = stringField(object, "agent_name");
    entry.fromStatus = stringField(object, "from_status");
    entry.toStatus = stringField(object, "to_status");
    entry.reason = stringField(object, "reason");
    entry.outcome = stringField(object, "outcome");
    entry.error = stringField(object, "error");
    const QJsonValue latency = object.value(QLatin1String("latency_ms"));
    entry.latencyMs = latency.isDouble() ? qint64(latency.toDouble()) : -1;
    entry.etagBefore = stringField(object, "etag_before");
    entry.etagAfter = stringField(object, "etag_after");
    entry.correlationId = stringField(object, "correlation_id");
    entry.prevHash = stringField(object, "prev_hash");
    entry.hash = stringField(object, "hash");
    return entry;
}
