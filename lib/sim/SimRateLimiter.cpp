// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/SimRateLimiter.h"

#include "core/Clock.h"

namespace {
constexpr qint64 kWindowMs = 60000;
// Every token ever issued would otherwise keep its window: ended ones go once there are this many.
constexpr qsizetype kPruneAt = 1024;
} // namespace

SimRateLimiter::SimRateLimiter(int perMinute, Clock *clock)
    : m_limit(perMinute)
    , m_clock(Clock::orSystem(clock))
{
}

int SimRateLimiter::take(const QString &key)
{
    if (m_limit <= 0)
        return 0;
    const qint64 now = m_clock->monotonicMs();
    if (m_windows.size() >= kPruneAt && !m_windows.contains(key))
        pruneEnded(now);
    Window &w = m_windows[key];
    dropOld(w, now);
    if (w.count >= m_limit) {
        const qint64 leftMs = kWindowMs - (now - w.slices.head().atMs);
        return int(qMax<qint64>(1, (leftMs + 999) / 1000));
    }
    if (w.slices.isEmpty() || w.slices.last().atMs != now)
        w.slices.enqueue(Slice {now, 0});
    ++w.slices.last().count;
    ++w.count;
    return 0;
}

void SimRateLimiter::dropOld(Window &window, qint64 now)
{
    while (!window.slices.isEmpty() && now - window.slices.head().atMs >= kWindowMs)
        window.count -= window.slices.dequeue().count;
}

void SimRateLimiter::pruneEnded(qint64 now)
{
    for (auto it = m_windows.begin(); it != m_windows.end();) {
        dropOld(*it, now);
        if (it->slices.isEmpty())
            it = m_windows.erase(it);
        else
            ++it;
    }
}
