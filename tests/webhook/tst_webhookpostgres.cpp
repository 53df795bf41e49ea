// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditStore.h"
#include "audit/AuditWriter.h"
#include "support/PostgresServer.h"
#include "support/SimFixture.h"
#include "support/TestSupport.h"
#include "webhook/WebhookOutbox.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

// Two consoles share one PostgreSQL team log and its outbox: every event still reaches the
// receiver exactly once, and the audit chain stays one chain.
class TestWebhookPostgres : public QObject
{
    Q_OBJECT
private slots:
    void twoConsolesDeliverEachEventOnce();
    void attemptRecordedOffTheUiThread();
    void crashBetweenAttemptAndRecord();

private:
    static QJsonArray sinkFor(const SimFixture &sim, const QString &eventId);
};

QJsonArray TestWebhookPostgres::sinkFor(const SimFixture &sim, const QString &eventId)
{
    QJsonArray matching;
    for (const QJsonValue &value : sim.server()->webhookDeliveries(QStringLiteral("team"))) {
        if (value[QLatin1String("headers")][QLatin1String("x-statusdesk-delivery")].toString() == eventId)
            matching.append(value);
    }
    return matching;
}

void TestWebhookPostgres::twoConsolesDeliverEachEventOnce()
{
    PostgresServer postgres;
    QString error;
    QVERIFY2(postgres.start(&error), qPrintable(error));
    const QString url = postgres.createDatabase(QStringLiteral("team"), &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    SimFixture sim;
    SimConfig config;
    config.agents = 3;
    const QUrl base = sim.start(config);
    QVERIFY(base.isValid());
    sim.server()->failWebhooks(QStringLiteral("team"), 503, 3);

    std::unique_ptr<AuditStore> stores[2];
    std::unique_ptr<WebhookOutbox> outboxes[2];
    for (int i = 0; i < 2; ++i) {
        stores[i] = AuditStore::open(url, &error);
        QVERIFY2(stores[i], qPrintable(error));
        outboxes[i] = std::make_unique<WebhookOutbox>(stores[i].get(), nullptr);
        outboxes[i]->setEndpoint(base.resolved(QUrl(QStringLiteral("/sim/webhooks/team"))));
        WebhookRetryPolicy policy;
        policy.initialDelayMs = 20;
        policy.maxDelayMs = 50;
        outboxes[i]->setPolicy(policy);
        outboxes[i]->start();
    }
    QSet<QString> recorded;
    for (int n = 0; n < 12; ++n) {
        AuditEntry outcome;
        outcome.agentId = QStringLiteral("agent-%1").arg(n % 4);
        outcome.outcome = QString(AuditOutcome::Applied);
        const WebhookEvent event = WebhookEvent::create(outcome.agentId, QStringLiteral("Break"),
            QStringLiteral("Available"), QString(), QStringLiteral("console-%1").arg(n % 2), QString());
        QVERIFY2(outboxes[n % 2]->recordOutcome(outcome, event, &error), qPrintable(error));
        recorded.insert(event.eventId);
    }
    QTRY_COMPARE_WITH_TIMEOUT(outboxes[0]->pendingCount(), 0, 20000);
    const QJsonArray received = sim.server()->webhookDeliveries(QStringLiteral("team"));
    qInfo() << "deliveries seen by the receiver:" << received.size();
    QHash<QString, int> delivered;
    for (const QJsonValue &value : received) {
        if (value[QLatin1String("answeredStatus")].toInt() == 200)
            ++delivered[value[QLatin1String("headers")][QLatin1String("x-statusdesk-delivery")].toString()];
    }
    QCOMPARE(delivered.size(), recorded.size());
    for (auto it = delivered.cbegin(); it != delivered.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    QCOMPARE(outboxes[1]->deliveries().size(), 12);
    const AuditVerifyResult result = stores[1]->verify();
    QVERIFY2(result.ok, qPrintable(result.message));
    for (int i = 0; i < 2; ++i) {
        outboxes[i].reset();
        stores[i].reset();
    }
}

// With PostgreSQL every write is a round trip: the attempt's record waits on the audit writer's thread
// (held here) while the UI thread runs on, and the event is not sent again meanwhile.
void TestWebhookPostgres::attemptRecordedOffTheUiThread()
{
    PostgresServer postgres;
    QString error;
    QVERIFY2(postgres.start(&error), qPrintable(error));
    const QString url = postgres.createDatabase(QStringLiteral("held"), &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    SimFixture sim;
    const QUrl base = sim.start();
    QVERIFY(base.isValid());
    std::unique_ptr<AuditStore> store = AuditStore::open(url, &error);
    QVERIFY2(store, qPrintable(error));
    auto outbox = std::make_unique<WebhookOutbox>(store.get(), nullptr);
    outbox->setEndpoint(base.resolved(QUrl(QStringLiteral("/sim/webhooks/team"))));
    AuditEntry outcome;
    outcome.agentId = QStringLiteral("agent-1");
    outcome.outcome = QString(AuditOutcome::Applied);
    const WebhookEvent event = WebhookEvent::create(
        outcome.agentId, QStringLiteral("Break"), QStringLiteral("Available"), QString(), QStringLiteral("lead"), {});
    QVERIFY2(outbox->recordOutcome(outcome, event, &error), qPrintable(error));
    // The event is read and leased on the writer's thread too: the writer is held once it is sent.
    auto gate = std::make_shared<QSemaphore>();
    auto held = std::make_shared<QSemaphore>();
    AuditStore *audit = store.get();
    connect(outbox.get(), &WebhookOutbox::attemptStarted, outbox.get(), [audit, &outbox, gate, held] {
        audit->writer()->read(outbox.get(),
            [gate, held](AuditStore *) {
                held->release();
                gate->tryAcquire(1, 20000);
            },
            {});
    });
    const auto release = qScopeGuard([gate] { gate->release(); });
    QSignalSpy updated(outbox.get(), &WebhookOutbox::deliveryUpdated);
    outbox->start();
    QTRY_VERIFY(held->available() > 0); // the event loop sends it
    held->acquire();
    QTRY_COMPARE(sinkFor(sim, event.eventId).size(), 1);
    QTest::qWait(300); // the answer comes back and waits for its record
    QCOMPARE(updated.count(), 0);
    QCOMPARE(sinkFor(sim, event.eventId).size(), 1);
    WebhookDelivery stored;
    QVERIFY(outbox->delivery(event.eventId, &stored));
    QCOMPARE(stored.state, WebhookDelivery::State::Pending);
    gate->release();
    QTRY_COMPARE(updated.count(), 1);
    QVERIFY(outbox->delivery(event.eventId, &stored));
    QCOMPARE(stored.state, WebhookDelivery::State::Delivered);
    QCOMPARE(stored.attempts.size(), 1);
    QCOMPARE(outbox->pendingCount(), 0);
    outbox.reset();
    store.reset();
}

// A console killed between the receiver's answer and the attempt's record: the event is still pending in
// the team log, the next console releases the dead one's lease and sends it again. None is lost.
void TestWebhookPostgres::crashBetweenAttemptAndRecord()
{
    PostgresServer postgres;
    QString error;
    QVERIFY2(postgres.start(&error), qPrintable(error));
    const QString url = postgres.createDatabase(QStringLiteral("crash"), &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    SimFixture sim;
    const QUrl base = sim.start();
    QVERIFY(base.isValid());
    const QUrl endpoint = base.resolved(QUrl(QStringLiteral("/sim/webhooks/team")));
    QProcess console;
    console.start(TestSupport::binaryDir() + QStringLiteral("/webhook_crash"), {url, endpoint.toString()});
    QVERIFY2(console.waitForStarted(), qPrintable(console.errorString()));
    QVERIFY2(console.waitForReadyRead(20000), console.readAllStandardError().constData());
    const QString eventId = QString::fromUtf8(console.readLine()).trimmed();
    QVERIFY(!eventId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(sinkFor(sim, eventId).size(), 1, 20000);
    QTest::qWait(300); // the answer reaches the console, whose record waits behind the held writer
    ::kill(pid_t(console.processId()), SIGKILL);
    QVERIFY(console.waitForFinished(20000));
    QCOMPARE(console.exitStatus(), QProcess::CrashExit);

    std::unique_ptr<AuditStore> store = AuditStore::open(url, &error);
    QVERIFY2(store, qPrintable(error));
    auto outbox = std::make_unique<WebhookOutbox>(store.get(), nullptr);
    outbox->setEndpoint(endpoint);
    // Counted on the audit writer's thread, not by a query here.
    QCOMPARE(outbox->pendingCount(), 0);
    QTRY_COMPARE(outbox->pendingCount(), 1);
    outbox->start();
    QTRY_COMPARE_WITH_TIMEOUT(outbox->pendingCount(), 0, 20000);
    const QJsonArray received = sinkFor(sim, eventId);
    QCOMPARE(received.size(), 2); // the receiver tells the copy by its delivery id
    QCOMPARE(received.last()[QLatin1String("answeredStatus")].toInt(), 200);
    WebhookDelivery stored;
    QVERIFY(outbox->delivery(eventId, &stored));
    QCOMPARE(stored.state, WebhookDelivery::State::Delivered);
    QCOMPARE(stored.attempts.size(), 1);
    const AuditVerifyResult result = store->verify();
    QVERIFY2(result.ok, qPrintable(result.message));
    outbox.reset();
    store.reset();
}

QTEST_GUILESS_MAIN(TestWebhookPostgres)
#include "tst_webhookpostgres.moc"
