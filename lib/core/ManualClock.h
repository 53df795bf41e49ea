// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"

#include <QList>
#include <QPointer>

// A clock that moves only when told: tests advance it by hand, and every timer due on the way fires
// at its own time, in order. A timer started with no delay (or already due) fires from the event
// loop, as a QTimer would, without waiting for advance().
class ManualClock : public Clock
{
    Q_OBJECT

public:
    // Starts at `start` (UTC); by default a Monday morning, 2026-01-05 08:00.
    explicit ManualClock(const QDateTime &start = QDateTime(), QObject *parent = nullptr);
    ~ManualClock() override;

    QDateTime now() const override;
    qint64 monotonicMs() const override { return m_ms; }

    // Moves time forward by `milliseconds` (negative values are ignored), firing every timer that
    // falls due on the way; a repeating timer fires once per interval it passes.
    void advance(qint64 milliseconds);
    int activeTimerCount() const;
    // Milliseconds until the earliest active timer is due (0: due now), -1 when none is active: a test
    // that waits only for time can move straight there, one timer at a time.
    qint64 msUntilNextTimer() const;

protected:
    void schedule(ClockTimer *timer) override;
    void unschedule(ClockTimer *timer) override;

private:
    ClockTimer *nextDue(qint64 until) const;
    void fireDue(); // the timers due at the current time
    void queueFireDue();

    QDateTime m_start;
    qint64 m_ms = 0;
    QList<ClockTimer *> m_timers;
    bool m_fireQueued = false;
};
