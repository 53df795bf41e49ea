// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class Clock;
class QTimer;

// A QTimer look-alike that runs on a Clock: on the real clock it is a QTimer, on a ManualClock it
// fires when the test advances the clock past its due time.
class ClockTimer : public QObject
{
    Q_OBJECT

public:
    explicit ClockTimer(Clock *clock, QObject *parent = nullptr);
    ~ClockTimer() override;

    Clock *clock() const { return m_clock; }
    void setInterval(int milliseconds) { m_interval = qMax(0, milliseconds); }
    int interval() const { return m_interval; }
    void setSingleShot(bool singleShot) { m_singleShot = singleShot; }
    bool isSingleShot() const { return m_singleShot; }

    void start(); // (re)starts with interval()
    void start(int milliseconds);
    void stop();
    bool isActive() const { return m_active; }
    // Milliseconds until timeout(), 0 when due, -1 when not active.
    qint64 remainingTime() const;
    qint64 dueAt() const { return m_dueAt; } // on the clock's monotonicMs()

signals:
    void timeout();

private:
    friend class ManualClock;
    friend class SystemClock;
    void fire(); // the clock says the timer is due

    Clock *m_clock;
    QTimer *m_qtimer = nullptr; // the real clock's timer, made on first start
    int m_interval = 0;
    bool m_singleShot = false;
    bool m_active = false;
    qint64 m_dueAt = 0;
};
