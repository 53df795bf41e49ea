// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/RetryAfter.h"

#include <QList>

#include <array>

namespace {

constexpr std::array<const char *, 12> kMonths {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<const char *, 7> kShortDays {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::array<const char *, 7> kLongDays {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

bool isDigits(const QByteArray &text, int minLength, int maxLength)
{
    if (text.size() < minLength || text.size() > maxLength)
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

int month(const QByteArray &name)
{
    for (int i = 0; i < int(kMonths.size()); ++i) {
        if (name == kMonths.at(size_t(i)))
            return i + 1;
    }
    return 0;
}

template <size_t N> bool isOneOf(const QByteArray &word, const std::array<const char *, N> &names)
{
    for (const char *name : names) {
        if (word == name)
            return true;
    }
    return false;
}

// "08:49:37" into a time; invalid otherwise.
QTime timeOfDay(const QByteArray &text)
{
    const QList<QByteArray> parts = text.split(':');
    if (parts.size() != 3 || !isDigits(parts.at(0), 2, 2) || !isDigits(parts.at(1), 2, 2)
        || !isDigits(parts.at(2), 2, 2))
        return QTime();
    // 60 seconds is a leap second; Qt knows none, so it reads as the last second of the minute.
    const int second = qMin(59, parts.at(2).toInt());
    return QTime(parts.at(0).toInt(), parts.at(1).toInt(), second);
}

QDateTime utc(int year, int monthNumber, int day, const QTime &time)
{
    const QDate date(year, monthNumber, day);
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    return QDateTime(date, time, Qt::UTC);
}

QList<QByteArray> words(const QByteArray &text)
{
    QList<QByteArray> out;
    for (const QByteArray &word : text.split(' ')) {
        if (!word.isEmpty())
            out.append(word);
    }
    return out;
}

// "Sun, 06 Nov 1994 08:49:37 GMT"
QDateTime imfFixdate(const QList<QByteArray> &w)
{
    if (w.size() != 6 || !w.at(0).endsWith(',') || !isOneOf(w.at(0).chopped(1), kShortDays) || w.at(5) != "GMT"
        || !isDigits(w.at(1), 2, 2) || !isDigits(w.at(3), 4, 4))
        return QDateTime();
    return utc(w.at(3).toInt(), month(w.at(2)), w.at(1).toInt(), timeOfDay(w.at(4)));
}

// "Sunday, 06-Nov-94 08:49:37 GMT"; a two-digit year more than 50 years ahead is in the past century.
QDateTime rfc850(const QList<QByteArray> &w, const QDateTime &now)
{
    if (w.size() != 4 || !w.at(0).endsWith(',') || !isOneOf(w.at(0).chopped(1), kLongDays) || w.at(3) != "GMT")
        return QDateTime();
    const QList<QByteArray> date = w.at(1).split('-');
    if (date.size() != 3 || !isDigits(date.at(0), 2, 2) || !isDigits(date.at(2), 2, 2))
        return QDateTime();
    const int thisYear = (now.isValid() ? now : QDateTime::currentDateTimeUtc()).date().year();
    int year = thisYear - thisYear % 100 + date.at(2).toInt();
    if (year > thisYear + 50)
        year -= 100;
    return utc(year, month(date.at(1)), date.at(0).toInt(), timeOfDay(w.at(2)));
}

// "Sun Nov  6 08:49:37 1994"
QDateTime asctime(const QList<QByteArray> &w)
{
    if (w.size() != 5 || !isOneOf(w.at(0), kShortDays) || !isDigits(w.at(2), 1, 2) || !isDigits(w.at(4), 4, 4))
        return QDateTime();
    return utc(w.at(4).toInt(), month(w.at(1)), w.at(2).toInt(), timeOfDay(w.at(3)));
}

} // namespace

QDateTime RetryAfter::parseHttpDate(const QByteArray &text)
{
    if (text.size() > 64)
        return QDateTime();
    const QList<QByteArray> w = words(text.trimmed());
    QDateTime when = imfFixdate(w);
    if (!when.isValid())
        when = rfc850(w, QDateTime());
    if (!when.isValid())
        when = asctime(w);
    if (!when.isValid()) // "Sun, 01 Mar 2026 12:02:00 +0000": what some senders write instead of GMT
        when = QDateTime::fromString(QString::fromLatin1(text.trimmed()), Qt::RFC2822Date).toUTC();
    return when;
}

qint64 RetryAfter::seconds(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    if (isDigits(text, 1, int(text.size()))) {
        // Digits only, so a value too long for 64 bits is simply very large.
        if (text.size() > 12)
            return MaxSeconds;
        return qMin(text.toLongLong(), MaxSeconds);
    }
    const QDateTime when = parseHttpDate(text);
    if (!when.isValid())
        return -1;
    const QDateTime from = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    return qBound<qint64>(0, from.secsTo(when), MaxSeconds);
}
