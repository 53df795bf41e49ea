// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ClockTimer.h"

#include "core/Clock.h"

ClockTimer::ClockTimer(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(Clock::orSystem(clock))
{
}

ClockTimer::~ClockTimer()
{
    if (m_active)
        m_clock->unschedule(this);
}

void ClockTimer::start()
{
    if (m_active)
        m_clock->unschedule(this);
    m_active = true;
    m_dueAt = m_clock->monotonicMs() + m_interval;
    m_clock->schedule(this);
}

void ClockTimer::start(int milliseconds)
{
    setInterval(milliseconds);
    start();
}

void ClockTimer::stop()
{
    if (!m_active)
        return;
    m_active = false;
    m_clock->unschedule(this);
}

qint64 ClockTimer::remainingTime() const
{
    if (!m_active)
        return -1;
    return qMax<qint64>(0, m_dueAt - m_clock->monotonicMs());
}

void ClockTimer::fire()
{
    if (!m_active)
        return;
    if (m_singleShot) {
        m_active = false;
        m_clock->unschedule(this);
    } else {
        m_dueAt += qMax(1, m_interval);
    }
    emit timeout();
}
