// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/RetryAfter.h"

#include <QTest>

// The one Retry-After reader of the API client and the webhook outbox (RFC 9110 §10.2.3).
class TestRetryAfter : public QObject
{
    Q_OBJECT

private slots:
    void seconds_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("delta") << QByteArray("120") << qint64(120);
        QTest::newRow("delta with spaces") << QByteArray("  7 ") << qint64(7);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
        QTest::newRow("plus sign") << QByteArray("+3") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("huge") << QByteArray("99999999999999999999999999") << RetryAfter::MaxSeconds;
        QTest::newRow("imf-fixdate") << QByteArray("Sun, 01 Mar 2026 12:02:00 GMT") << qint64(120);
        QTest::newRow("rfc 850") << QByteArray("Sunday, 01-Mar-26 12:01:00 GMT") << qint64(60);
        QTest::newRow("asctime") << QByteArray("Sun Mar  1 12:00:10 2026") << qint64(10);
        QTest::newRow("date in the past") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << qint64(0);
        QTest::newRow("rfc 2822 offset") << QByteArray("Sun, 01 Mar 2026 13:02:00 +0100") << qint64(120);
        QTest::newRow("no such day") << QByteArray("Mon, 30 Feb 2026 12:00:00 GMT") << qint64(-1);
        QTest::newRow("bad hour") << QByteArray("Sun, 01 Mar 2026 25:00:00 GMT") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon, please") << qint64(-1);
        QTest::newRow("far date") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << RetryAfter::MaxSeconds;
    }

    void seconds()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        const QDateTime now(QDate(2026, 3, 1), QTime(12, 0, 0), Qt::UTC);
        QCOMPARE(RetryAfter::seconds(value, now), expected);
    }

    void httpDateIsUtc()
    {
        const QDateTime when = RetryAfter::parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT");
        QCOMPARE(when, QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC));
        QCOMPARE(RetryAfter::parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT"), when);
        QCOMPARE(RetryAfter::parseHttpDate("Sun Nov  6 08:49:37 1994"), when);
    }
};

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "tst_retryafter.moc"
