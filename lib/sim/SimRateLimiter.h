// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

class Clock;

// A per-key request budget over fixed one-minute windows of the clock, as Genesys counts requests per token.
class SimRateLimiter
{
public:
    SimRateLimiter(int perMinute, Clock *clock);

    void setLimit(int perMinute) { m_limit = perMinute; }
    int limit() const { return m_limit; }
    // 0 when the request may pass, otherwise the seconds until the window resets (Retry-After).
    int take(const QString &key);
    void forget(const QString &key) { m_windows.remove(key); }

private:
    void pruneEnded(qint64 now);

    struct Window
    {
        qint64 startMs = 0;
        int count = 0;
    };
    int m_limit;
    Clock *m_clock;
    QHash<QString, Window> m_windows;
};
