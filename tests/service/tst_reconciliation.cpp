// SPDX-License-Identifier: GPL-3.0-or-later
// A crash between request and answer leaves an intent without outcome in the audit store. The next
// Session start reads the agent and audits the intent as reconciled; an intent that did land also
// gets its webhook event. Queue membership intents are reconciled apart, against the memberships.
#include "SessionHarness.h"
#include "audit/AuditStore.h"
#include "audit/AuditWriter.h"
#include "service/AgentDirectory.h"
#include "service/IntentReconciler.h"
#include "service/QueueChangeService.h"
#include "service/QueueIntentReconciler.h"
#include "sim/SimOrganisation.h"
#include "webhook/WebhookOutbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSqlQuery>
#include <QtTest>

class TestReconciliation : public QObject
{
    Q_OBJECT

private slots:
    void interruptedChange_data();
    void interruptedChange();
    void nothingToReconcile();
    void readsAndWritesOffTheUiThread();
    void queueIntentAfterCrash_data();
    void queueIntentAfterCrash();
    void landedIntentsStayOpenWhenTheOutboxIsNotReady();
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

namespace {

AuditEntry presenceIntent(const QString &agentId, const QString &from, const QString &to)
{
    AuditEntry intent;
    intent.level = QStringLiteral("info");
    intent.msg = QStringLiteral("Status change requested");
    intent.supervisor = QStringLiteral("statusdesk-demo");
    intent.agentId = agentId;
    intent.fromStatus = from;
    intent.toStatus = to;
    intent.outcome = AuditOutcome::Intent;
    return intent;
}

AuditEntry queueIntent(const QString &agentId, const QString &queueId, bool activate)
{
    AuditEntry intent;
    intent.level = QStringLiteral("info");
    intent.msg = QStringLiteral("Queue membership change requested");
    intent.supervisor = QStringLiteral("statusdesk-demo");
    intent.agentId = agentId;
    intent.fromStatus = AuditEntry::queueState(!activate);
    intent.toStatus = AuditEntry::queueState(activate);
    intent.etagBefore = queueId;
    intent.reason = QStringLiteral("Coaching");
    intent.outcome = AuditOutcome::Intent;
    return intent;
}

// A store whose webhook outbox cannot be made: a table of that name is there already, of other columns.
std::unique_ptr<AuditStore> storeWithoutOutbox(const QString &path)
{
    QString error;
    std::unique_ptr<AuditStore> store = AuditStore::open(path, &error);
    if (store) {
        QSqlQuery ddl(store->database());
        if (!ddl.exec(QStringLiteral("CREATE TABLE webhook_outbox (unrelated TEXT)")))
            store.reset();
    }
    return store;
}

} // namespace

void TestReconciliation::queueIntentAfterCrash_data()
{
    QTest::addColumn<bool>("landed");
    QTest::newRow("landed") << true;
    QTest::newRow("not landed") << false;
}

// The previous run died with a queue membership intent open, and a presence intent of the same agent
// beside it. The next start reconciles each by its own kind: the presence against the agent's presence,
// the membership against a read of the memberships; a landed membership change goes to payroll as a
// queue_membership event, the presence (which did not land) nowhere.
void TestReconciliation::queueIntentAfterCrash()
{
    QFETCH(bool, landed);
    SimConfig config;
    config.agents = 20;
    config.seed = 2;
    config.queueApplyDelayMs = 0;
    SessionHarness harness;
    QVERIFY(harness.startSim(config));
    SimOrganisation *org = harness.server()->organisation();
    const QString agentId = org->activeAgentAt(3);
    QVERIFY(!org->user(agentId)->joinedQueueIds.isEmpty());
    const QString queueId = org->user(agentId)->joinedQueueIds.first();
    QVERIFY(harness.setSimStatus(agentId, QStringLiteral("Meeting"), QStringLiteral("Coaching")));
    {
        QString error;
        std::unique_ptr<AuditStore> store = AuditStore::open(harness.auditPath(), &error);
        QVERIFY2(store, qPrintable(error));
        AuditEntry presence = presenceIntent(agentId, QStringLiteral("Meeting"), QStringLiteral("Available"));
        AuditEntry queue = queueIntent(agentId, queueId, false);
        QVERIFY(store->append(presence, &error));
        QVERIFY(store->append(queue, &error));
        QCOMPARE(store->intentsWithoutOutcome().size(), 2);
    }
    if (landed)
        QVERIFY(org->setQueueJoined(agentId, queueId, false));

    Session *session = harness.startSession(Protocol::Genesys);
    QVERIFY2(session, qPrintable(harness.lastError()));
    QCOMPARE(session->reconciledCount(), 2);
    QVERIFY(session->audit()->intentsWithoutOutcome().isEmpty());
    QVector<AuditEntry> closing;
    for (const AuditEntry &e : harness.auditOf(agentId)) {
        if (e.outcome == AuditOutcome::Reconciled)
            closing.append(e);
    }
    QCOMPARE(closing.size(), 2);
    const AuditEntry presence = closing.at(0).isQueueMembership() ? closing.at(1) : closing.at(0);
    const AuditEntry queue = closing.at(0).isQueueMembership() ? closing.at(0) : closing.at(1);
    QCOMPARE(presence.toStatus, QStringLiteral("Available"));
    QCOMPARE(presence.error, QStringLiteral("not_applied")); // the agent is in Meeting still
    QVERIFY(queue.isQueueMembership());
    QCOMPARE(queue.queueId(), queueId);
    QCOMPARE(queue.error, landed ? QString() : QStringLiteral("not_applied"));
    QVERIFY(session->audit()->verify().ok);

    const QVector<WebhookDelivery> deliveries = session->webhooks()->deliveries();
    QCOMPARE(deliveries.size(), landed ? 1 : 0);
    if (!landed)
        return;
    const QJsonObject body = QJsonDocument::fromJson(deliveries.constFirst().body).object();
    QCOMPARE(body.value(QStringLiteral("queue_id")).toString(), queueId);
    QCOMPARE(body.value(QStringLiteral("user_id")).toString(), agentId);
    QCOMPARE(body.value(QStringLiteral("active")).toBool(true), false);
    QCOMPARE(body.value(QStringLiteral("reason")).toString(), QStringLiteral("Coaching"));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QJsonValue &v : harness.server()->webhookDeliveries(QStringLiteral("payroll"))) {
                const QJsonObject d = v.toObject();
                if (d.value(QStringLiteral("headers")).toObject().value(QStringLiteral("x-genesys-event")).toString()
                        == QLatin1String("queue_membership")
                    && d.value(QStringLiteral("body")).toObject().value(QStringLiteral("queue_id")).toString()
                        == queueId)
                    return true;
            }
            return false;
        }(),
        10000);
}

// Both reconcilers on a store whose outbox is not available: a landed intent is not closed, since its
// event could never be sent afterwards; the next start, with a working outbox, closes it with its event.
void TestReconciliation::landedIntentsStayOpenWhenTheOutboxIsNotReady()
{
    SimConfig config;
    config.agents = 20;
    config.seed = 2;
    config.queueApplyDelayMs = 0;
    SessionHarness harness;
    harness.setLiveUpdates(false);
    QVERIFY(harness.startSim(config));
    Session *session = harness.startSession(Protocol::Genesys);
    QVERIFY2(session, qPrintable(harness.lastError()));
    SimOrganisation *org = harness.server()->organisation();
    const QString agentId = org->activeAgentAt(2);
    const QString queueId = org->user(agentId)->joinedQueueIds.value(0);
    QVERIFY(!queueId.isEmpty());
    QVERIFY(harness.setSimStatus(agentId, QStringLiteral("Break")));

    QTemporaryDir dir;
    std::unique_ptr<AuditStore> store = storeWithoutOutbox(dir.filePath(QStringLiteral("audit.sqlite")));
    QVERIFY(store);
    QString error;
    AuditEntry presenceEntry = presenceIntent(agentId, QStringLiteral("Available"), QStringLiteral("Break"));
    AuditEntry queueEntry = queueIntent(agentId, queueId, true); // it is active: landed
    QVERIFY(store->append(presenceEntry, &error));
    QVERIFY(store->append(queueEntry, &error));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("webhook outbox is not available:")));
    WebhookOutbox broken(store.get(), nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(!broken.ready(), 10000); // the tables are made, or fail to be, on the writer

    // Both landed: closing them now would lose their events for good, so both stay open for the next
    // start, and the log says why.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("stays open until its event")));
    IntentReconciler presence(session->gateway(), store.get(), &broken, session->clock());
    QSignalSpy presenceDone(&presence, &IntentReconciler::finished);
    presence.start();
    QVERIFY(presenceDone.wait(10000));
    QCOMPARE(presenceDone.constFirst().at(0).toInt(), 0);

    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(QStringLiteral("stays open until its queue_membership event")));
    QueueIntentReconciler queues(session->queues()->gateway(), store.get(), &broken, session->clock());
    QSignalSpy queuesDone(&queues, &QueueIntentReconciler::finished);
    queues.start();
    QVERIFY(queuesDone.wait(10000));
    QCOMPARE(queuesDone.constFirst().at(0).toInt(), 0);
    QCOMPARE(store->intentsWithoutOutcome().size(), 2);
    QVERIFY(store->verify().ok);
}

QTEST_GUILESS_MAIN(TestReconciliation)
#include "tst_reconciliation.moc"
