// SPDX-License-Identifier: GPL-3.0-or-later
// Queue memberships end to end against the simulator over real HTTP: the merged read of both joined
// listings, a change confirmed by a read after the simulator applied it, compare-before-write (a change
// made meanwhile, a membership already as asked, a non-member pair: nothing sent), an unconfirmed PATCH,
// the queue rule and reasons, the audit entries and the queue_membership webhook, and activeQueueIds
// pushed into the directory; the intent written ahead of every PATCH (none sent when it cannot be), a
// PATCH whose answer is lost (landed: applied; not: audited unknown, reconciled later), the queue rule
// counted on fresh reads, and an applied change audited even when the webhook outbox is not available.
#include "SessionHarness.h"
#include "api/QueueGateway.h"
#include "api/QueueReply.h"
#include "audit/AuditStore.h"
#include "core/TransitionRules.h"
#include "service/AgentDirectory.h"
#include "service/QueueChangeService.h"
#include "service/QueueIntentReconciler.h"
#include "sim/SimOrganisation.h"
#include "webhook/WebhookOutbox.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

class TestQueueChange : public QObject
{
    Q_OBJECT

private:
    static constexpr int kSimDelayMs = 300;

    SessionHarness m_harness;
    Session *m_session = nullptr;
    QTemporaryDir m_dir;

    SimOrganisation *org() const { return m_harness.server()->organisation(); }
    QueueChangeService *queues() const { return m_session->queues(); }

    // An agent of the roster with a joined team queue and an inactive General membership.
    const SimAgent *agentWithInactiveMembership(int skip = 0) const
    {
        for (const SimAgent &a : org()->users()) {
            if (a.state == QLatin1String("active") && a.queueIds.size() == 2 && a.joinedQueueIds.size() == 1
                && m_session->directory()->rowOf(a.id) >= 0 && skip-- == 0)
                return &a;
        }
        return nullptr;
    }

    QString queueId(const QString &name) const
    {
        for (const SimQueue &q : org()->queues()) {
            if (q.name == name)
                return q.id;
        }
        return {};
    }

    QueueChangeResults run(const QVector<QueueChange> &changes, int timeoutMs = 15000)
    {
        QueueChangeRun *r = queues()->apply(changes);
        QSignalSpy finished(r, &QueueChangeRun::finished);
        if (!finished.wait(timeoutMs))
            return {};
        r->deleteLater();
        return r->results();
    }

    static QueueChange changeOf(const SimAgent *a, const QString &queueId, bool activate, std::optional<bool> seen)
    {
        QueueChange c;
        c.agentId = a->id;
        c.queueId = queueId;
        c.activate = activate;
        c.seenJoined = seen;
        return c;
    }

    qint64 requests(const QString &methodAndPath) const
    {
        return qint64(m_harness.server()->requestsByPath().value(methodAndPath).toDouble());
    }

    // The open queue membership intents of one agent.
    QVector<AuditEntry> openIntents(const QString &agentId) const
    {
        QVector<AuditEntry> out;
        for (const AuditEntry &e : m_session->audit()->intentsWithoutOutcome()) {
            if (e.agentId == agentId && e.isQueueMembership())
                out.append(e);
        }
        return out;
    }

    // The outcomes of an agent's changes since the from-th entry (webhook deliveries, which come when they
    // come, left out).
    QStringList outcomesSince(const QString &agentId, int from) const
    {
        QStringList out = m_harness.outcomesOf(agentId).mid(from);
        out.removeIf([](const QString &o) { return o.startsWith(QLatin1String("webhook_")); });
        return out;
    }

    // The queue membership entries of an agent since the from-th entry.
    QVector<AuditEntry> queueEntries(const QString &agentId, int from = 0) const
    {
        QVector<AuditEntry> out;
        for (const AuditEntry &e : m_harness.auditOf(agentId).mid(from)) {
            if (e.isQueueMembership())
                out.append(e);
        }
        return out;
    }

    // Whether payroll's sink got the queue_membership event of this change.
    bool deliveredToPayroll(const QString &agentId, const QString &queueId, bool active) const
    {
        for (const QJsonValue &v : m_harness.server()->webhookDeliveries(QStringLiteral("payroll"))) {
            const QJsonObject d = v.toObject();
            const QJsonObject body = d.value(QStringLiteral("body")).toObject();
            if (body.value(QStringLiteral("queue_id")).toString() == queueId
                && body.value(QStringLiteral("user_id")).toString() == agentId
                && body.value(QStringLiteral("active")).toBool(!active) == active
                && d.value(QStringLiteral("headers")).toObject().value(QStringLiteral("x-genesys-event")).toString()
                    == QLatin1String("queue_membership"))
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        SimConfig config;
        config.agents = 60;
        config.rateLimitPerMinute = 0;
        config.queueApplyDelayMs = kSimDelayMs;
        QVERIFY(m_harness.startSim(config));
        m_session = m_harness.startSession(Protocol::Genesys);
        QVERIFY2(m_session, qPrintable(m_harness.lastError()));
        QVERIFY(queues());
        queues()->setConfirmDelay(kSimDelayMs + 200);
        QVERIFY(agentWithInactiveMembership(2));
    }

    void readMergesBothListings()
    {
        const SimAgent *a = agentWithInactiveMembership();
        m_harness.server()->resetCounters();
        QueueReply *reply = queues()->readMemberships(a->id);
        QSignalSpy finished(reply, &QueueReply::finished);
        QVERIFY(finished.wait(10000));
        reply->deleteLater();
        QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));
        const QueueMemberships memberships = reply->memberships();
        QCOMPARE(memberships.size(), a->queueIds.size());
        for (const QueueMembership &m : memberships) {
            QVERIFY(a->queueIds.contains(m.queueId));
            QCOMPARE(m.joined, a->joinedQueueIds.contains(m.queueId));
            QCOMPARE(m.name, org()->queue(m.queueId)->name);
            QCOMPARE(m.joinedMemberCount, org()->queueJoinedCount(m.queueId));
        }
        // One request per listing: joined=true and joined=false.
        QCOMPARE(requests(QStringLiteral("GET /api/v2/users/%1/queues").arg(a->id)), 2);
        // The directory now knows the agent's active queues.
        QCOMPARE(m_session->directory()->agent(a->id)->activeQueueIds, a->joinedQueueIds);
    }

    // The PATCH is answered before the simulator applies it; the confirming read after the delay shows
    // it. Audited applied, with its own webhook event.
    void activationIsConfirmedAuditedAndSentToPayroll()
    {
        const SimAgent *a = agentWithInactiveMembership();
        const QString agentId = a->id;
        const QString general = queueId(QStringLiteral("General"));
        QueueChange c = changeOf(a, general, true, false);
        c.reason = QStringLiteral("Coaching");
        const QueueChangeResults results = run({c});
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.first().outcome == QueueChangeResult::Outcome::Applied, qPrintable(results.first().message));
        QCOMPARE(results.first().joinedNow, std::optional<bool>(true));
        QVERIFY(org()->user(agentId)->joinedQueueIds.contains(general));
        QCOMPARE(requests(QStringLiteral("PATCH /api/v2/users/%1/queues").arg(agentId)), 1);
        QVERIFY(m_harness.outcomesOf(agentId).contains(QStringLiteral("applied")));
        const AuditEntry entry = m_harness.auditOf(agentId).last();
        QCOMPARE(entry.toStatus, QStringLiteral("queue active"));
        QVERIFY(entry.msg.contains(general));
        QCOMPARE(entry.reason, QStringLiteral("Coaching"));

        QJsonObject delivered;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QJsonValue &v : m_harness.server()->webhookDeliveries(QStringLiteral("payroll"))) {
                    const QJsonObject d = v.toObject();
                    if (d.value(QStringLiteral("body")).toObject().value(QStringLiteral("queue_id")).toString()
                            == general
                        && d.value(QStringLiteral("body")).toObject().value(QStringLiteral("user_id")).toString()
                            == agentId)
                        delivered = d;
                }
                return !delivered.isEmpty();
            }(),
            10000);
        QCOMPARE(
            delivered.value(QStringLiteral("headers")).toObject().value(QStringLiteral("x-genesys-event")).toString(),
            QStringLiteral("queue_membership"));
        const QJsonObject body = delivered.value(QStringLiteral("body")).toObject();
        QCOMPARE(body.value(QStringLiteral("active")).toBool(false), true);
        QCOMPARE(body.value(QStringLiteral("reason")).toString(), QStringLiteral("Coaching"));
        QVERIFY(!body.value(QStringLiteral("timestamp")).toString().isEmpty());
        QVERIFY(!body.contains(QStringLiteral("target_status")));

        // Back as it was.
        QCOMPARE(run({changeOf(org()->user(agentId), general, false, true)}).value(0).outcome,
            QueueChangeResult::Outcome::Applied);
        QVERIFY(!org()->user(agentId)->joinedQueueIds.contains(general));
    }

    void compareBeforeWriteSendsNothingNeedless()
    {
        const SimAgent *a = agentWithInactiveMembership();
        const QString agentId = a->id;
        const QString general = queueId(QStringLiteral("General"));
        const QString team = a->queueIds.first();
        const QString patch = QStringLiteral("PATCH /api/v2/users/%1/queues").arg(agentId);
        m_harness.server()->resetCounters();
        // The lead saw General active, but it is not: changed meanwhile. The team queue is active already.
        // Back Office has no members.
        const QueueChangeResults results = run({changeOf(a, general, false, true), changeOf(a, team, true, true),
            changeOf(a, queueId(QStringLiteral("Back Office")), true, std::nullopt)});
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).outcome, QueueChangeResult::Outcome::Conflict);
        QCOMPARE(results.at(0).joinedNow, std::optional<bool>(false));
        QVERIFY(results.at(0).message.contains(QLatin1String("meanwhile")));
        QCOMPARE(results.at(1).outcome, QueueChangeResult::Outcome::Unchanged);
        QCOMPARE(results.at(2).outcome, QueueChangeResult::Outcome::NotMember);
        QVERIFY(results.at(2).message.contains(QLatin1String("not a member")));
        QCOMPARE(requests(patch), 0);
        const QStringList outcomes = m_harness.outcomesOf(agentId);
        QVERIFY(outcomes.contains(QStringLiteral("conflict")));
        QVERIFY(outcomes.contains(QStringLiteral("unchanged")));
        QVERIFY(outcomes.contains(QStringLiteral("rejected")));
    }

    // The simulator takes longer than the reads wait: the change ends unconfirmed, and is there later.
    void slowApplicationIsUnconfirmed()
    {
        const SimAgent *a = agentWithInactiveMembership(1);
        const QString agentId = a->id;
        const QString general = queueId(QStringLiteral("General"));
        m_harness.server()->setQueueApplyDelay(3000);
        queues()->setConfirmDelay(200);
        queues()->setConfirmReads(2);
        const QueueChangeResults results = run({changeOf(a, general, true, false)});
        m_harness.server()->setQueueApplyDelay(kSimDelayMs);
        queues()->setConfirmDelay(kSimDelayMs + 200);
        queues()->setConfirmReads(QueueChangeService::kDefaultConfirmReads);
        QCOMPARE(results.value(0).outcome, QueueChangeResult::Outcome::Unconfirmed);
        QCOMPARE(results.value(0).joinedNow, std::optional<bool>(false));
        // It may still land: audited unknown, its intent open for the next start.
        QCOMPARE(m_harness.outcomesOf(agentId).last(), QStringLiteral("unknown"));
        QCOMPARE(openIntents(agentId).size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(org()->user(agentId)->joinedQueueIds.contains(general), 10000);
        QCOMPARE(run({changeOf(org()->user(agentId), general, false, true)}).value(0).outcome,
            QueueChangeResult::Outcome::Applied);
    }

    void rulesRefuseBeforeAnythingIsSent()
    {
        const SimAgent *a = agentWithInactiveMembership();
        const QString team = a->queueIds.first();
        QTemporaryDir dir;
        QFile rules(dir.filePath(QStringLiteral("rules.json")));
        QFile defaults(TransitionRules::defaultRulesPath());
        QVERIFY(defaults.open(QIODevice::ReadOnly));
        QJsonObject object = QJsonDocument::fromJson(defaults.readAll()).object();
        object.insert(QStringLiteral("queues"),
            QJsonObject {{QStringLiteral("minimumActive"), QJsonObject {{team, 1000}}},
                {QStringLiteral("reasonRequired"), QJsonArray {QStringLiteral("deactivate")}}});
        QVERIFY(rules.open(QIODevice::WriteOnly));
        rules.write(QJsonDocument(object).toJson());
        rules.close();
        QString error;
        QVERIFY2(m_session->loadRules(rules.fileName(), &error), qPrintable(error));
        m_harness.server()->resetCounters();
        const QueueChangeResults results = run({changeOf(a, team, false, true)});
        QVERIFY(m_session->loadRules(TransitionRules::defaultRulesPath(), &error));
        QCOMPARE(results.value(0).outcome, QueueChangeResult::Outcome::Rejected);
        QCOMPARE(results.value(0).violations.size(), 2);
        QCOMPARE(results.value(0).violations.at(0).type, RuleViolation::Type::ReasonRequired);
        QCOMPARE(results.value(0).violations.at(1).type, RuleViolation::Type::QueueMinimum);
        QCOMPARE(requests(QStringLiteral("GET /api/v2/users/%1/queues").arg(a->id)), 0);
        QCOMPARE(m_harness.outcomesOf(a->id).last(), QStringLiteral("validation_failed"));
        QVERIFY(a->joinedQueueIds.contains(team));
    }

    // The rule counts agents from the activity topic: after another lead's change the count follows.
    void activeQueueIdsArePushedIntoTheDirectory()
    {
        const SimAgent *a = agentWithInactiveMembership(2);
        const QString agentId = a->id;
        const QString general = queueId(QStringLiteral("General"));
        const int before = queues()->activeInScope(general);
        QVERIFY(org()->setQueueJoined(agentId, general, true));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->directory()->agent(agentId)->activeQueueIds.contains(general), 10000);
        QVERIFY(m_session->directory()->agent(agentId)->activeQueuesKnown);
        QCOMPARE(queues()->activeInScope(general), before + 1);
        QVERIFY(org()->setQueueJoined(agentId, general, false));
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->directory()->agent(agentId)->activeQueueIds.contains(general), 10000);
    }

    // The intent is durable before the PATCH leaves: the first entry of a change, matched to it by queue.
    void intentIsWrittenAheadOfThePatch()
    {
        const SimAgent *a = agentWithInactiveMembership();
        const QString agentId = a->id;
        const QString general = queueId(QStringLiteral("General"));
        const int before = int(m_harness.outcomesOf(agentId).size());
        QCOMPARE(run({changeOf(a, general, true, false)}).value(0).outcome, QueueChangeResult::Outcome::Applied);
        QCOMPARE(outcomesSince(agentId, before), (QStringList {QStringLiteral("intent"), QStringLiteral("applied")}));
        const QVector<AuditEntry> entries = queueEntries(agentId, before);
        QCOMPARE(entries.at(0).queueId(), general);
        QCOMPARE(entries.at(0).toStatus, AuditEntry::queueState(true));
        QCOMPARE(entries.at(1).queueId(), general);
        QVERIFY(openIntents(agentId).isEmpty());
        QCOMPARE(run({changeOf(org()->user(agentId), general, false, true)}).value(0).outcome,
            QueueChangeResult::Outcome::Applied);
    }

    // An intent the audit log refuses (a trigger of the test's own) stops the change: nothing is sent.
    void changeIsNotSentWhenItsIntentCannotBeWritten()
    {
        const SimAgent *a = agentWithInactiveMembership();
        const QString agentId = a->id;
        const QString general = queueId(QStringLiteral("General"));
        const int before = int(m_harness.outcomesOf(agentId).size());
        QSqlQuery ddl(m_session->audit()->database());
        QVERIFY(ddl.exec(QStringLiteral("CREATE TRIGGER refuse_intent BEFORE INSERT ON audit_entries WHEN NEW.outcome "
                                        "= 'intent' BEGIN SELECT RAISE(ABORT, 'intent refused by the test'); END")));
        m_harness.server()->resetCounters();
        const QueueChangeResults results = run({changeOf(a, general, true, false)});
        QVERIFY(ddl.exec(QStringLiteral("DROP TRIGGER refuse_intent")));
        QCOMPARE(results.value(0).outcome, QueueChangeResult::Outcome::Failed);
        QVERIFY2(results.value(0).message.contains(QLatin1String("not sent")), qPrintable(results.value(0).message));
        QCOMPARE(requests(QStringLiteral("PATCH /api/v2/users/%1/queues").arg(agentId)), 0);
        // Only the failure (webhook deliveries of earlier changes may come between).
        QCOMPARE(outcomesSince(agentId, before), QStringList {QStringLiteral("failed")});
        QVERIFY(!org()->user(agentId)->joinedQueueIds.contains(general));
        QVERIFY(m_session->audit()->verify().ok);
    }

    // The simulator applies the PATCH and drops its answer: the confirming reads show it, so it is
    // applied (not failed), audited so, and payroll hears of it.
    void lostAnswerThatLandedIsApplied()
    {
        const SimAgent *a = agentWithInactiveMembership();
        const QString agentId = a->id;
        const QString general = queueId(QStringLiteral("General"));
        const int before = int(m_harness.outcomesOf(agentId).size());
        // More than one: Qt sends a request again, once, when its connection closes unanswered.
        m_harness.server()->failAfterApplying(
            "PATCH", QStringLiteral("/api/v2/users/%1/queues").arg(agentId), 0, 5, true);
        const QueueChangeResults results = run({changeOf(a, general, true, false)});
        m_harness.server()->clearFaults();
        QVERIFY2(results.value(0).outcome == QueueChangeResult::Outcome::Applied, qPrintable(results.value(0).message));
        QVERIFY(results.value(0).answerLost);
        QVERIFY(org()->user(agentId)->joinedQueueIds.contains(general));
        QCOMPARE(outcomesSince(agentId, before), (QStringList {QStringLiteral("intent"), QStringLiteral("applied")}));
        QVERIFY(queueEntries(agentId).last().msg.contains(QLatin1String("lost")));
        QVERIFY(openIntents(agentId).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(deliveredToPayroll(agentId, general, true), 10000);
        QCOMPARE(run({changeOf(org()->user(agentId), general, false, true)}).value(0).outcome,
            QueueChangeResult::Outcome::Applied);
    }

    // The answer is dropped and the PATCH never applied: the reads do not show it, so it is audited
    // unknown (not failed) and its intent stays open; the reconciler of the next start (a fresh one on the
    // same SQLite file) reads the memberships and closes it as not applied, with nothing sent to payroll.
    void lostAnswerThatDidNotLandIsReconciledLater()
    {
        const SimAgent *a = agentWithInactiveMembership(1);
        const QString agentId = a->id;
        const QString general = queueId(QStringLiteral("General"));
        const int before = int(m_harness.outcomesOf(agentId).size());
        m_harness.server()->dropNext("PATCH", QStringLiteral("/api/v2/users/%1/queues").arg(agentId), 5);
        queues()->setConfirmReads(2);
        const QueueChangeResults results = run({changeOf(a, general, true, false)});
        queues()->setConfirmReads(QueueChangeService::kDefaultConfirmReads);
        m_harness.server()->clearFaults();
        QCOMPARE(results.value(0).outcome, QueueChangeResult::Outcome::Unconfirmed);
        QVERIFY(results.value(0).answerLost);
        QVERIFY(results.value(0).message.contains(QLatin1String("lost")));
        QVERIFY(!org()->user(agentId)->joinedQueueIds.contains(general));
        QCOMPARE(outcomesSince(agentId, before), (QStringList {QStringLiteral("intent"), QStringLiteral("unknown")}));
        QCOMPARE(openIntents(agentId).size(), 1);
        QCOMPARE(openIntents(agentId).constFirst().queueId(), general);

        QString error;
        std::unique_ptr<AuditStore> store = AuditStore::open(m_harness.auditPath(), &error);
        QVERIFY2(store, qPrintable(error));
        WebhookOutbox outbox(store.get(), nullptr);
        QVERIFY(outbox.ready());
        const int events = int(outbox.deliveries().size());
        QueueGateway gateway(m_session->api());
        QueueIntentReconciler reconciler(&gateway, store.get(), &outbox);
        QSignalSpy finished(&reconciler, &QueueIntentReconciler::finished);
        reconciler.start();
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.constFirst().at(0).toInt() >= 1);
        QVERIFY(openIntents(agentId).isEmpty());
        const AuditEntry closing = queueEntries(agentId).last();
        QCOMPARE(closing.outcome, QStringLiteral("reconciled"));
        QCOMPARE(closing.error, QStringLiteral("not_applied"));
        QCOMPARE(closing.queueId(), general);
        QCOMPARE(int(outbox.deliveries().size()), events);
        QVERIFY(store->verify().ok);
    }

    // An outbox that is not available (its tables could not be made) must not lose the audit entry of an
    // applied change: it is written alone, and the log says the event could not be queued.
    void appliedIsAuditedWhenTheOutboxIsNotReady()
    {
        QTemporaryDir dir;
        QString error;
        std::unique_ptr<AuditStore> store = AuditStore::open(dir.filePath(QStringLiteral("other.sqlite")), &error);
        QVERIFY2(store, qPrintable(error));
        QSqlQuery ddl(store->database());
        QVERIFY(ddl.exec(QStringLiteral("CREATE TABLE webhook_outbox (unrelated TEXT)")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("webhook outbox is not available")));
        WebhookOutbox broken(store.get(), nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!broken.ready(), 10000); // the tables are made, or fail to be, on the writer

        const SimAgent *a = agentWithInactiveMembership();
        const QString agentId = a->id;
        const QString general = queueId(QStringLiteral("General"));
        queues()->setStores(store.get(), &broken);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("could not be queued")));
        const QueueChangeResults results = run({changeOf(a, general, true, false)});
        queues()->setStores(m_session->audit(), m_session->webhooks());
        QCOMPARE(results.value(0).outcome, QueueChangeResult::Outcome::Applied);
        AuditQuery mine;
        mine.agent = agentId;
        mine.limit = 0;
        QStringList outcomes;
        for (const AuditEntry &e : store->query(mine))
            outcomes.prepend(e.outcome);
        QCOMPARE(outcomes, (QStringList {QStringLiteral("intent"), QStringLiteral("applied")}));
        QVERIFY(store->intentsWithoutOutcome().isEmpty());
        QCOMPARE(run({changeOf(org()->user(agentId), general, false, true)}).value(0).outcome,
            QueueChangeResult::Outcome::Applied);
    }

    // The minimum rule is decided on memberships read just before the deactivation: one taken away on
    // the simulator behind the console's back (live updates off, so no event tells it) is counted, and
    // the deactivation that would break the rule is refused. Each agent counted is read once (the
    // joined=true listing); a queue that cannot be counted refuses; a rule of N reads N + 1 agents.
    void queueMinimumIsCountedOnFreshReads()
    {
        SessionHarness harness;
        harness.setLiveUpdates(false);
        SimConfig config;
        config.agents = 40;
        config.rateLimitPerMinute = 0;
        config.queueApplyDelayMs = kSimDelayMs;
        QVERIFY(harness.startSim(config));
        Session *session = harness.startSession(Protocol::Genesys);
        QVERIFY2(session, qPrintable(harness.lastError()));
        QueueChangeService *service = session->queues();
        service->setConfirmDelay(kSimDelayMs + 200);
        SimOrganisation *o = harness.server()->organisation();
        const auto count
            = [&](const QString &path) { return qint64(harness.server()->requestsByPath().value(path).toDouble()); };
        const auto runOn = [&](const QVector<QueueChange> &changes) {
            QueueChangeRun *r = service->apply(changes);
            QSignalSpy finished(r, &QueueChangeRun::finished);
            if (!finished.wait(15000))
                return QueueChangeResults();
            r->deleteLater();
            return r->results();
        };

        // A team queue and its active members in the roster, read once by the console.
        QString team;
        QStringList members;
        for (const SimAgent &a : o->users()) {
            if (a.state != QLatin1String("active") || session->directory()->rowOf(a.id) < 0
                || a.joinedQueueIds.isEmpty())
                continue;
            if (team.isEmpty())
                team = a.joinedQueueIds.first();
            if (a.joinedQueueIds.contains(team))
                members.append(a.id);
        }
        QVERIFY2(members.size() >= 4, qPrintable(QString::number(members.size())));
        for (const QString &id : std::as_const(members)) {
            QueueReply *reply = service->readMemberships(id);
            QSignalSpy finished(reply, &QueueReply::finished);
            QVERIFY(finished.wait(10000));
            reply->deleteLater();
        }
        const QString leaver = members.at(0);
        const QString gone = members.at(1);
        const int others = int(members.size()) - 1;
        QCOMPARE(service->activeInScope(team, leaver), others);

        const auto setMinimum = [&](int minimum) {
            QFile defaults(TransitionRules::defaultRulesPath());
            if (!defaults.open(QIODevice::ReadOnly))
                return false;
            QJsonObject object = QJsonDocument::fromJson(defaults.readAll()).object();
            object.insert(QStringLiteral("queues"),
                QJsonObject {{QStringLiteral("minimumActive"), QJsonObject {{team, minimum}}}});
            QFile rules(m_dir.filePath(QStringLiteral("rules-%1.json").arg(minimum)));
            if (!rules.open(QIODevice::WriteOnly))
                return false;
            rules.write(QJsonDocument(object).toJson());
            rules.close();
            QString error;
            return session->loadRules(rules.fileName(), &error);
        };
        QVERIFY(setMinimum(others));
        QVERIFY(o->setQueueJoined(gone, team, false));
        QVERIFY(session->directory()->agent(gone)->activeQueueIds.contains(team)); // stale: nothing told it
        harness.server()->resetCounters();
        QueueChange leave;
        leave.agentId = leaver;
        leave.queueId = team;
        leave.activate = false;
        leave.seenJoined = true;
        QueueChangeResults results = runOn({leave});
        QCOMPARE(results.value(0).outcome, QueueChangeResult::Outcome::Rejected);
        QCOMPARE(results.value(0).violations.value(0).type, RuleViolation::Type::QueueMinimum);
        for (const QString &id : std::as_const(members))
            QCOMPARE(count(QStringLiteral("GET /api/v2/users/%1/queues").arg(id)), id == leaver ? 0 : 1);
        QCOMPARE(count(QStringLiteral("PATCH /api/v2/users/%1/queues").arg(leaver)), 0);
        QVERIFY(!session->directory()->agent(gone)->activeQueueIds.contains(team)); // the read told it
        QVERIFY(o->user(leaver)->joinedQueueIds.contains(team));

        // A queue that cannot be counted refuses the deactivation.
        QVERIFY(setMinimum(1));
        harness.server()->failNext("GET", QStringLiteral("/api/v2/users/*"), 403, 100);
        results = runOn({leave});
        harness.server()->clearFaults();
        QCOMPARE(results.value(0).outcome, QueueChangeResult::Outcome::Rejected);
        QVERIFY2(results.value(0).message.contains(QLatin1String("could not be counted")),
            qPrintable(results.value(0).message));
        QVERIFY(o->user(leaver)->joinedQueueIds.contains(team));

        // A rule of 1 with one agent leaving is settled by 2 agents read, however many are active.
        harness.server()->resetCounters();
        results = runOn({leave});
        QVERIFY2(results.value(0).outcome == QueueChangeResult::Outcome::Applied, qPrintable(results.value(0).message));
        qint64 counted = 0;
        for (const QString &id : std::as_const(members)) {
            if (id != leaver)
                counted += count(QStringLiteral("GET /api/v2/users/%1/queues").arg(id));
        }
        QCOMPARE(counted, qint64(2));
        QVERIFY(o->setQueueJoined(gone, team, true));
        QVERIFY(o->setQueueJoined(leaver, team, true));
    }
};

QTEST_GUILESS_MAIN(TestQueueChange)
#include "tst_queuechange.moc"
