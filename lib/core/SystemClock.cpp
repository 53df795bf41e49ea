// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SystemClock.h"

#include "core/ClockTimer.h"

#include <QTimer>

SystemClock::SystemClock()
{
    m_elapsed.start();
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemClock::monotonicMs() const
{
    return m_elapsed.elapsed();
}

void SystemClock::schedule(ClockTimer *timer)
{
    if (!timer->m_qtimer) {
        timer->m_qtimer = new QTimer(timer);
        connect(timer->m_qtimer, &QTimer::timeout, timer, &ClockTimer::fire);
    }
    timer->m_qtimer->setSingleShot(timer->isSingleShot());
    timer->m_qtimer->start(timer->interval());
}

void SystemClock::unschedule(ClockTimer *timer)
{
    if (timer->m_qtimer)
        timer->m_qtimer->stop();
}
