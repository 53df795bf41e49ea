// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

// The one reader of an HTTP Retry-After value (RFC 9110 §10.2.3), for the API client and the
// webhook outbox: delta-seconds ("120"), or an HTTP date in any of its three forms, IMF-fixdate
// ("Sun, 06 Nov 1994 08:49:37 GMT", what senders use), the obsolete RFC 850 form
// ("Sunday, 06-Nov-94 08:49:37 GMT") and asctime ("Sun Nov  6 08:49:37 1994"), and the RFC 2822
// form with a numeric zone that some senders write. A negative or
// unreadable value is no value. Callers clamp the result to their own minimum and maximum.
class RetryAfter
{
public:
    // A wait this long or longer is past any retry window; larger values are clamped to it so that
    // scaling to milliseconds cannot overflow.
    static constexpr qint64 MaxSeconds = 10LL * 366 * 24 * 3600; // ten years

    // Seconds from `now` (a date in the past gives 0), at most MaxSeconds; -1 when absent or unusable.
    static qint64 seconds(const QByteArray &value, const QDateTime &now);
    // The date of an HTTP-date in one of the three forms; invalid when it is none of them.
    static QDateTime parseHttpDate(const QByteArray &text);
};
