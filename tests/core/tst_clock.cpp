// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ClockTimer.h"
#include "core/ManualClock.h"
#include "core/SystemClock.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void manualClockMovesOnlyWhenTold();
    void timersFireInDueOrderAtTheirOwnTime();
    void repeatingTimerFiresOncePerInterval();
    void stoppedAndDestroyedTimersNeverFire();
    void zeroDelayFiresFromTheEventLoop();
    void singleShotDiesWithItsContext();
    void systemClockRuns();
};

void TestClock::manualClockMovesOnlyWhenTold()
{
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    const QDateTime start = clock.now();
    QCOMPARE(clock.monotonicMs(), 0);
    QThread::msleep(20); // real time passes, the manual clock stays
    QCOMPARE(clock.now(), start);
    clock.advance(10 * 60 * 60 * 1000);
    QCOMPARE(clock.now(), start.addSecs(10 * 60 * 60));
    QCOMPARE(clock.monotonicMs(), qint64(10) * 60 * 60 * 1000);
    clock.advance(-5000);
    QCOMPARE(clock.monotonicMs(), qint64(10) * 60 * 60 * 1000);
    QCOMPARE(clock.now().timeSpec(), Qt::UTC);
}

void TestClock::timersFireInDueOrderAtTheirOwnTime()
{
    ManualClock clock;
    QList<QPair<QString, qint64>> fired;
    ClockTimer late(&clock);
    late.setSingleShot(true);
    ClockTimer early(&clock);
    early.setSingleShot(true);
    connect(&late, &ClockTimer::timeout, this, [&] { fired.append({QStringLiteral("late"), clock.monotonicMs()}); });
    connect(&early, &ClockTimer::timeout, this, [&] { fired.append({QStringLiteral("early"), clock.monotonicMs()}); });
    late.start(3000);
    early.start(1000);
    QCOMPARE(late.remainingTime(), 3000);
    QCOMPARE(clock.msUntilNextTimer(), 1000);
    clock.advance(999);
    QVERIFY(fired.isEmpty());
    QCOMPARE(clock.msUntilNextTimer(), 1);
    clock.advance(5000);
    QCOMPARE(fired.size(), 2);
    QCOMPARE(fired.at(0), qMakePair(QStringLiteral("early"), qint64(1000)));
    QCOMPARE(fired.at(1), qMakePair(QStringLiteral("late"), qint64(3000)));
    QCOMPARE(clock.monotonicMs(), 5999);
    QVERIFY(!late.isActive());
    QCOMPARE(late.remainingTime(), -1);
    QCOMPARE(clock.activeTimerCount(), 0);
    QCOMPARE(clock.msUntilNextTimer(), -1);
}

void TestClock::repeatingTimerFiresOncePerInterval()
{
    ManualClock clock;
    ClockTimer heartbeat(&clock);
    QSignalSpy spy(&heartbeat, &ClockTimer::timeout);
    heartbeat.start(30'000);
    clock.advance(24LL * 60 * 60 * 1000); // a day of heartbeats in one call
    QCOMPARE(spy.count(), 24 * 60 * 2);
    QVERIFY(heartbeat.isActive());
    QCOMPARE(heartbeat.remainingTime(), 30'000);
}

void TestClock::stoppedAndDestroyedTimersNeverFire()
{
    ManualClock clock;
    int fired = 0;
    ClockTimer stopped(&clock);
    connect(&stopped, &ClockTimer::timeout, this, [&] { ++fired; });
    stopped.start(100);
    stopped.stop();
    auto *gone = new ClockTimer(&clock);
    connect(gone, &ClockTimer::timeout, this, [&] { ++fired; });
    gone->start(100);
    delete gone;
    // A timer whose handler stops another due at the same time: the other does not fire.
    ClockTimer first(&clock);
    ClockTimer second(&clock);
    first.setSingleShot(true);
    second.setSingleShot(true);
    connect(&first, &ClockTimer::timeout, this, [&] { second.stop(); });
    connect(&second, &ClockTimer::timeout, this, [&] { ++fired; });
    first.start(200);
    second.start(200);
    clock.advance(1000);
    QCOMPARE(fired, 0);
    QCOMPARE(clock.activeTimerCount(), 0);
}

void TestClock::zeroDelayFiresFromTheEventLoop()
{
    ManualClock clock;
    bool fired = false;
    clock.singleShot(0, this, [&] { fired = true; });
    QVERIFY(!fired); // never inside the call that started it
    QTRY_VERIFY(fired);
    QCOMPARE(clock.monotonicMs(), 0);
}

void TestClock::singleShotDiesWithItsContext()
{
    ManualClock clock;
    int fired = 0;
    auto *context = new QObject;
    clock.singleShot(500, context, [&] { ++fired; });
    clock.singleShot(500, this, [&] { fired += 10; });
    delete context;
    clock.advance(500);
    QCOMPARE(fired, 10);
}

void TestClock::systemClockRuns()
{
    Clock *clock = Clock::system();
    QVERIFY(qobject_cast<SystemClock *>(clock));
    QCOMPARE(Clock::orSystem(nullptr), clock);
    const qint64 started = clock->monotonicMs();
    QVERIFY(qAbs(clock->now().msecsTo(QDateTime::currentDateTimeUtc())) < 1000);
    bool fired = false;
    clock->singleShot(10, this, [&] { fired = true; });
    QTRY_VERIFY(fired);
    QVERIFY(clock->elapsedSince(started) >= 10);
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
