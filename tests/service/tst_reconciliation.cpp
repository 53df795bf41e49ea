// SPDX-License-Identifier: GPL-3.0-or-later
// A crash between request and answer leaves an intent without outcome in the audit store. The next
// Session start reads the agent and audits the intent as reconciled; an intent that did land also
// gets its webhook event.
#include "SessionHarness.h"
#include "audit/AuditStore.h"
#include "audit/AuditWriter.h"
#include "service/AgentDirectory.h"
#include "service/IntentReconciler.h"
#include "sim/SimOrganisation.h"
#include "webhook/WebhookOutbox.h"

#include <QScopeGuard>
#include <QSemaphore>
#include <QtTest>

class TestReconciliation : public QObject
{
    Q_OBJECT

private slots:
    void interruptedChange_data();
    void interruptedChange();
    void nothingToReconcile();
    void readsAndWritesOffTheUiThread();
};

void TestReconciliation::interruptedChange_data()
{
    QTest::addColumn<bool>("landed");
    QTest::addColumn<int>("protocol");
    QTest::newRow("landed, genesys") << true << int(Protocol::Genesys);
    QTest::newRow("not landed, genesys") << false << int(Protocol::Genesys);
    QTest::newRow("landed, status-api") << true << int(Protocol::StatusApi);
    QTest::newRow("not landed, status-api") << false << int(Protocol::StatusApi);
}

void TestReconciliation::interruptedChange()
{
    QFETCH(bool, landed);
    QFETCH(int, protocol);
    SimConfig config;
    config.agents = 20;
    config.seed = 2;
    SessionHarness harness;
    QVERIFY(harness.startSim(config));
    const QString agentId = harness.server()->organisation()->activeAgentAt(3);
    QVERIFY(harness.setSimStatus(agentId, QStringLiteral("Meeting"), QStringLiteral("Coaching")));

    // The previous run wrote its intent and died before the answer came.
    {
        QString error;
        std::unique_ptr<AuditStore> store = AuditStore::open(harness.auditPath(), &error);
        QVERIFY2(store, qPrintable(error));
        AuditEntry intent;
        intent.level = QStringLiteral("info");
        intent.msg = QStringLiteral("Status change requested");
        intent.supervisor = QStringLiteral("statusdesk-demo");
        intent.agentId = agentId;
        intent.agentName = harness.server()->organisation()->user(agentId)->name;
        intent.fromStatus = QStringLiteral("Meeting");
        intent.toStatus = QStringLiteral("Available");
        intent.outcome = AuditOutcome::Intent;
        QVERIFY(store->append(intent, &error));
        QCOMPARE(store->intentsWithoutOutcome().size(), 1);
    }
    if (landed)
        QVERIFY(harness.setSimStatus(agentId, QStringLiteral("Available")));

    Session *session = harness.startSession(static_cast<Protocol>(protocol));
    QVERIFY2(session, qPrintable(harness.lastError()));
    QCOMPARE(session->reconciledCount(), 1);
    QVERIFY(session->audit()->intentsWithoutOutcome().isEmpty());
    const QVector<AuditEntry> entries = harness.auditOf(agentId);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).outcome, QStringLiteral("reconciled"));
    QVERIFY2(entries.at(1).msg.contains(landed ? QStringLiteral("Available") : QStringLiteral("Meeting")),
        qPrintable(entries.at(1).msg));
    QVERIFY(!entries.at(1).etagAfter.isEmpty());
    QVERIFY(session->audit()->verify().ok);

    // Payroll hears about a change that did happen, and only then.
    const QVector<WebhookDelivery> deliveries = session->webhooks()->deliveries();
    QCOMPARE(deliveries.size(), landed ? 1 : 0);
    if (landed)
        QCOMPARE(deliveries.constFirst().agentId, agentId);
}

void TestReconciliation::nothingToReconcile()
{
    SessionHarness harness;
    QVERIFY(harness.startSim());
    Session *session = harness.startSession(Protocol::Genesys);
    QVERIFY2(session, qPrintable(harness.lastError()));
    QCOMPARE(session->reconciledCount(), 0);
    AuditQuery all;
    all.limit = 0;
    QCOMPARE(session->audit()->count(all), qint64(0));
}

// The reconciler reads the open intents and writes their closing entries on the audit writer's thread:
// while that writer is held, start() has returned, nothing is read from the server and nothing is
// closed; once it goes on, finished() tells what was reconciled, durable by then.
void TestReconciliation::readsAndWritesOffTheUiThread()
{
    SessionHarness harness;
    harness.setLiveUpdates(false); // nothing but the reconciler's own requests reaches the server
    QVERIFY(harness.startSim());
    Session *session = harness.startSession(Protocol::Genesys);
    QVERIFY2(session, qPrintable(harness.lastError()));
    const QString agentId = harness.server()->organisation()->activeAgentAt(2);
    AuditEntry intent;
    intent.msg = QStringLiteral("Status change requested");
    intent.supervisor = QStringLiteral("statusdesk-demo");
    intent.agentId = agentId;
    intent.fromStatus = QStringLiteral("Available");
    intent.toStatus = QStringLiteral("Break");
    intent.outcome = AuditOutcome::Intent;
    QString error;
    QVERIFY2(session->audit()->append(intent, &error), qPrintable(error));
    QVERIFY(harness.setSimStatus(agentId, QStringLiteral("Break")));

    auto gate = std::make_shared<QSemaphore>();
    auto held = std::make_shared<QSemaphore>();
    session->audit()->writer()->read(session,
        [gate, held](AuditStore *) {
            held->release();
            gate->tryAcquire(1, 20000);
        },
        {});
    const auto release = qScopeGuard([gate] { gate->release(); });
    QVERIFY(held->tryAcquire(1, 5000));
    IntentReconciler reconciler(session->gateway(), session->audit(), session->webhooks(), session->clock());
    QSignalSpy finished(&reconciler, &IntentReconciler::finished);
    const qint64 before = harness.server()->requestsServed();
    reconciler.start();
    QTest::qWait(300);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(harness.server()->requestsServed(), before); // the agents are read only after the intents
    QCOMPARE(session->audit()->intentsWithoutOutcome().size(), 1);

    gate->release();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().at(0).toInt(), 1);
    QVERIFY(session->audit()->intentsWithoutOutcome().isEmpty());
    const QVector<AuditEntry> entries = harness.auditOf(agentId);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).outcome, QStringLiteral("reconciled"));
    QTRY_COMPARE(session->webhooks()->deliveries().size(), 1); // the change landed: payroll hears of it
    QVERIFY(session->audit()->verify().ok);
}

QTEST_GUILESS_MAIN(TestReconciliation)
#include "tst_reconciliation.moc"
