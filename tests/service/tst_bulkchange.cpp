// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk changes against the simulator: paced by the client's limiter with zero 429s at steady state
// under the simulator's rate limit, a thousand agents in two requests a chunk (compare read, bulk PUT)
// with the agents already there unchanged, a refused bulk PUT falling back to one PATCH per agent, capacity kept with
// several writes in flight, cancellation, conflicts gathered for one review, and reverting a batch.
#include "SessionHarness.h"
#include "api/ApiClient.h"
#include "audit/AuditStore.h"
#include "metrics/MetricsRegistry.h"
#include "service/AgentDirectory.h"
#include "service/BulkChange.h"
#include "service/StatusChangeService.h"
#include "sim/SimOrganisation.h"
#include "webhook/WebhookOutbox.h"

#include <QSignalSpy>
#include <QtTest>

#include <algorithm>

namespace {

// Everybody in a meeting, so that Meeting -> Available is allowed for all and needs no reason.
void everybodyInMeeting(SessionHarness &harness, QStringList *ids)
{
    SimOrganisation *org = harness.server()->organisation();
    for (const SimAgent &agent : org->users()) {
        if (agent.state != QLatin1String("active"))
            continue;
        if (harness.setSimStatus(agent.id, QStringLiteral("Meeting"), QStringLiteral("Coaching")))
            ids->append(agent.id);
    }
}

QVector<StatusChange> changesTo(
    Session *session, const QStringList &ids, const QString &target, const QString &reason = QString())
{
    QVector<StatusChange> changes;
    for (const QString &id : ids) {
        changes.append(StatusChange::fromAgent(*session->directory()->agent(id), target, reason));
    }
    return changes;
}

BulkSummary waitForSummary(QSignalSpy &spy, int timeoutMs = 25000)
{
    if (spy.isEmpty() && !spy.wait(timeoutMs))
        return BulkSummary();
    return spy.constFirst().constFirst().value<BulkSummary>();
}

} // namespace

class TestBulkChange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pacedWithoutRateLimits();
    void unpacedBatchTripsTheLimit();
    void capacityWithWritesInFlight();
    void cancel();
    void conflictsGatheredForOneReview();
    void revertBatch();
    void thousandAgentsInChunks_data();
    void thousandAgentsInChunks();
    void refusedChunkFallsBackToPatches();
};

void TestBulkChange::initTestCase()
{
    qRegisterMetaType<ChangeResult>();
    qRegisterMetaType<ChangeConflict>();
    qRegisterMetaType<BulkSummary>();
    qRegisterMetaType<QVector<ChangeConflict>>();
}

void TestBulkChange::pacedWithoutRateLimits()
{
    // The simulator allows 600 requests a minute; the client allows itself 480: at steady state no
    // request may be refused, however many agents the batch has.
    SimConfig config;
    config.agents = 36;
    config.seed = 5;
    config.rateLimitPerMinute = 600;
    SessionHarness harness;
    QVERIFY(harness.startSim(config));
    QStringList ids;
    everybodyInMeeting(harness, &ids);
    Profile profile = harness.profile(Protocol::Genesys);
    profile.rateLimitPerMinute = 480;
    Session *session = harness.startSession(profile);
    QVERIFY2(session, qPrintable(harness.lastError()));

    QSignalSpy rateLimited(session->api(), &ApiClient::rateLimited);
    QSignalSpy requests(session->api(), &ApiClient::requestFinished);
    BulkChange bulk(session->changes());
    QSignalSpy progress(&bulk, &BulkChange::progress);
    QSignalSpy perAgent(&bulk, &BulkChange::agentFinished);
    QSignalSpy finished(&bulk, &BulkChange::finished);
    bulk.start(changesTo(session, ids, QStringLiteral("Available")));
    const BulkSummary summary = waitForSummary(finished, 60000);

    QCOMPARE(summary.total, int(ids.size()));
    QCOMPARE(summary.applied, int(ids.size()));
    QCOMPARE(perAgent.count(), int(ids.size()));
    QCOMPARE(progress.constLast().at(0).toInt(), int(ids.size()));
    QCOMPARE(progress.constLast().at(1).toInt(), int(ids.size()));
    int tooMany = 0;
    for (const QList<QVariant> &request : std::as_const(requests))
        tooMany += request.at(2).toInt() == 429 ? 1 : 0;
    QCOMPARE(tooMany, 0);
    QCOMPARE(rateLimited.count(), 0);
    QCOMPARE(session->metrics()->counterValue(Metric::RateLimited), 0.0);
    for (const QString &id : std::as_const(ids))
        QCOMPARE(harness.simStatus(id), QStringLiteral("Available"));
}

// The control for the test above: the same kind of batch with the client's limiter opened wide meets
// the simulator's limit at once, so the 429 count above is a real measurement.
void TestBulkChange::unpacedBatchTripsTheLimit()
{
    SimConfig config;
    config.agents = 36;
    config.seed = 5;
    config.rateLimitPerMinute = 12;
    SessionHarness harness;
    QVERIFY(harness.startSim(config));
    QStringList ids;
    everybodyInMeeting(harness, &ids);
    Session *session = harness.startSession(harness.profile(Protocol::Genesys));
    QVERIFY2(session, qPrintable(harness.lastError()));
    ApiClientOptions options = session->api()->options();
    options.requestsPerMinute = 60000;
    options.maxParallel = 16;
    session->api()->setOptions(options);

    QSignalSpy rateLimited(session->api(), &ApiClient::rateLimited);
    auto *bulk = new BulkChange(session->changes(), session);
    bulk->setMaxInFlight(2); // small batches: a compare read, a PUT and a read-back for every two agents
    bulk->start(changesTo(session, ids, QStringLiteral("Available")));
    QVERIFY(rateLimited.wait(15000));
    bulk->cancel();
}

void TestBulkChange::capacityWithWritesInFlight()
{
    SimConfig config;
    config.agents = 30;
    config.seed = 3;
    SessionHarness harness;
    QVERIFY(harness.startSim(config));
    QStringList ids;
    everybodyInMeeting(harness, &ids);
    Session *session = harness.startSession(Protocol::StatusApi);
    QVERIFY2(session, qPrintable(harness.lastError()));

    // Five of one team to Break at once, four writes in flight: only two places exist.
    const QString team = session->directory()->agent(ids.constFirst())->team;
    const QStringList members = session->directory()->idsInTeam(team).mid(0, 5);
    QVERIFY(members.size() >= 3);
    BulkChange bulk(session->changes());
    bulk.setMaxInFlight(4);
    QSignalSpy finished(&bulk, &BulkChange::finished);
    bulk.start(changesTo(session, members, QStringLiteral("Break"), QStringLiteral("Coffee")));
    const BulkSummary summary = waitForSummary(finished);
    QCOMPARE(summary.applied, 2);
    QCOMPARE(summary.rejected, int(members.size()) - 2);
    int onBreak = 0;
    for (const QString &id : members)
        onBreak += harness.simStatus(id) == QLatin1String("Break") ? 1 : 0;
    QCOMPARE(onBreak, 2);
}

void TestBulkChange::cancel()
{
    SimConfig config;
    config.agents = 30;
    config.seed = 9;
    config.latencyMinMs = 20;
    config.latencyMaxMs = 40;
    SessionHarness harness;
    QVERIFY(harness.startSim(config));
    QStringList ids;
    everybodyInMeeting(harness, &ids);
    Session *session = harness.startSession(Protocol::Genesys);
    QVERIFY2(session, qPrintable(harness.lastError()));

    BulkChange bulk(session->changes());
    bulk.setMaxInFlight(1);
    QSignalSpy finished(&bulk, &BulkChange::finished);
    connect(&bulk, &BulkChange::agentFinished, &bulk, [&bulk](const ChangeResult &) { bulk.cancel(); });
    bulk.start(changesTo(session, ids, QStringLiteral("Available")));
    const BulkSummary summary = waitForSummary(finished);
    QVERIFY(summary.wasCancelled);
    QCOMPARE(summary.total, int(ids.size()));
    QCOMPARE(summary.applied + summary.cancelled, summary.total);
    QVERIFY(summary.applied >= 1);
    QVERIFY(summary.cancelled >= summary.total - 2);
    QCOMPARE(finished.count(), 1);
    // A cancelled agent was never touched: no intent, no request.
    const QVector<ChangeResult> results = bulk.results();
    for (const ChangeResult &result : results) {
        if (result.outcome != ChangeResult::Outcome::Cancelled)
            continue;
        QCOMPARE(harness.simStatus(result.write.change.agentId), QStringLiteral("Meeting"));
        QVERIFY(harness.outcomesOf(result.write.change.agentId).isEmpty());
    }
}

void TestBulkChange::conflictsGatheredForOneReview()
{
    SimConfig config;
    config.agents = 20;
    config.seed = 4;
    SessionHarness harness;
    QVERIFY(harness.startSim(config));
    QStringList ids;
    everybodyInMeeting(harness, &ids);
    Session *session = harness.startSession(Protocol::Genesys);
    QVERIFY2(session, qPrintable(harness.lastError()));

    const QStringList batch = ids.mid(0, 6);
    const QVector<StatusChange> changes = changesTo(session, batch, QStringLiteral("Available"));
    // Another supervisor moves two of them after the lead looked.
    QVERIFY(harness.setSimStatus(batch.at(1), QStringLiteral("Training"), QStringLiteral("Coaching")));
    QVERIFY(harness.setSimStatus(batch.at(4), QStringLiteral("Training"), QStringLiteral("Coaching")));

    BulkChange bulk(session->changes());
    QSignalSpy perAgent(&bulk, &BulkChange::agentFinished);
    QSignalSpy review(&bulk, &BulkChange::conflictsReady);
    QSignalSpy finished(&bulk, &BulkChange::finished);
    int finishedBeforeReview = -1;
    connect(&bulk, &BulkChange::conflictsReady, &bulk,
        [&](const QVector<ChangeConflict> &) { finishedBeforeReview = int(perAgent.count()); });
    bulk.start(changes);
    QVERIFY(review.wait(15000));
    QCOMPARE(review.count(), 1);
    const QVector<ChangeConflict> conflicts = review.constFirst().constFirst().value<QVector<ChangeConflict>>();
    QCOMPARE(conflicts.size(), 2);
    QCOMPARE(finishedBeforeReview, 4); // the review comes once everything else is done
    QStringList conflicted {conflicts.at(0).ours.agentId, conflicts.at(1).ours.agentId};
    conflicted.sort();
    QStringList expected {batch.at(1), batch.at(4)};
    expected.sort();
    QCOMPARE(conflicted, expected);
    QVERIFY(finished.isEmpty());

    bulk.resolveAll(Resolution::KeepTheirs);
    const BulkSummary summary = waitForSummary(finished);
    QCOMPARE(summary.applied, 4);
    QCOMPARE(summary.conflictsKeptTheirs, 2);
    QCOMPARE(harness.simStatus(batch.at(1)), QStringLiteral("Training"));
    QCOMPARE(harness.simStatus(batch.at(0)), QStringLiteral("Available"));
}

void TestBulkChange::revertBatch()
{
    SimConfig config;
    config.agents = 20;
    config.seed = 8;
    SessionHarness harness;
    QVERIFY(harness.startSim(config));
    QStringList ids;
    everybodyInMeeting(harness, &ids);
    Session *session = harness.startSession(Protocol::StatusApi);
    QVERIFY2(session, qPrintable(harness.lastError()));

    const QStringList batch = ids.mid(0, 5);
    BulkChange bulk(session->changes());
    QSignalSpy finished(&bulk, &BulkChange::finished);
    const QVector<StatusChange> asked = changesTo(session, batch, QStringLiteral("Available"));
    bulk.start(asked);
    QCOMPARE(waitForSummary(finished).applied, int(batch.size()));
    // Each way back is the change turned round: same agent, name and team, only from the version our
    // write left, and with the revert's own reason (never the one of the change it undoes).
    const QVector<StatusChange> back = bulk.revertChanges(QStringLiteral("SystemIssue"));
    QCOMPARE(back.size(), asked.size());
    for (const ChangeResult &result : bulk.results()) {
        const auto it = std::find_if(back.cbegin(), back.cend(),
            [&result](const StatusChange &change) { return change.agentId == result.write.change.agentId; });
        QVERIFY(it != back.cend());
        QCOMPARE(it->agentName, result.write.change.agentName);
        QCOMPARE(it->team, result.write.change.team);
        QCOMPARE(it->reason, QStringLiteral("SystemIssue"));
        QCOMPARE(it->fromStatus, QStringLiteral("Available"));
        QCOMPARE(it->toStatus, QStringLiteral("Meeting"));
        QCOMPARE(it->expectedVersion, result.write.etagAfter);
    }
    // One agent moved on since: its revert is a conflict, not an overwrite.
    QVERIFY(harness.setSimStatus(batch.at(2), QStringLiteral("OnQueue")));

    std::unique_ptr<BulkChange> revert(bulk.revert());
    QCOMPARE(revert->revertChanges().size(), 0); // nothing applied by the revert itself yet
    QSignalSpy revertReview(revert.get(), &BulkChange::conflictsReady);
    QSignalSpy revertFinished(revert.get(), &BulkChange::finished);
    connect(revert.get(), &BulkChange::conflictsReady, revert.get(),
        [&revert](const QVector<ChangeConflict> &) { revert->resolveAll(Resolution::KeepTheirs); });
    revert->startPrepared();
    const BulkSummary summary = waitForSummary(revertFinished);
    QCOMPARE(summary.total, int(batch.size()));
    QCOMPARE(summary.applied, int(batch.size()) - 1);
    QCOMPARE(summary.conflictsKeptTheirs, 1);
    QCOMPARE(revertReview.count(), 1);
    for (int i = 0; i < batch.size(); ++i)
        QCOMPARE(harness.simStatus(batch.at(i)), i == 2 ? QStringLiteral("OnQueue") : QStringLiteral("Meeting"));
}

// A thousand agents at Genesys' default 300 requests a minute, in chunks of 25: per chunk one compare
// read (which also reads back the chunk before) and one bulk PUT, no 429; per agent a result, an audit
// entry and, for those that changed, a webhook event. The agents already there are unchanged: nothing
// written, audited as such, no event for payroll.
void TestBulkChange::thousandAgentsInChunks_data()
{
    QTest::addColumn<int>("chunk");
    QTest::newRow("chunks of 25") << 25;
    // Read-back and next compare read: 100 ids, one users read by id with the presence expanded.
    QTest::newRow("default chunks of 50") << 50;
}

void TestBulkChange::thousandAgentsInChunks()
{
    QFETCH(int, chunk);
    SimConfig config;
    config.agents = 1000;
    config.seed = 12;
    config.rateLimitPerMinute = 300;
    SessionHarness harness;
    QVERIFY(harness.startSim(config));
    QStringList ids;
    everybodyInMeeting(harness, &ids);
    QVERIFY(ids.size() > 900);
    QStringList already;
    for (int i = 0; i < ids.size(); i += 10) {
        QVERIFY(harness.setSimStatus(ids.at(i), QStringLiteral("Available")));
        already.append(ids.at(i));
    }
    Profile profile = harness.profile(Protocol::Genesys);
    profile.bulkWriteChunk = chunk;
    Session *session = harness.startSession(profile);
    QVERIFY2(session, qPrintable(harness.lastError()));
    QCOMPARE(session->directory()->agent(already.constFirst())->status, QStringLiteral("Available"));
    // The push channel's set-up and the roster's re-read after it are done before the count starts.
    QTRY_COMPARE_WITH_TIMEOUT(session->directory()->mode(), AgentDirectory::Mode::Push, 20000);
    QSignalSpy settling(session->api(), &ApiClient::requestFinished);
    for (int i = 0; i < 40 && settling.wait(1000); ++i)
        settling.clear();

    harness.server()->resetCounters();
    QSignalSpy requests(session->api(), &ApiClient::requestFinished);
    BulkChange bulk(session->changes());
    QSignalSpy perAgent(&bulk, &BulkChange::agentFinished);
    QSignalSpy finished(&bulk, &BulkChange::finished);
    bulk.start(changesTo(session, ids, QStringLiteral("Available")));
    const BulkSummary summary = waitForSummary(finished, 110000);

    QCOMPARE(summary.total, int(ids.size()));
    QCOMPARE(summary.unchanged, int(already.size()));
    QCOMPARE(summary.applied, int(ids.size() - already.size()));
    QVERIFY(summary.allApplied());
    QCOMPARE(perAgent.count(), int(ids.size()));
    QCOMPARE(harness.server()->answered429(), 0);
    // Two requests a chunk, and the read-back of the last chunk of each batch of 500.
    const int chunks = int((ids.size() + chunk - 1) / chunk);
    const qint64 served = harness.server()->requestsServed();
    qInfo("requests served: %lld for %d chunks", served, chunks);
    QVERIFY2(served <= 2 * chunks + 3, qPrintable(QString::number(served)));
    int puts = 0;
    int patches = 0;
    for (const QList<QVariant> &request : std::as_const(requests)) {
        const bool bulkPut = request.at(1).toString() == QLatin1String("/api/v2/users/presences/bulk");
        puts += request.at(0).toByteArray() == "PUT" && bulkPut ? 1 : 0;
        patches += request.at(0).toByteArray() == "PATCH" ? 1 : 0;
    }
    QCOMPARE(patches, 0);
    QVERIFY2(puts <= chunks, qPrintable(QString::number(puts)));
    for (const QString &id : std::as_const(ids))
        QCOMPARE(harness.simStatus(id), QStringLiteral("Available"));
    QCOMPARE(harness.outcomesOf(already.constFirst()),
        (QStringList {QStringLiteral("intent"), QStringLiteral("unchanged")}));
    QCOMPARE(
        harness.outcomesOf(ids.at(1)).mid(0, 2), (QStringList {QStringLiteral("intent"), QStringLiteral("applied")}));
    QVERIFY(session->audit()->intentsWithoutOutcome().isEmpty());
    // One webhook event per agent that changed, none for those already there.
    const QVector<WebhookDelivery> events = session->webhooks()->deliveries(5000);
    QCOMPARE(events.size(), summary.applied);
    for (const WebhookDelivery &event : events)
        QVERIFY(!already.contains(event.agentId));
    // The window of every write was measured: one observation per write.
    QCOMPARE(session->metrics()->histogram(Metric::CompareWindow).count, quint64(summary.applied));
}

// The simulator refuses a bulk PUT as a whole: the chunk falls back to one PATCH per agent, each with
// its own correct outcome.
void TestBulkChange::refusedChunkFallsBackToPatches()
{
    SimConfig config;
    config.agents = 30;
    config.seed = 6;
    SessionHarness harness;
    QVERIFY(harness.startSim(config));
    QStringList ids;
    everybodyInMeeting(harness, &ids);
    Session *session = harness.startSession(Protocol::Genesys);
    QVERIFY2(session, qPrintable(harness.lastError()));
    const QStringList batch = ids.mid(0, 8);
    const QVector<StatusChange> changes = changesTo(session, batch, QStringLiteral("Available"));
    // One of them left meanwhile: a conflict, never part of the PUT.
    QVERIFY(harness.setSimStatus(batch.at(3), QStringLiteral("Training"), QStringLiteral("Coaching")));
    harness.server()->failNext("PUT", QStringLiteral("/api/v2/users/presences/bulk"), 400);

    QSignalSpy requests(session->api(), &ApiClient::requestFinished);
    BulkChange bulk(session->changes());
    QSignalSpy finished(&bulk, &BulkChange::finished);
    connect(&bulk, &BulkChange::conflictsReady, &bulk,
        [&bulk](const QVector<ChangeConflict> &) { bulk.resolveAll(Resolution::KeepTheirs); });
    bulk.start(changes);
    const BulkSummary summary = waitForSummary(finished);
    QCOMPARE(summary.applied, int(batch.size()) - 1);
    QCOMPARE(summary.conflictsKeptTheirs, 1);
    int puts = 0;
    int patches = 0;
    for (const QList<QVariant> &request : std::as_const(requests)) {
        const bool bulkPut = request.at(1).toString() == QLatin1String("/api/v2/users/presences/bulk");
        puts += request.at(0).toByteArray() == "PUT" && bulkPut ? 1 : 0;
        patches += request.at(0).toByteArray() == "PATCH" ? 1 : 0;
    }
    QCOMPARE(puts, 1);
    QCOMPARE(patches, int(batch.size()) - 1);
    for (const ChangeResult &result : bulk.results()) {
        const QString &id = result.write.change.agentId;
        if (id == batch.at(3)) {
            QCOMPARE(result.outcome, ChangeResult::Outcome::ConflictKeptTheirs);
            QCOMPARE(harness.simStatus(id), QStringLiteral("Training"));
            continue;
        }
        QCOMPARE(result.outcome, ChangeResult::Outcome::Applied);
        QCOMPARE(harness.simStatus(id), QStringLiteral("Available"));
        QCOMPARE(result.write.agent.status, QStringLiteral("Available"));
        QVERIFY(!result.write.etagAfter.isEmpty());
        QVERIFY(result.write.windowMs >= 0);
        QCOMPARE(harness.outcomesOf(id).mid(0, 2), (QStringList {QStringLiteral("intent"), QStringLiteral("applied")}));
    }
    QTRY_COMPARE_WITH_TIMEOUT(session->webhooks()->deliveries().size(), int(batch.size()) - 1, 10000);
}

QTEST_GUILESS_MAIN(TestBulkChange)
#include "tst_bulkchange.moc"
