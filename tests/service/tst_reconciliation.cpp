// SPDX-License-Identifier: GPL-3.0-or-later
// A crash between request and answer leaves an intent without outcome in the audit store. The next
// Session start reads the agent and audits the intent as reconciled; an intent that did land also
// gets its webhook event.
#include "SessionHarness.h"
#include "audit/AuditStore.h"
#include "service/AgentDirectory.h"
#include "sim/SimOrganisation.h"
#include "webhook/WebhookOutbox.h"

#include <QtTest>

class TestReconciliation : public QObject
{
    Q_OBJECT

private slots:
    void interruptedChange_data();
    void interruptedChange();
    void nothingToReconcile();
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

QTEST_GUILESS_MAIN(TestReconciliation)
#include "tst_reconciliation.moc"
