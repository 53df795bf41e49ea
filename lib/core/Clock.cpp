// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"

#include "core/ClockTimer.h"
#include "core/SystemClock.h"

#include <QGlobalStatic>

Q_GLOBAL_STATIC(SystemClock, systemClockInstance)

Clock *Clock::system()
{
    return systemClockInstance();
}

void Clock::singleShot(int delayMs, QObject *context, std::function<void()> slot)
{
    // The timer is a child of the context: when the context goes, so does the call.
    auto *timer = new ClockTimer(this, context);
    timer->setSingleShot(true);
    connect(timer, &ClockTimer::timeout, timer, [timer, slot = std::move(slot)] {
        timer->deleteLater();
        slot();
    });
    timer->start(delayMs);
}
