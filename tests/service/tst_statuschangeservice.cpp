// SPDX-License-Identifier: GPL-3.0-or-later
// One status change end to end against the simulator over real HTTP, on both protocols: applied,
// every refusal of the rules (audited and counted, nothing sent), conflicts with a competing
// supervisor and with --expect semantics, each resolution, and a failed write.
#include "SessionHarness.h"
#include "api/ApiClient.h"
#include "api/GenesysJson.h"
#include "audit/AuditQuery.h"
#include "audit/AuditStore.h"
#include "core/ManualClock.h"
#include "metrics/MetricsRegistry.h"
#include "service/AgentDirectory.h"
#include "service/StatusChangeService.h"
#include "sim/SimOrganisation.h"
#include "webhook/WebhookOutbox.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

Q_DECLARE_METATYPE(Resolution)
Q_DECLARE_METATYPE(ChangeResult::Outcome)

namespace {

SimConfig smallOrg()
{
    SimConfig config;
    config.agents = 30;
    config.seed = 11;
    return config;
}

ChangeResult waitForResult(QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(15000))
        return ChangeResult();
    return spy.constFirst().constFirst().value<ChangeResult>();
}

// The agents of one team, in roster order.
QStringList teamMembers(SimOrganisation *org, QString *team)
{
    QHash<QString, QStringList> byTeam;
    for (const SimAgent &agent : org->users()) {
        if (agent.state == QLatin1String("active") && !org->teamName(agent).isEmpty())
            byTeam[org->teamName(agent)].append(agent.id);
    }
    QString best;
    for (auto it = byTeam.cbegin(); it != byTeam.cend(); ++it) {
        if (best.isEmpty() || it.value().size() > byTeam.value(best).size())
            best = it.key();
    }
    *team = best;
    return byTeam.value(best);
}

// Lets the loopback I/O run and moves the clock in steps (retry backoff, 429 pauses) until the spy fires.
ChangeResult driveForResult(ManualClock &clock, QSignalSpy &spy)
{
    for (int step = 0; step < 3000 && spy.isEmpty(); ++step) {
        QTest::qWait(2);
        if (spy.isEmpty())
            clock.advance(100);
    }
    return spy.isEmpty() ? ChangeResult() : spy.constFirst().constFirst().value<ChangeResult>();
}

} // namespace

class TestStatusChangeService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void protocols_data();
    void applied_data() { protocols_data(); }
    void applied();
    void refusals_data();
    void refusals();
    void conflictWithCompetitor_data();
    void conflictWithCompetitor();
    void conflictWithExpect_data() { protocols_data(); }
    void conflictWithExpect();
    void failedWrite();
    void retriesAreAudited_data();
    void retriesAreAudited();
    void lostAnswerIsReadBack_data();
    void lostAnswerIsReadBack();
    void lostAnswerAndFailedReadStayOpenUntilNextStart();
    void raceIsAuditedAsAppliedOverConcurrentChange();
    void noRaceWithoutAnotherChange();
};

void TestStatusChangeService::initTestCase()
{
    qRegisterMetaType<ChangeResult>();
    qRegisterMetaType<ChangeConflict>();
}

void TestStatusChangeService::protocols_data()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::newRow("genesys") << Protocol::Genesys;
    QTest::newRow("status-api") << Protocol::StatusApi;
}

void TestStatusChangeService::applied()
{
    QFETCH(Protocol, protocol);
    SessionHarness harness;
    QVERIFY(harness.startSim(smallOrg()));
    Session *session = harness.startSession(protocol);
    QVERIFY2(session, qPrintable(harness.lastError()));

    const std::optional<StatusChange> change = harness.allowedChange();
    QVERIFY(change);
    const Agent before = *session->directory()->agent(change->agentId);
    QSignalSpy finished(session->changes(), &StatusChangeService::finished);
    const QString id = session->changes()->change(*change);
    QVERIFY(finished.isEmpty()); // never inside change()

    const ChangeResult result = waitForResult(finished);
    QCOMPARE(result.changeId, id);
    QCOMPARE(result.outcome, ChangeResult::Outcome::Applied);
    QCOMPARE(result.write.change.fromStatus, before.status);
    QCOMPARE(harness.simStatus(change->agentId), change->toStatus);
    QCOMPARE(session->directory()->agent(change->agentId)->status, change->toStatus);
    QVERIFY(!result.write.etagAfter.isEmpty());
    QVERIFY(result.write.etagAfter != result.write.etagBefore);

    // Intent before the request, outcome after it, in that order.
    const QStringList outcomes = harness.outcomesOf(change->agentId);
    QCOMPARE(outcomes.value(0), QStringLiteral("intent"));
    QVERIFY(outcomes.indexOf(QStringLiteral("applied")) > 0);
    QVERIFY(session->audit()->intentsWithoutOutcome().isEmpty());

    // The webhook event was recorded with the outcome, then delivered to the sink.
    QTRY_VERIFY_WITH_TIMEOUT(!harness.server()->webhookDeliveries(QStringLiteral("payroll")).isEmpty(), 10000);
    const QJsonObject delivered = harness.server()->webhookDeliveries(QStringLiteral("payroll")).first().toObject();
    QVERIFY2(QJsonDocument(delivered).toJson().contains(change->agentId.toUtf8()),
        QJsonDocument(delivered).toJson().constData());

    const HistogramSnapshot latency = session->metrics()->histogram(Metric::StateUpdateLatency,
        {{QStringLiteral("status"), change->toStatus}, {QStringLiteral("result"), QStringLiteral("applied")}});
    QCOMPARE(latency.count, quint64(1));
}

void TestStatusChangeService::refusals_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("errorType");
    QTest::newRow("not allowed") << "Offline"
                                 << "Break"
                                 << "Coffee"
                                 << "not_allowed";
    QTest::newRow("unknown status") << "Available"
                                    << "Lunchtime"
                                    << ""
                                    << "unknown_status";
    QTest::newRow("unknown reason") << "Available"
                                    << "Offline"
                                    << "Nap"
                                    << "unknown_reason";
    QTest::newRow("reason required") << "Available"
                                     << "Offline"
                                     << ""
                                     << "reason_required";
    QTest::newRow("capacity reached") << "Meeting"
                                      << "Break"
                                      << "Coffee"
                                      << "capacity_reached";
}

void TestStatusChangeService::refusals()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, reason);
    QFETCH(QString, errorType);

    SessionHarness harness;
    QVERIFY(harness.startSim(smallOrg()));
    QString team;
    const QStringList members = teamMembers(harness.server()->organisation(), &team);
    QVERIFY(members.size() >= 3);
    // Two of the team on Break already (the capacity is 2); the agent we change is in `from`.
    QVERIFY(harness.setSimStatus(members.at(0), QStringLiteral("Break"), QStringLiteral("Coffee")));
    QVERIFY(harness.setSimStatus(members.at(1), QStringLiteral("Break"), QStringLiteral("Coffee")));
    QVERIFY(harness.setSimStatus(members.at(2), from, QStringLiteral("Personal")));
    Session *session = harness.startSession(Protocol::Genesys);
    QVERIFY2(session, qPrintable(harness.lastError()));
    QCOMPARE(session->directory()->agent(members.at(2))->status, from);

    StatusChange change;
    change.agentId = members.at(2);
    change.toStatus = to;
    change.reason = reason;
    const RuleViolations preview = session->changes()->validate(change);
    QVERIFY(!preview.isEmpty());

    const double countBefore
        = session->metrics()->counterValue(Metric::ValidationErrors, {{QStringLiteral("error_type"), errorType}});
    QSignalSpy requests(session->api(), &ApiClient::requestFinished);
    QSignalSpy finished(session->changes(), &StatusChangeService::finished);
    session->changes()->change(change);
    const ChangeResult result = waitForResult(finished);

    QCOMPARE(result.outcome, ChangeResult::Outcome::Rejected);
    QStringList types;
    for (const RuleViolation &violation : result.violations)
        types.append(violation.typeName());
    QVERIFY2(types.contains(errorType), qPrintable(types.join(QLatin1Char(','))));
    // Nothing of the change was sent: no presence read or write and nothing about the agent. (The
    // session's own notification channel set-up may finish while the refusal is being audited.)
    for (const QList<QVariant> &request : requests) {
        const QString path = request.at(1).toString();
        QVERIFY2(!path.contains(QLatin1String("presence")) && !path.contains(QLatin1String("routingstatus"))
                && !path.contains(change.agentId),
            qPrintable(QString::fromLatin1(request.at(0).toByteArray()) + QLatin1Char(' ') + path));
    }
    QCOMPARE(harness.simStatus(change.agentId), from);
    const QStringList outcomes = harness.outcomesOf(change.agentId);
    QCOMPARE(outcomes, QStringList {QStringLiteral("validation_failed")});
    QCOMPARE(session->metrics()->counterValue(Metric::ValidationErrors, {{QStringLiteral("error_type"), errorType}}),
        countBefore + 1);
}

void TestStatusChangeService::conflictWithCompetitor_data()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<Resolution>("resolution");
    QTest::addColumn<ChangeResult::Outcome>("outcome");
    QTest::addColumn<QString>("finalStatus");
    const QList<QPair<const char *, Protocol>> protocols {
        {"genesys", Protocol::Genesys}, {"status-api", Protocol::StatusApi}};
    for (const auto &protocol : protocols) {
        QTest::addRow("%s apply to latest", protocol.first)
            << protocol.second << Resolution::ApplyToLatest << ChangeResult::Outcome::Applied << "Available";
        QTest::addRow("%s keep theirs", protocol.first)
            << protocol.second << Resolution::KeepTheirs << ChangeResult::Outcome::ConflictKeptTheirs << "Meeting";
        QTest::addRow("%s cancel", protocol.first)
            << protocol.second << Resolution::Cancel << ChangeResult::Outcome::Cancelled << "Meeting";
    }
}

void TestStatusChangeService::conflictWithCompetitor()
{
    QFETCH(Protocol, protocol);
    QFETCH(Resolution, resolution);
    QFETCH(ChangeResult::Outcome, outcome);
    QFETCH(QString, finalStatus);

    SessionHarness harness;
    QVERIFY(harness.startSim(smallOrg()));
    const QString agentId = harness.server()->organisation()->activeAgentAt(0);
    QVERIFY(harness.setSimStatus(agentId, QStringLiteral("Training"), QStringLiteral("Coaching")));
    Session *session = harness.startSession(protocol);
    QVERIFY2(session, qPrintable(harness.lastError()));

    // What the lead saw: Training, at its version. Then another supervisor sends the agent to a meeting.
    const Agent seen = *session->directory()->agent(agentId);
    QCOMPARE(seen.status, QStringLiteral("Training"));
    StatusChange change;
    change.agentId = agentId;
    change.agentName = seen.name;
    change.team = seen.team;
    change.fromStatus = seen.status;
    change.expectedVersion = seen.version;
    change.toStatus = QStringLiteral("Available");
    change.reason = QStringLiteral("ReadyForCalls");
    QVERIFY(harness.setSimStatus(agentId, QStringLiteral("Meeting"), QStringLiteral("Coaching")));

    QSignalSpy conflicts(session->changes(), &StatusChangeService::conflict);
    QSignalSpy finished(session->changes(), &StatusChangeService::finished);
    const QString id = session->changes()->change(change);
    QVERIFY(conflicts.wait(15000));
    const ChangeConflict conflict = conflicts.constFirst().constFirst().value<ChangeConflict>();
    QCOMPARE(conflict.changeId, id);
    QCOMPARE(conflict.ours.fromStatus, QStringLiteral("Training"));
    QCOMPARE(conflict.ours.toStatus, QStringLiteral("Available"));
    QCOMPARE(conflict.theirs.status, QStringLiteral("Meeting"));
    // Ours is the change whole, theirs the server's agent; the row keeps its name and team.
    QCOMPARE(conflict.ours.agentName, seen.name);
    QCOMPARE(conflict.ours.team, seen.team);
    QCOMPARE(conflict.ours.expectedVersion, seen.version);
    QCOMPARE(conflict.ours.reason, QStringLiteral("ReadyForCalls"));
    QCOMPARE(conflict.theirs.id, agentId);
    QVERIFY(conflict.theirs.version != seen.version);
    QCOMPARE(session->directory()->agent(agentId)->name, seen.name);
    QCOMPARE(session->directory()->agent(agentId)->team, seen.team);
    QVERIFY(session->changes()->isWaitingForDecision(id));
    QCOMPARE(harness.simStatus(agentId), QStringLiteral("Meeting")); // nothing written over theirs
    QVERIFY(finished.isEmpty());

    session->changes()->resolveConflict(id, resolution);
    const ChangeResult result = waitForResult(finished);
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.write.change.team, seen.team);
    QCOMPARE(result.write.change.agentName, seen.name);
    if (outcome != ChangeResult::Outcome::Cancelled)
        QCOMPARE(result.write.agent.status, finalStatus); // applied: the state after; kept: theirs
    QCOMPARE(harness.simStatus(agentId), finalStatus);
    const QStringList outcomes = harness.outcomesOf(agentId);
    QVERIFY2(outcomes.contains(QStringLiteral("conflict")), qPrintable(outcomes.join(QLatin1Char(','))));
    QVERIFY(outcomes.contains(QStringLiteral("conflict_resolved")));
    if (outcome == ChangeResult::Outcome::Applied)
        QCOMPARE(outcomes.constLast(), QStringLiteral("applied"));
    QVERIFY(session->audit()->intentsWithoutOutcome().isEmpty());
}

void TestStatusChangeService::conflictWithExpect()
{
    QFETCH(Protocol, protocol);
    SessionHarness harness;
    QVERIFY(harness.startSim(smallOrg()));
    const QString agentId = harness.server()->organisation()->activeAgentAt(1);
    QVERIFY(harness.setSimStatus(agentId, QStringLiteral("Training"), QStringLiteral("Coaching")));
    Session *session = harness.startSession(protocol);
    QVERIFY2(session, qPrintable(harness.lastError()));

    // "Only if the agent is still on Break": it is not, so nothing is written.
    StatusChange change;
    change.agentId = agentId;
    change.fromStatus = QStringLiteral("Break");
    change.toStatus = QStringLiteral("Available");
    QSignalSpy conflicts(session->changes(), &StatusChangeService::conflict);
    QSignalSpy finished(session->changes(), &StatusChangeService::finished);
    const QString id = session->changes()->change(change);
    QVERIFY(conflicts.wait(15000));
    QCOMPARE(conflicts.constFirst().constFirst().value<ChangeConflict>().theirs.status, QStringLiteral("Training"));
    session->changes()->resolveConflict(id, Resolution::Cancel);
    QCOMPARE(waitForResult(finished).outcome, ChangeResult::Outcome::Cancelled);
    QCOMPARE(harness.simStatus(agentId), QStringLiteral("Training"));
    QVERIFY(harness.outcomesOf(agentId).contains(QStringLiteral("conflict")));
    QCOMPARE(
        session->metrics()->counterValue(Metric::Conflicts, {{QStringLiteral("resolution"), QStringLiteral("cancel")}}),
        1.0);
}

void TestStatusChangeService::failedWrite()
{
    SessionHarness harness;
    QVERIFY(harness.startSim(smallOrg()));
    Session *session = harness.startSession(Protocol::Genesys);
    QVERIFY2(session, qPrintable(harness.lastError()));
    const std::optional<StatusChange> change = harness.allowedChange();
    QVERIFY(change);
    const QString before = harness.simStatus(change->agentId);
    harness.server()->failNext("PATCH", QStringLiteral("/api/v2/users/*"), 403, 5);

    QSignalSpy finished(session->changes(), &StatusChangeService::finished);
    session->changes()->change(*change);
    const ChangeResult result = waitForResult(finished);
    QCOMPARE(result.outcome, ChangeResult::Outcome::Failed);
    QCOMPARE(result.write.error.httpStatus, 403);
    QCOMPARE(result.write.error.kind, ApiError::Kind::Permission);
    QVERIFY(!result.errorText().isEmpty());
    QCOMPARE(harness.simStatus(change->agentId), before);
    const QStringList outcomes = harness.outcomesOf(change->agentId);
    QCOMPARE(outcomes.constFirst(), QStringLiteral("intent"));
    QCOMPARE(outcomes.constLast(), QStringLiteral("failed"));
    const HistogramSnapshot latency = session->metrics()->histogram(Metric::StateUpdateLatency,
        {{QStringLiteral("status"), change->toStatus}, {QStringLiteral("result"), QStringLiteral("failed")}});
    QCOMPARE(latency.count, quint64(1));
}

void TestStatusChangeService::retriesAreAudited_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("steps");
    QTest::newRow("503, retried") << 503 << QStringList {QStringLiteral("retried")};
    QTest::newRow("429, rate limited and retried")
        << 429 << QStringList {QStringLiteral("retried"), QStringLiteral("rate_limited")};
}

void TestStatusChangeService::retriesAreAudited()
{
    QFETCH(int, status);
    QFETCH(QStringList, steps);
    SessionHarness harness;
    QVERIFY(harness.startSim(smallOrg()));
    Session *session = harness.startSession(Protocol::Genesys);
    QVERIFY2(session, qPrintable(harness.lastError()));
    const std::optional<StatusChange> change = harness.allowedChange();
    QVERIFY(change);
    harness.server()->failNext("PATCH", QStringLiteral("/api/v2/users/*"), status, 1);

    QSignalSpy finished(session->changes(), &StatusChangeService::finished);
    session->changes()->change(*change);
    QCOMPARE(waitForResult(finished).outcome, ChangeResult::Outcome::Applied);
    QCOMPARE(harness.simStatus(change->agentId), change->toStatus);
    const QStringList outcomes = harness.outcomesOf(change->agentId);
    for (const QString &step : std::as_const(steps))
        QVERIFY2(outcomes.contains(step), qPrintable(outcomes.join(QLatin1Char(','))));
    QCOMPARE(outcomes.constLast(), QStringLiteral("applied"));
}

void TestStatusChangeService::lostAnswerIsReadBack_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<bool>("applies");
    QTest::addColumn<bool>("drop");
    QTest::addColumn<QString>("closing");
    for (const int protocol : {int(Protocol::Genesys), int(Protocol::StatusApi)}) {
        const char *name = protocol == int(Protocol::Genesys) ? "genesys" : "status-api";
        QTest::addRow("%s: applied, answered 500", name) << protocol << true << false << QStringLiteral("applied");
        QTest::addRow("%s: applied, dropped", name) << protocol << true << true << QStringLiteral("applied");
        QTest::addRow("%s: not applied, 500", name) << protocol << false << false << QStringLiteral("failed");
    }
}

// The write went out and its answer was lost (after every retry): the change is audited unknown, the
// agent is read back and the change ends as what really happened, with payroll told only of a landed one.
void TestStatusChangeService::lostAnswerIsReadBack()
{
    QFETCH(int, protocol);
    QFETCH(bool, applies);
    QFETCH(bool, drop);
    QFETCH(QString, closing);
    ManualClock clock(QDateTime::currentDateTimeUtc());
    SessionHarness harness;
    harness.setClock(&clock);
    QVERIFY(harness.startSim(smallOrg()));
    Session *session = harness.startSession(static_cast<Protocol>(protocol));
    QVERIFY2(session, qPrintable(harness.lastError()));
    const std::optional<StatusChange> change = harness.allowedChange();
    QVERIFY(change);
    const QString before = harness.simStatus(change->agentId);
    const QByteArray method = protocol == int(Protocol::Genesys) ? "PATCH" : "PUT";
    const QString path = protocol == int(Protocol::Genesys)
        ? QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(change->agentId)
        : QStringLiteral("/api/v2/users/%1/status").arg(change->agentId);
    if (applies)
        harness.server()->failAfterApplying(method, path, drop ? 0 : 500, 20, drop);
    else
        harness.server()->failNext(method, path, 500, 20);

    QSignalSpy finished(session->changes(), &StatusChangeService::finished);
    session->changes()->change(*change);
    const ChangeResult result = driveForResult(clock, finished);
    QCOMPARE(result.outcome, applies ? ChangeResult::Outcome::Applied : ChangeResult::Outcome::Failed);
    QVERIFY(result.confirmedByRead);
    QCOMPARE(harness.simStatus(change->agentId), applies ? change->toStatus : before);
    QCOMPARE(session->directory()->agent(change->agentId)->status, harness.simStatus(change->agentId));
    const QStringList outcomes = harness.outcomesOf(change->agentId);
    QCOMPARE(outcomes.constFirst(), QStringLiteral("intent"));
    QVERIFY2(outcomes.contains(QStringLiteral("unknown")), qPrintable(outcomes.join(QLatin1Char(','))));
    QCOMPARE(outcomes.constLast(), closing);
    QCOMPARE(outcomes.count(QStringLiteral("applied")) + outcomes.count(QStringLiteral("failed")), 1);
    QVERIFY(session->audit()->intentsWithoutOutcome().isEmpty());
    const QVector<WebhookDelivery> events = session->webhooks()->deliveries();
    QCOMPARE(events.size(), applies ? 1 : 0);
    if (!applies)
        QVERIFY(!result.errorText().isEmpty());
    QVERIFY(session->audit()->verify().ok);
}

// The answer was lost and the read back failed as well: the change ends Unknown, its intent stays open,
// and the next start reconciles it and tells payroll.
void TestStatusChangeService::lostAnswerAndFailedReadStayOpenUntilNextStart()
{
    ManualClock clock(QDateTime::currentDateTimeUtc());
    SessionHarness harness;
    harness.setClock(&clock);
    QVERIFY(harness.startSim(smallOrg()));
    Session *session = harness.startSession(Protocol::Genesys);
    QVERIFY2(session, qPrintable(harness.lastError()));
    const std::optional<StatusChange> change = harness.allowedChange();
    QVERIFY(change);
    harness.server()->failAfterApplying("PATCH", QStringLiteral("/api/v2/users/*"), 503, 20);
    harness.server()->failNext("GET", QStringLiteral("/api/v2/users"), 503, 20);

    QSignalSpy finished(session->changes(), &StatusChangeService::finished);
    session->changes()->change(*change);
    const ChangeResult result = driveForResult(clock, finished);
    QCOMPARE(result.outcome, ChangeResult::Outcome::Unknown);
    QCOMPARE(result.outcomeName(), QStringLiteral("unknown"));
    QCOMPARE(harness.simStatus(change->agentId), change->toStatus); // it did land
    QCOMPARE(harness.outcomesOf(change->agentId),
        (QStringList {QStringLiteral("intent"), QStringLiteral("retried"), QStringLiteral("unknown")}));
    QCOMPARE(session->audit()->intentsWithoutOutcome().size(), 1);
    QCOMPARE(session->webhooks()->deliveries().size(), 0);
    AuditQuery unknownOnly;
    unknownOnly.outcome = QStringLiteral("unknown");
    QCOMPARE(session->audit()->query(unknownOnly).size(), 1);

    harness.stopSession();
    harness.server()->clearFaults();
    session = harness.startSession(Protocol::Genesys);
    QVERIFY2(session, qPrintable(harness.lastError()));
    QCOMPARE(session->reconciledCount(), 1);
    QCOMPARE(harness.outcomesOf(change->agentId).constLast(), QStringLiteral("reconciled"));
    QVERIFY(harness.auditOf(change->agentId).constLast().error.isEmpty()); // it took effect
    QCOMPARE(session->webhooks()->deliveries().size(), 1);
    QVERIFY(session->audit()->intentsWithoutOutcome().isEmpty());
}

// Another change lands between our compare read and our write (the compare read's answer is held back
// while another supervisor changes the agent; the push channel reports it): the write still goes, and it
// is audited as applied over a concurrent change with both states, told to the front end and sent to
// payroll like an applied change. The window from read to write is measured and audited.
void TestStatusChangeService::raceIsAuditedAsAppliedOverConcurrentChange()
{
    SessionHarness harness;
    QVERIFY(harness.startSim(smallOrg()));
    Session *session = harness.startSession(Protocol::Genesys);
    QVERIFY2(session, qPrintable(harness.lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(session->directory()->mode(), AgentDirectory::Mode::Push, 10000);
    const std::optional<StatusChange> change = harness.allowedChange();
    QVERIFY(change);
    QVERIFY(change->toStatus != QLatin1String("Training") && change->fromStatus != QLatin1String("Training"));
    // The compare read is carried out at once and answered 800 ms late, with the state it read.
    harness.server()->failAfterApplying(
        "GET", QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(change->agentId), 0, 1, false, 800);

    QSignalSpy overwritten(session->changes(), &StatusChangeService::concurrentChangeOverwritten);
    QSignalSpy finished(session->changes(), &StatusChangeService::finished);
    harness.server()->resetCounters();
    session->changes()->change(*change);
    // Once the simulator has read the agent for the compare read (its answer still held back):
    QTRY_VERIFY_WITH_TIMEOUT(harness.server()->requestsServed() >= 1, 10000);
    QVERIFY(harness.setSimStatus(change->agentId, QStringLiteral("Training"), QStringLiteral("Coaching")));
    const QString theirVersion
        = harness.server()->organisation()->user(change->agentId)->presenceModified.toString(Qt::ISODateWithMs);
    const ChangeResult result = waitForResult(finished);

    QCOMPARE(result.outcome, ChangeResult::Outcome::Applied);
    QVERIFY(result.overConcurrentChange());
    QCOMPARE(result.overwritten.status, QStringLiteral("Training"));
    QCOMPARE(overwritten.count(), 1);
    QCOMPARE(harness.simStatus(change->agentId), change->toStatus); // ours is on the server
    QVERIFY(result.write.windowMs >= 0);
    QVERIFY(result.write.windowMs < 800); // the compare read's delay is before the window, not in it

    const QVector<AuditEntry> entries = harness.auditOf(change->agentId);
    QCOMPARE(entries.constFirst().outcome, QStringLiteral("intent"));
    QCOMPARE(entries.constLast().outcome, QStringLiteral("applied_over_concurrent"));
    const AuditEntry &entry = entries.constLast();
    QCOMPARE(entry.toStatus, change->toStatus);
    QVERIFY2(entry.msg.contains(QStringLiteral("Training")), qPrintable(entry.msg));
    QVERIFY2(entry.msg.contains(QStringLiteral("compare read to write")), qPrintable(entry.msg));
    QVERIFY(GenesysJson::parseDate(entry.etagBefore) < GenesysJson::parseDate(result.overwritten.version));
    QVERIFY(GenesysJson::parseDate(result.overwritten.version) < GenesysJson::parseDate(entry.etagAfter));
    QCOMPARE(GenesysJson::parseDate(result.overwritten.version), GenesysJson::parseDate(theirVersion));
    QVERIFY(session->audit()->intentsWithoutOutcome().isEmpty());
    QCOMPARE(session->metrics()->histogram(Metric::CompareWindow).count, quint64(1));

    // The outcome filters and exports like any other.
    AuditQuery race;
    race.outcome = AuditOutcome::AppliedOverConcurrent;
    QCOMPARE(session->audit()->query(race).size(), 1);
    QBuffer jsonl;
    jsonl.open(QIODevice::WriteOnly);
    QVERIFY(session->audit()->exportJsonLines(&jsonl, race));
    const QJsonObject exported = QJsonDocument::fromJson(jsonl.data().trimmed()).object();
    QCOMPARE(exported.value(QStringLiteral("outcome")).toString(), QStringLiteral("applied_over_concurrent"));
    QCOMPARE(exported.value(QStringLiteral("agent_id")).toString(), change->agentId);
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QVERIFY(session->audit()->exportCsv(&csv, race));
    const QList<QByteArray> rows = csv.data().trimmed().split('\n');
    QCOMPARE(rows.size(), 2); // the header and the entry
    QVERIFY2(rows.at(1).contains("applied_over_concurrent"), rows.at(1).constData());

    // Payroll hears of it like an applied change.
    QTRY_VERIFY_WITH_TIMEOUT(!harness.server()->webhookDeliveries(QStringLiteral("payroll")).isEmpty(), 10000);
    const QByteArray delivered
        = QJsonDocument(harness.server()->webhookDeliveries(QStringLiteral("payroll")).first().toObject()).toJson();
    QVERIFY2(delivered.contains(change->agentId.toUtf8()), delivered.constData());
}

// The control for the test above: the same held-back compare read without another change is a plain
// applied change, so the race is found from the pushed version, not from the delay.
void TestStatusChangeService::noRaceWithoutAnotherChange()
{
    SessionHarness harness;
    QVERIFY(harness.startSim(smallOrg()));
    Session *session = harness.startSession(Protocol::Genesys);
    QVERIFY2(session, qPrintable(harness.lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(session->directory()->mode(), AgentDirectory::Mode::Push, 10000);
    const std::optional<StatusChange> change = harness.allowedChange();
    QVERIFY(change);
    harness.server()->failAfterApplying(
        "GET", QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(change->agentId), 0, 1, false, 800);
    QSignalSpy overwritten(session->changes(), &StatusChangeService::concurrentChangeOverwritten);
    QSignalSpy finished(session->changes(), &StatusChangeService::finished);
    session->changes()->change(*change);
    const ChangeResult result = waitForResult(finished);
    QCOMPARE(result.outcome, ChangeResult::Outcome::Applied);
    QVERIFY(!result.overConcurrentChange());
    QCOMPARE(overwritten.count(), 0);
    QCOMPARE(harness.auditOf(change->agentId).constLast().outcome, QStringLiteral("applied"));
}

QTEST_GUILESS_MAIN(TestStatusChangeService)
#include "tst_statuschangeservice.moc"
