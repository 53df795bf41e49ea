// SPDX-License-Identifier: GPL-3.0-or-later
// Queue memberships end to end against the simulator over real HTTP: the merged read of both joined
// listings, a change confirmed by a read after the simulator applied it, compare-before-write (a change
// made meanwhile, a membership already as asked, a non-member pair: nothing sent), an unconfirmed PATCH,
// the queue rule and reasons, the audit entries and the queue_membership webhook, and activeQueueIds
// pushed into the directory.
#include "SessionHarness.h"
#include "api/QueueGateway.h"
#include "api/QueueReply.h"
#include "core/TransitionRules.h"
#include "service/AgentDirectory.h"
#include "service/QueueChangeService.h"
#include "sim/SimOrganisation.h"

#include <QFile>
#include <QSignalSpy>
#include <QtTest>

class TestQueueChange : public QObject
{
    Q_OBJECT

private:
    static constexpr int kSimDelayMs = 300;

    SessionHarness m_harness;
    Session *m_session = nullptr;

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
        QCOMPARE(m_harness.outcomesOf(agentId).last(), QStringLiteral("failed"));
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
};

QTEST_GUILESS_MAIN(TestQueueChange)
#include "tst_queuechange.moc"
