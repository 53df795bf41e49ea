// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"

#include <QElapsedTimer>

// The real time: QDateTime for wall time, QElapsedTimer for the monotonic count, QTimer underneath
// every ClockTimer. One instance serves the process (Clock::system()).
class SystemClock : public Clock
{
    Q_OBJECT

public:
    SystemClock();

    QDateTime now() const override;
    qint64 monotonicMs() const override;

protected:
    void schedule(ClockTimer *timer) override;
    void unschedule(ClockTimer *timer) override;

private:
    QElapsedTimer m_elapsed;
};
