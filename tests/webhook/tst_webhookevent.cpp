// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ManualClock.h"
#include "webhook/WebhookEvent.h"
#include "webhook/WebhookOutbox.h"
#include "webhook/WebhookRetryPolicy.h"

#include <QJsonDocument>
#include <QTest>

class TestWebhookEvent : public QObject
{
    Q_OBJECT
private slots:
    void bodyIsCanonicalAndRoundTrips();
    void createStampsTimeFromClock();
    void queueMembershipEventHasItsOwnBodyAndType();
    void rejectsBadBodies_data();
    void rejectsBadBodies();
    void backoff_data();
    void backoff();
    void signatureIsHmacSha256();
};

void TestWebhookEvent::bodyIsCanonicalAndRoundTrips()
{
    WebhookEvent event = WebhookEvent::create(QStringLiteral("u-1"), QStringLiteral("Break"),
        QStringLiteral("Available"), QStringLiteral("Coffee"), QStringLiteral("Zoë"), QStringLiteral("\"3\""));
    event.timestamp = QDateTime(QDate(2026, 3, 1), QTime(9, 15, 2, 7), Qt::UTC);
    QVERIFY(!QUuid::fromString(event.eventId).isNull());
    const QByteArray body = event.toJsonBytes();
    QCOMPARE(body,
        QByteArray("{\"changed_by\":\"Zoë\",\"etag\":\"\\\"3\\\"\",\"event_id\":\"") + event.eventId.toLatin1()
            + "\",\"previous_status\":\"Available\",\"reason\":\"Coffee\",\"target_status\":\"Break\","
              "\"timestamp\":\"2026-03-01T09:15:02.007Z\",\"user_id\":\"u-1\"}");
    WebhookEvent parsed;
    QVERIFY(WebhookEvent::fromJsonBytes(body, &parsed));
    QCOMPARE(parsed.toJsonBytes(), body);
    QCOMPARE(parsed.timestamp, event.timestamp);
}

void TestWebhookEvent::createStampsTimeFromClock()
{
    ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(9, 15, 2, 7), Qt::UTC));
    const WebhookEvent event = WebhookEvent::create(
        QStringLiteral("u-1"), QStringLiteral("Break"), {}, {}, QStringLiteral("Zoë"), {}, &clock);
    QCOMPARE(event.timestamp, clock.now());
    QVERIFY(event.toJsonBytes().contains("\"timestamp\":\"2026-03-01T09:15:02.007Z\""));
    clock.advance(6LL * 60 * 60 * 1000);
    const WebhookEvent later = WebhookEvent::create(
        QStringLiteral("u-1"), QStringLiteral("Available"), {}, {}, QStringLiteral("Zoë"), {}, &clock);
    QCOMPARE(event.timestamp.msecsTo(later.timestamp), 6LL * 60 * 60 * 1000);
    QVERIFY(later.eventId != event.eventId);
}

void TestWebhookEvent::rejectsBadBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << QByteArray("{nope");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no user") << QByteArray(
        R"({"event_id":"e","target_status":"Break","timestamp":"2026-03-01T09:15:02Z"})");
    QTest::newRow("bad time") << QByteArray(R"({"event_id":"e","user_id":"u","target_status":"B","timestamp":"x"})");
}

void TestWebhookEvent::rejectsBadBodies()
{
    QFETCH(QByteArray, body);
    QString error;
    QVERIFY(!WebhookEvent::fromJsonBytes(body, nullptr, &error));
    QVERIFY(!error.isEmpty());
}

void TestWebhookEvent::backoff_data()
{
    QTest::addColumn<int>("failedAttempts");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("first, no jitter") << 1 << 0.0 << qint64(1000);
    QTest::newRow("second doubles") << 2 << 0.0 << qint64(2000);
    QTest::newRow("fifth") << 5 << 0.0 << qint64(16000);
    QTest::newRow("capped at 5 min") << 12 << 0.0 << qint64(300000);
    QTest::newRow("far beyond the cap") << 500 << 0.0 << qint64(300000);
    QTest::newRow("full jitter takes 20%") << 2 << 1.0 << qint64(1600);
    QTest::newRow("half jitter") << 3 << 0.5 << qint64(3600);
}

void TestWebhookEvent::backoff()
{
    QFETCH(int, failedAttempts);
    QFETCH(double, random);
    QFETCH(qint64, expected);
    const WebhookRetryPolicy policy; // 1 s, doubling, 5 min cap, 20 % jitter
    QCOMPARE(policy.delayAfter(failedAttempts, random), expected);
}

void TestWebhookEvent::signatureIsHmacSha256()
{
    // RFC 4231 test case 2.
    QCOMPARE(WebhookOutbox::signature("what do ya want for nothing?", "Jefe"),
        QByteArray("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
}

// A queue membership event: user_id, queue_id, active, timestamp, reason (and event_id, changed_by), no
// state-change fields; the stored body alone tells the sender its X-Genesys-Event.
void TestWebhookEvent::queueMembershipEventHasItsOwnBodyAndType()
{
    ManualClock clock(QDateTime(QDate(2026, 12, 3), QTime(11, 0), Qt::UTC));
    const WebhookEvent event = WebhookEvent::createQueueMembership(QStringLiteral("agent-1"), QStringLiteral("queue-9"),
        false, QStringLiteral("Coaching"), QStringLiteral("lead"), &clock);
    QCOMPARE(event.eventType(), QByteArray("queue_membership"));
    const QByteArray body = event.toJsonBytes();
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    QCOMPARE(json.value(QStringLiteral("user_id")).toString(), QStringLiteral("agent-1"));
    QCOMPARE(json.value(QStringLiteral("queue_id")).toString(), QStringLiteral("queue-9"));
    QCOMPARE(json.value(QStringLiteral("active")).toBool(true), false);
    QCOMPARE(json.value(QStringLiteral("timestamp")).toString(), QStringLiteral("2026-12-03T11:00:00.000Z"));
    QCOMPARE(json.value(QStringLiteral("reason")).toString(), QStringLiteral("Coaching"));
    QVERIFY(!json.contains(QStringLiteral("target_status")));
    QVERIFY(!json.contains(QStringLiteral("etag")));
    QCOMPARE(WebhookEvent::eventTypeOf(body), QByteArray("queue_membership"));
    const WebhookEvent state = WebhookEvent::create(QStringLiteral("agent-1"), QStringLiteral("Break"),
        QStringLiteral("Available"), QString(), QStringLiteral("lead"), QStringLiteral("e1"), &clock);
    QCOMPARE(WebhookEvent::eventTypeOf(state.toJsonBytes()), QByteArray("state_change"));
    WebhookEvent parsed;
    QString error;
    QVERIFY2(WebhookEvent::fromJsonBytes(body, &parsed, &error), qPrintable(error));
    QCOMPARE(parsed.kind, WebhookEvent::Kind::QueueMembership);
    QCOMPARE(parsed.queueId, QStringLiteral("queue-9"));
    QCOMPARE(parsed.active, false);
    QCOMPARE(parsed.toJsonBytes(), body);
    QVERIFY(!WebhookEvent::fromJsonBytes(
        R"({"event_id":"e","user_id":"u","queue_id":"q","timestamp":"2026-12-03T11:00:00.000Z"})", nullptr));
}

QTEST_GUILESS_MAIN(TestWebhookEvent)
#include "tst_webhookevent.moc"
