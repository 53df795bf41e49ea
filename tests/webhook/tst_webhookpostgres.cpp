// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditStore.h"
#include "support/PostgresServer.h"
#include "support/SimFixture.h"
#include "webhook/WebhookOutbox.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

// Two consoles share one PostgreSQL team log and its outbox: every event still reaches the
// receiver exactly once, and the audit chain stays one chain.
class TestWebhookPostgres : public QObject
{
    Q_OBJECT
private slots:
    void twoConsolesDeliverEachEventOnce();
};

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

QTEST_GUILESS_MAIN(TestWebhookPostgres)
#include "tst_webhookpostgres.moc"
