// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ManualClock.h"

#include "core/ClockTimer.h"

#include <QTimer>

ManualClock::ManualClock(const QDateTime &start, QObject *parent)
    : Clock(parent)
    , m_start(start.isValid() ? start.toUTC() : QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC))
{
}

ManualClock::~ManualClock()
{
    // Timers that outlive the clock must not call back into it.
    for (ClockTimer *timer : std::as_const(m_timers))
        timer->m_active = false;
}

QDateTime ManualClock::now() const
{
    return m_start.addMSecs(m_ms);
}

void ManualClock::advance(qint64 milliseconds)
{
    const qint64 until = m_ms + qMax<qint64>(0, milliseconds);
    while (ClockTimer *timer = nextDue(until)) {
        m_ms = qMax(m_ms, timer->dueAt());
        timer->fire();
    }
    m_ms = until;
}

int ManualClock::activeTimerCount() const
{
    return static_cast<int>(m_timers.size());
}

qint64 ManualClock::msUntilNextTimer() const
{
    qint64 earliest = -1;
    for (const ClockTimer *timer : m_timers) {
        const qint64 due = qMax<qint64>(0, timer->dueAt() - m_ms);
        if (earliest < 0 || due < earliest)
            earliest = due;
    }
    return earliest;
}

void ManualClock::schedule(ClockTimer *timer)
{
    if (!m_timers.contains(timer))
        m_timers.append(timer);
    if (timer->dueAt() <= m_ms)
        queueFireDue();
}

void ManualClock::unschedule(ClockTimer *timer)
{
    m_timers.removeAll(timer);
}

// The earliest timer due by `until`; among equals, the one started first.
ClockTimer *ManualClock::nextDue(qint64 until) const
{
    ClockTimer *next = nullptr;
    for (ClockTimer *timer : m_timers) {
        if (timer->dueAt() <= until && (!next || timer->dueAt() < next->dueAt()))
            next = timer;
    }
    return next;
}

void ManualClock::fireDue()
{
    m_fireQueued = false;
    // A repeating timer of interval 0 is due again at once: fire each timer at most once here.
    QList<QPointer<ClockTimer>> due;
    for (ClockTimer *timer : std::as_const(m_timers)) {
        if (timer->dueAt() <= m_ms)
            due.append(timer);
    }
    for (const QPointer<ClockTimer> &timer : std::as_const(due)) {
        if (timer && m_timers.contains(timer.data()) && timer->dueAt() <= m_ms)
            timer->fire();
    }
    if (nextDue(m_ms))
        queueFireDue();
}

void ManualClock::queueFireDue()
{
    if (m_fireQueued)
        return;
    m_fireQueued = true;
    QTimer::singleShot(0, this, &ManualClock::fireDue);
}
