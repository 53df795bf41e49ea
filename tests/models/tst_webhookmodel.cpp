// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditStore.h"
#include "metrics/MetricsRegistry.h"
#include "models/WebhookDeliveryModel.h"
#include "support/SimFixture.h"
#include "webhook/WebhookOutbox.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestWebhookModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listsDeliveriesNewestFirst();
    void followsAttemptsRowByRow();
    void keepsToItsLimit();

private:
    QString record(const QString &agent);
    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditStore> m_store;
    std::unique_ptr<WebhookOutbox> m_outbox;
    std::unique_ptr<WebhookDeliveryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestWebhookModel::init()
{
    m_sim = std::make_unique<SimFixture>();
    SimConfig config;
    config.agents = 3;
    const QUrl base = m_sim->start(config);
    QVERIFY(base.isValid());
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_store = AuditStore::open(m_dir->filePath(QStringLiteral("audit.sqlite")), &error);
    QVERIFY2(m_store, qPrintable(error));
    m_outbox = std::make_unique<WebhookOutbox>(m_store.get(), nullptr);
    m_outbox->setEndpoint(base.resolved(QUrl(QStringLiteral("/sim/webhooks/panel"))));
    WebhookRetryPolicy policy;
    policy.initialDelayMs = 20;
    policy.maxDelayMs = 50;
    m_outbox->setPolicy(policy);
    m_model = std::make_unique<WebhookDeliveryModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestWebhookModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_outbox.reset();
    m_store.reset();
    m_dir.reset();
    m_sim.reset();
}

QString TestWebhookModel::record(const QString &agent)
{
    AuditEntry outcome;
    outcome.agentId = agent;
    outcome.outcome = QString(AuditOutcome::Applied);
    const WebhookEvent event = WebhookEvent::create(agent, QStringLiteral("Break"), QStringLiteral("Available"),
        QStringLiteral("Coffee"), QStringLiteral("m.chen"), QStringLiteral("\"1\""));
    return m_outbox->recordOutcome(outcome, event) ? event.eventId : QString();
}

void TestWebhookModel::listsDeliveriesNewestFirst()
{
    const QString first = record(QStringLiteral("a-1"));
    const QString second = record(QStringLiteral("a-2"));
    m_model->setOutbox(m_outbox.get());
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(WebhookDeliveryModel::ColumnCount));
    QCOMPARE(m_model->index(0, 0).data(WebhookDeliveryModel::EventIdRole).toString(), second);
    QCOMPARE(m_model->index(1, 0).data(WebhookDeliveryModel::EventIdRole).toString(), first);
    QCOMPARE(m_model->index(0, WebhookDeliveryModel::State).data().toString(), QStringLiteral("Pending"));
    QCOMPARE(m_model->index(0, 0).data(WebhookDeliveryModel::StateRole).toString(), QStringLiteral("pending"));
    QCOMPARE(m_model->index(0, WebhookDeliveryModel::Attempts).data().toInt(), 0);
    QCOMPARE(m_model->index(0, WebhookDeliveryModel::LastStatus).data().toString(), QString());

    // A third event appears on top without a reset.
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const QString third = record(QStringLiteral("a-3"));
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowOf(third), 0);
    QCOMPARE(reset.count(), 0);
}

void TestWebhookModel::followsAttemptsRowByRow()
{
    m_sim->server()->failWebhooks(QStringLiteral("panel"), 503, 2);
    const QString eventId = record(QStringLiteral("a-1"));
    m_model->setOutbox(m_outbox.get());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_outbox->start();
    QTRY_COMPARE(m_model->index(0, 0).data(WebhookDeliveryModel::StateRole).toString(), QStringLiteral("delivered"));
    QVERIFY(changed.count() >= 3);
    QCOMPARE(m_model->index(0, WebhookDeliveryModel::Attempts).data().toInt(), 3);
    QCOMPARE(m_model->index(0, WebhookDeliveryModel::LastStatus).data().toString(), QStringLiteral("200"));
    QVERIFY(m_model->index(0, WebhookDeliveryModel::LastLatency).data().toString().endsWith(QLatin1String(" ms")));
    const QVariantList attempts = m_model->index(0, 0).data(WebhookDeliveryModel::AttemptsRole).toList();
    QCOMPARE(attempts.size(), 3);
    QCOMPARE(attempts.at(0).toMap().value(QStringLiteral("status")).toInt(), 503);
    QVERIFY(!attempts.at(0).toMap().value(QStringLiteral("error")).toString().isEmpty());
    QCOMPARE(attempts.at(2).toMap().value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(m_model->attempts(0).size(), 3);
    QCOMPARE(m_model->deliveryAt(0).eventId, eventId);
}

void TestWebhookModel::keepsToItsLimit()
{
    m_model->setLimit(2);
    m_model->setOutbox(m_outbox.get());
    record(QStringLiteral("a-1"));
    record(QStringLiteral("a-2"));
    const QString newest = record(QStringLiteral("a-3"));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOf(newest), 0);
}

QTEST_GUILESS_MAIN(TestWebhookModel)
#include "tst_webhookmodel.moc"
