// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>

#include <functional>

class ClockTimer;

// The one source of time for StatusDesk and its simulator: wall time (UTC), a monotonic count of
// milliseconds, and timers that run on that same time. Classes take a Clock instead of asking Qt
// for the time, so that a test can run a shift-long channel or a receiver down for hours in seconds
// with a ManualClock. Zero-delay deferrals ("never inside this call") are event-loop matters, not
// time, and stay QTimer::singleShot(0, ...).
class Clock : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QDateTime now() const = 0; // UTC
    virtual qint64 monotonicMs() const = 0; // never goes back; the origin means nothing
    qint64 elapsedSince(qint64 monotonicStart) const { return monotonicMs() - monotonicStart; }

    // Calls `slot` once, `delayMs` from now on this clock, unless `context` is destroyed first.
    void singleShot(int delayMs, QObject *context, std::function<void()> slot);

    // The real clock (QDateTime and QElapsedTimer, timers on QTimer).
    static Clock *system();
    // `clock`, or the real one when it is null: for constructors whose clock is optional.
    static Clock *orSystem(Clock *clock) { return clock ? clock : system(); }

protected:
    friend class ClockTimer;
    // A timer was started (its dueAt() is set) or stopped; the clock arranges for fire().
    virtual void schedule(ClockTimer *timer) = 0;
    virtual void unschedule(ClockTimer *timer) = 0;
};
