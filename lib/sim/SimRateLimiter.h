// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QQueue>
#include <QString>

class Clock;

// A per-key request budget over a rolling minute of the clock. Genesys counts requests "per minute"
// without saying how the minute is cut; a rolling window is the strictest reading (no 60 s stretch ever
// holds more than the limit, wherever it starts), so a client that passes here passes any fixed-window
// count too.
class SimRateLimiter
{
public:
    SimRateLimiter(int perMinute, Clock *clock);

    void setLimit(int perMinute) { m_limit = perMinute; }
    int limit() const { return m_limit; }
    // 0 when the request may pass (it is counted), otherwise the seconds until the oldest request of the
    // window leaves it and one more may pass (Retry-After). Refused requests are not counted.
    int take(const QString &key);
    void forget(const QString &key) { m_windows.remove(key); }

private:
    // Requests accepted in one millisecond share an entry, so a key's window holds at most 60,000
    // entries whatever the limit.
    struct Slice
    {
        qint64 atMs = 0;
        int count = 0;
    };
    struct Window
    {
        QQueue<Slice> slices;
        int count = 0;
    };
    static void dropOld(Window &window, qint64 now);
    void pruneEnded(qint64 now);

    int m_limit;
    Clock *m_clock;
    QHash<QString, Window> m_windows;
};
