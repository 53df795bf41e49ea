// SPDX-License-Identifier: GPL-3.0-or-later
// The fault matrix: nothing is lost when the network lies. Each row runs a bulk change against the
// simulator while one kind of failure happens (5xx bursts, dropped connections, answers slower than the
// timeout, a 429 storm, writes applied but answered 500 or dropped, the token revoked mid-way, the
// notification socket closing, heartbeats stopping, the webhook receiver down for 6 hours, kill -9 of
// the real statusdesk-cli in the middle of 200 changes), then checks against the simulator that
//  - every change the server applied is audited exactly once with its true outcome, and every change it
//    did not apply is audited as not applied (the audit's closing entry against the simulator's state);
//  - every due webhook reached the sink exactly once, by delivery id (2xx answers per X-StatusDesk-Delivery);
//  - the roster converges to the server's state;
//  - the lead was told what happened (each change's result, the roster's mode, pending webhooks,
//    the reconciliation at the next start).
// In-process rows run the simulator and the session on one ManualClock (hours of receiver downtime are
// clock time); the kill -9 row runs the CLI as a child process against a simulator on the real clock.
// cleanupTestCase() prints the matrix with its counts.
#include "SessionHarness.h"
#include "api/ApiClient.h"
#include "audit/AuditQuery.h"
#include "audit/AuditStore.h"
#include "core/ManualClock.h"
#include "core/StatusCatalogue.h"
#include "metrics/MetricsRegistry.h"
#include "service/AgentDirectory.h"
#include "service/BulkChange.h"
#include "service/StatusChangeService.h"
#include "sim/SimOrganisation.h"
#include "support/TestSupport.h"
#include "webhook/WebhookOutbox.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>
#include <functional>

namespace {

constexpr int kAgents = 60;
constexpr int kChanges = 24; // per in-process row, spread over the teams
constexpr int kKillChanges = 200;
constexpr int kAttempts = 4; // ApiClientOptions::maxRetries + 1: a fault this long outlasts the retries
const QString kFrom = QStringLiteral("Meeting");
const QString kTo = QStringLiteral("Available"); // Meeting -> Available: allowed, no reason, no capacity

struct MatrixRow
{
    QString fault;
    int changes = 0; // changes checked against the simulator
    int webhooks = 0; // events checked against the sink
    int applied = 0; // of the changes: the server has them
    int notApplied = 0;
    int readBack = 0; // answer lost, outcome learnt by reading the agent at once
    int reconciled = 0; // outcome learnt at the next start
    int duplicates = 0; // 2xx deliveries of an id already delivered (the receiver drops them by id)
    qint64 clockMs = 0; // test clock moved
    qint64 realMs = 0;
};

QList<MatrixRow> g_matrix;

bool isClosing(const QString &outcome)
{
    return AuditOutcome::closingIntent().contains(outcome);
}

// 2xx answers of the sink per delivery id, and the ids' user ids.
struct SinkTally
{
    QHash<QString, int> delivered;
    QHash<QString, QString> userOf;
    int raw = 0;
};

SinkTally tallySink(const QJsonArray &records)
{
    SinkTally tally;
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        const int status = record.value(QStringLiteral("answeredStatus")).toInt();
        if (status < 200 || status > 299)
            continue;
        const QString id = record.value(QStringLiteral("headers"))
                               .toObject()
                               .value(QStringLiteral("x-statusdesk-delivery"))
                               .toString();
        ++tally.raw;
        tally.delivered[id] += 1;
        tally.userOf.insert(
            id, record.value(QStringLiteral("body")).toObject().value(QStringLiteral("user_id")).toString());
    }
    return tally;
}

// One in-process row: a simulator and a session on one ManualClock, a bulk change of kChanges agents
// from Meeting to Available.
class Scenario
{
public:
    explicit Scenario(Protocol protocol, int changes = kChanges)
        : m_protocol(protocol)
        , m_changes(changes)
    {
        m_harness.setClock(&m_clock);
        m_real.start();
    }

    bool start(SimConfig config = SimConfig())
    {
        config.agents = kAgents;
        config.seed = 14;
        config.rateLimitPerMinute = 0;
        if (!m_harness.startSim(config))
            return false;
        SimOrganisation *org = m_harness.server()->organisation();
        for (int i = 0; i < m_changes; ++i) {
            const QString id = org->activeAgentAt(quint32(i * 2));
            if (!m_harness.setSimStatus(id, kFrom, QStringLiteral("Coaching")))
                return false;
            m_agents.append(id);
        }
        if (!startSession())
            return false;
        m_startMs = m_clock.monotonicMs();
        // Live updates first: the faults hit a console that was fully up.
        return drive([this] { return session()->directory()->mode() == AgentDirectory::Mode::Push; });
    }

    bool startSession()
    {
        // The rows fault the per-agent write (PATCH on Genesys): with chunks of one agent each compare
        // read of the bulk is followed by that agent's PATCH, never by a bulk PUT.
        Profile profile = m_harness.profile(m_protocol);
        profile.bulkWriteChunk = 1;
        Session *session = m_harness.startSession(profile);
        if (!session)
            return false;
        QObject::connect(session->directory(), &AgentDirectory::modeChanged, session, [this, session] {
            if (session->directory()->mode() != AgentDirectory::Mode::Push)
                ++m_leftPush;
        });
        QObject::connect(session->webhooks(), &WebhookOutbox::pendingCountChanged, session,
            [this](int pending) { m_maxPending = qMax(m_maxPending, pending); });
        return true;
    }

    Session *session() const { return m_harness.session(); }
    const QStringList &agents() const { return m_agents; }
    // The write path of one agent on this row's protocol, and its method.
    QString writePath(int agent) const
    {
        return m_protocol == Protocol::Genesys
            ? QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(m_agents.at(agent))
            : QStringLiteral("/api/v2/users/%1/status").arg(m_agents.at(agent));
    }
    QByteArray writeMethod() const { return m_protocol == Protocol::Genesys ? "PATCH" : "PUT"; }
    SimServer *server() const { return m_harness.server(); }
    ManualClock &clock() { return m_clock; }
    SessionHarness &harness() { return m_harness; }
    int leftPush() const { return m_leftPush; }
    int maxPending() const { return m_maxPending; }

    // `during(done)` runs at every progress step of the bulk change (to inject faults mid-way).
    void startBulk(const std::function<void(int done)> &during = {})
    {
        QVector<StatusChange> changes;
        for (const QString &id : std::as_const(m_agents))
            changes.append(StatusChange::fromAgent(*session()->directory()->agent(id), kTo, QString()));
        m_bulk = std::make_unique<BulkChange>(session()->changes());
        if (during)
            QObject::connect(
                m_bulk.get(), &BulkChange::progress, m_bulk.get(), [during](int done, int) { during(done); });
        QObject::connect(m_bulk.get(), &BulkChange::finished, m_bulk.get(), [this] { m_bulkDone = true; });
        m_bulk->start(changes);
    }

    bool bulkDone() const { return m_bulkDone; }
    // While nothing is on the wire the clock moves at least this far in one go (default 0: to the next
    // timer). The simulator checks channel expiry every second; hours of clock go faster in bigger
    // steps, which stay well below every request timeout.
    void setIdleStepMs(qint64 ms) { m_idleStepMs = ms; }

    // Runs the real I/O and moves the clock: straight to the next timer while nothing is on the wire,
    // in small steps while a request is out (the simulator may hold its answer on the same clock).
    bool drive(const std::function<bool()> &done, int realTimeoutMs = 20000)
    {
        constexpr qint64 kBusyStepMs = 50;
        constexpr qint64 kIdleCapMs = 60'000;
        const QDeadlineTimer deadline(realTimeoutMs);
        int busyRounds = 0;
        while (!done()) {
            if (deadline.hasExpired())
                return false;
            QTest::qWait(1);
            if (done())
                break;
            Session *s = session();
            const bool onWire = s && s->api()->inFlightRequests() > 0;
            const QDateTime hook = s && s->webhooks() ? s->webhooks()->nextAttemptAt() : QDateTime();
            const bool hookOnWire = hook.isValid() && hook <= m_clock.now();
            const qint64 next = m_clock.msUntilNextTimer();
            if (onWire || hookOnWire) {
                if (++busyRounds < 4)
                    continue;
                busyRounds = 0;
                m_clock.advance(next < 0 ? kBusyStepMs : qMin(kBusyStepMs, next));
                continue;
            }
            busyRounds = 0;
            m_clock.advance(next < 0 ? 1000 : qBound<qint64>(m_idleStepMs, next, kIdleCapMs));
        }
        return true;
    }

    bool rosterMatches() const
    {
        const QVector<Agent> agents = session()->directory()->agents();
        for (const Agent &agent : agents) {
            if (agent.status != m_harness.simStatus(agent.id))
                return false;
        }
        return !agents.isEmpty();
    }

    bool settled() const
    {
        Session *s = session();
        return s->changes()->pendingCount() == 0 && s->webhooks()->pendingCount() == 0
            && s->directory()->mode() == AgentDirectory::Mode::Push && rosterMatches();
    }

    // Whatever is still unknown is reconciled by the next start, as after a crash.
    bool restartIfOpen()
    {
        if (session()->audit()->intentsWithoutOutcome().isEmpty())
            return true;
        m_harness.stopSession();
        server()->clearFaults();
        if (!startSession())
            return false;
        m_reconciledAtStart += session()->reconciledCount();
        return drive([this] { return settled(); });
    }

    // The checks of the matrix; the row's counts in `row`.
    void verify(MatrixRow *row)
    {
        QHash<QString, ChangeResult> results;
        const QVector<ChangeResult> all = m_bulk->results();
        for (const ChangeResult &result : all)
            results.insert(result.write.change.agentId, result);
        QCOMPARE(results.size(), m_agents.size());

        QSet<QString> landed;
        for (const QString &id : std::as_const(m_agents)) {
            const QString now = m_harness.simStatus(id);
            QVERIFY2(now == kTo || now == kFrom, qPrintable(id + QLatin1String(": ") + now));
            const bool applied = now == kTo;
            if (applied)
                landed.insert(id);
            QVector<AuditEntry> closing;
            const QVector<AuditEntry> entries = m_harness.auditOf(id);
            for (const AuditEntry &entry : entries) {
                if (isClosing(entry.outcome))
                    closing.append(entry);
            }
            QStringList outcomes;
            for (const AuditEntry &entry : entries)
                outcomes.append(entry.outcome);
            const QByteArray trail = (id + QLatin1String(": ") + outcomes.join(QLatin1Char(','))).toUtf8();
            QVERIFY2(closing.size() == 1, trail.constData()); // audited exactly once
            const AuditEntry &end = closing.constFirst();
            if (applied)
                QVERIFY2(end.outcome == AuditOutcome::Applied
                        || (end.outcome == AuditOutcome::Reconciled && end.error.isEmpty()),
                    trail.constData());
            else
                QVERIFY2(end.outcome == AuditOutcome::Failed
                        || (end.outcome == AuditOutcome::Reconciled && end.error == QLatin1String("not_applied")),
                    trail.constData());

            // What the lead was told.
            const ChangeResult &told = results[id];
            if (told.outcome == ChangeResult::Outcome::Unknown) {
                QVERIFY2(end.outcome == AuditOutcome::Reconciled, trail.constData());
                ++row->reconciled;
            } else {
                QCOMPARE(told.outcome, applied ? ChangeResult::Outcome::Applied : ChangeResult::Outcome::Failed);
                if (!applied)
                    QVERIFY(!told.errorText().isEmpty());
                if (told.confirmedByRead)
                    ++row->readBack;
            }
            applied ? ++row->applied : ++row->notApplied;
            ++row->changes;
        }

        // Payroll: one event per landed change, each delivered exactly once by id.
        const QVector<WebhookDelivery> events = session()->webhooks()->deliveries(10000);
        const SinkTally sink = tallySink(server()->webhookDeliveries(QStringLiteral("payroll")));
        QSet<QString> eventAgents;
        for (const WebhookDelivery &event : events) {
            QVERIFY2(landed.contains(event.agentId), qPrintable(event.agentId));
            QVERIFY2(!eventAgents.contains(event.agentId), qPrintable(event.agentId));
            eventAgents.insert(event.agentId);
            QCOMPARE(event.state, WebhookDelivery::State::Delivered);
            QCOMPARE(sink.delivered.value(event.eventId), 1);
            QCOMPARE(sink.userOf.value(event.eventId), event.agentId);
            ++row->webhooks;
        }
        QCOMPARE(eventAgents, landed);
        QCOMPARE(sink.delivered.size(), events.size()); // nothing the outbox does not know of
        row->duplicates = sink.raw - int(sink.delivered.size());
        QCOMPARE(row->duplicates, 0);

        // The roster is the server's, and nothing is left open.
        QVERIFY(rosterMatches());
        QVERIFY(session()->audit()->intentsWithoutOutcome().isEmpty());
        QVERIFY(session()->audit()->verify().ok);
        row->clockMs = m_clock.monotonicMs() - m_startMs;
        row->realMs = m_real.elapsed();
    }

    int reconciledAtStart() const { return m_reconciledAtStart; }

private:
    Protocol m_protocol;
    int m_changes;
    ManualClock m_clock {QDateTime::currentDateTimeUtc()}; // declared before the harness: outlives it
    SessionHarness m_harness;
    QStringList m_agents;
    std::unique_ptr<BulkChange> m_bulk;
    bool m_bulkDone = false;
    int m_leftPush = 0;
    int m_maxPending = 0;
    int m_reconciledAtStart = 0;
    qint64 m_startMs = 0;
    qint64 m_idleStepMs = 0;
    QElapsedTimer m_real;
};

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverErrorBursts();
    void droppedConnections();
    void answersSlowerThanTheTimeout();
    void rateLimitStorm();
    void appliedButAnswered500_data();
    void appliedButAnswered500();
    void appliedAndDropped_data() { appliedButAnswered500_data(); }
    void appliedAndDropped();
    void tokenRevokedMidBulk();
    void notificationSocketCloses();
    void heartbeatsStop();
    void webhookReceiverDownForSixHours();
    void cliKilledMidBulkOf200();
    void cleanupTestCase();

private:
    // Runs the common end of a row: the bulk finishes, the roster settles, what is still unknown is
    // reconciled by a restart, then the checks; the row joins the matrix.
    void finishRow(Scenario &scenario, const QString &fault, int expectReconciledMin = 0);
};

void TestFaultMatrix::initTestCase()
{
    qRegisterMetaType<ChangeResult>();
    qRegisterMetaType<BulkSummary>();
}

void TestFaultMatrix::finishRow(Scenario &scenario, const QString &fault, int expectReconciledMin)
{
    QVERIFY2(scenario.drive([&] { return scenario.bulkDone(); }), qPrintable(fault + QLatin1String(": bulk")));
    QVERIFY2(scenario.drive([&] { return scenario.settled(); }), qPrintable(fault + QLatin1String(": settle")));
    QVERIFY(scenario.restartIfOpen());
    MatrixRow row;
    row.fault = fault;
    scenario.verify(&row);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(row.reconciled >= expectReconciledMin);
    QCOMPARE(row.reconciled, scenario.reconciledAtStart());
    g_matrix.append(row);
}

// 5xx bursts on the writes and the reads (none applied): retried, and a burst longer than the retries
// ends the change as failed after a read shows nothing happened. Some read-backs fail too: those are
// reconciled by the next start.
void TestFaultMatrix::serverErrorBursts()
{
    Scenario s(Protocol::Genesys);
    QVERIFY(s.start());
    // Every attempt of two writes fails (not applied); the read back of the first fails too.
    for (const int agent : {3, 17})
        s.server()->failNext("PATCH", s.writePath(agent), 503, kAttempts);
    // Once the first of them is unknown, its read back fails as well: the next start reconciles it.
    const QString unread = s.agents().at(3);
    QObject::connect(s.session()->audit(), &AuditStore::entryAppended, s.session(), [&s, unread](const AuditEntry &e) {
        if (e.agentId == unread && e.outcome == AuditOutcome::Unknown)
            // Enough for both reads of every attempt, should another read of the roster take some first.
            s.server()->failNext("GET", QStringLiteral("/api/v2/users"), 503, 4 * kAttempts);
    });
    s.server()->failNext("PATCH", QStringLiteral("/api/v2/users/*"), 503, 10);
    s.server()->failNext("GET", QStringLiteral("/api/v2/users/presences/purecloud/bulk"), 500, 2);
    bool second = false;
    s.startBulk([&](int done) {
        if (done >= 8 && !second) {
            second = true;
            s.server()->failNext("PATCH", QStringLiteral("/api/v2/users/*"), 500, 9);
        }
    });
    finishRow(s, QStringLiteral("5xx bursts"), 1);
    QVERIFY(!g_matrix.isEmpty() && g_matrix.constLast().notApplied >= 2);
}

void TestFaultMatrix::droppedConnections()
{
    Scenario s(Protocol::Genesys);
    QVERIFY(s.start());
    s.server()->dropNext("PATCH", s.writePath(5), 2 * kAttempts); // QNAM may re-send once itself
    s.server()->dropNext("PATCH", QStringLiteral("/api/v2/users/*"), 10);
    s.server()->dropNext("GET", QStringLiteral("/api/v2/users/presences/purecloud/bulk"), 2);
    s.startBulk();
    finishRow(s, QStringLiteral("dropped connections"));
    QVERIFY(!g_matrix.isEmpty() && g_matrix.constLast().readBack > 0);
}

// The server applies at once and answers after 5 s of the shared clock; the client gives up after 2 s.
void TestFaultMatrix::answersSlowerThanTheTimeout()
{
    Scenario s(Protocol::Genesys);
    QVERIFY(s.start());
    ApiClientOptions options = s.session()->api()->options();
    options.timeoutMs = 2000;
    s.session()->api()->setOptions(options);
    s.server()->failAfterApplying("PATCH", s.writePath(9), 0, kAttempts, false, 5000);
    s.server()->failAfterApplying("PATCH", QStringLiteral("/api/v2/users/*"), 0, 10, false, 5000);
    s.startBulk();
    finishRow(s, QStringLiteral("answers slower than the timeout"));
}

// A storm of 429s: the simulator's own limit (30 a minute of its clock) and scripted 429s on the writes.
void TestFaultMatrix::rateLimitStorm()
{
    Scenario s(Protocol::Genesys);
    QVERIFY(s.start());
    s.server()->setRateLimit(30);
    s.server()->failNext("PATCH", QStringLiteral("/api/v2/users/*"), 429, 12);
    s.startBulk();
    QVERIFY(s.drive([&] { return s.bulkDone(); }));
    s.server()->setRateLimit(0);
    finishRow(s, QStringLiteral("429 storm"));
}

void TestFaultMatrix::appliedButAnswered500_data()
{
    QTest::addColumn<int>("protocol");
    QTest::newRow("genesys") << int(Protocol::Genesys);
    QTest::newRow("status-api") << int(Protocol::StatusApi);
}

// Applied, then answered 500 on every attempt for a few changes: unknown, read back, audited applied
// with its webhook.
void TestFaultMatrix::appliedButAnswered500()
{
    QFETCH(int, protocol);
    Scenario s(static_cast<Protocol>(protocol));
    QVERIFY(s.start());
    for (const int agent : {2, 11, 20})
        s.server()->failAfterApplying(s.writeMethod(), s.writePath(agent), 500, kAttempts);
    s.server()->failAfterApplying(s.writeMethod(), QStringLiteral("/api/v2/users/*"), 500, 10);
    s.startBulk();
    finishRow(s, QStringLiteral("write applied, answered 500 (%1)").arg(QLatin1String(QTest::currentDataTag())));
    QVERIFY(!g_matrix.isEmpty() && g_matrix.constLast().readBack > 0);
}

void TestFaultMatrix::appliedAndDropped()
{
    QFETCH(int, protocol);
    Scenario s(static_cast<Protocol>(protocol));
    QVERIFY(s.start());
    for (const int agent : {4, 13, 22})
        s.server()->failAfterApplying(s.writeMethod(), s.writePath(agent), 0, 2 * kAttempts, true); // QNAM re-sends
    s.server()->failAfterApplying(s.writeMethod(), QStringLiteral("/api/v2/users/*"), 0, 10, true);
    s.startBulk();
    finishRow(s, QStringLiteral("write applied, dropped (%1)").arg(QLatin1String(QTest::currentDataTag())));
    QVERIFY(!g_matrix.isEmpty() && g_matrix.constLast().readBack > 0);
}

void TestFaultMatrix::tokenRevokedMidBulk()
{
    Scenario s(Protocol::Genesys);
    QVERIFY(s.start());
    int revoked = 0;
    s.startBulk([&](int done) {
        if (done >= 8 && revoked == 0)
            revoked = s.server()->revokeAllTokens();
    });
    finishRow(s, QStringLiteral("token revoked mid-bulk"));
    QVERIFY(revoked > 0);
}

void TestFaultMatrix::notificationSocketCloses()
{
    Scenario s(Protocol::Genesys);
    QVERIFY(s.start());
    bool closing = false;
    bool closed = false;
    s.startBulk([&](int done) {
        if (done >= 6 && !closing)
            closing = s.server()->sendSocketClosing() > 0;
        if (done >= 14 && !closed)
            closed = s.server()->closeAllSockets() > 0;
    });
    finishRow(s, QStringLiteral("notification socket closing"));
    QVERIFY(closing && closed);
    QVERIFY(s.leftPush() > 0); // the lead saw the roster leave live updates, and come back
}

// Heartbeats (and pong) stop: the client's watchdog notices, reconnects, and the roster is re-read.
void TestFaultMatrix::heartbeatsStop()
{
    Scenario s(Protocol::Genesys);
    QVERIFY(s.start());
    bool stopped = false;
    s.startBulk([&](int done) {
        if (done >= 4 && !stopped) {
            stopped = true;
            s.server()->setHeartbeatsStopped(true);
        }
    });
    QVERIFY(s.drive([&] { return s.bulkDone() && stopped && s.leftPush() > 0; }));
    s.server()->setHeartbeatsStopped(false);
    finishRow(s, QStringLiteral("heartbeats stopping"));
}

// The receiver answers 503 for 6 hours of the test clock, then comes back: every event is delivered
// once, none became a dead letter, and the pending count told the lead meanwhile.
void TestFaultMatrix::webhookReceiverDownForSixHours()
{
    // Fewer changes: each event is tried about 75 times in 6 hours (backoff up to 5 minutes).
    constexpr int kEvents = 4;
    Scenario s(Protocol::Genesys, kEvents);
    QVERIFY(s.start());
    s.server()->failWebhooks(QStringLiteral("payroll"), 503, 1'000'000);
    s.startBulk();
    QVERIFY(s.drive([&] { return s.bulkDone(); }));
    const QDateTime back = s.clock().now().addSecs(6 * 3600);
    s.setIdleStepMs(10'000);
    QElapsedTimer downtime;
    downtime.start();
    QVERIFY(s.drive([&] { return s.clock().now() >= back; }, 90000));
    std::printf("6 h of receiver downtime took %lld ms\n", static_cast<long long>(downtime.elapsed()));
    QVERIFY(s.session()->webhooks()->pendingCount() > 0);
    QCOMPARE(s.session()->webhooks()->deadLetterCount(), 0);
    int refused = 0;
    for (const QJsonValue &record : s.server()->webhookDeliveries(QStringLiteral("payroll")))
        refused += record.toObject().value(QStringLiteral("answeredStatus")).toInt() == 503 ? 1 : 0;
    QVERIFY(refused > kEvents * 60);
    std::printf("receiver down 6 h: %d deliveries refused for %d events\n", refused, kEvents);
    s.server()->failWebhooks(QStringLiteral("payroll"), 503, 0); // back
    s.setIdleStepMs(0);
    finishRow(s, QStringLiteral("webhook receiver down 6 h"));
    QVERIFY(s.maxPending() > 0);
}

// kill -9 of the real CLI in the middle of a bulk change of 200; the next run reconciles what was in
// flight and delivers what was not delivered.
void TestFaultMatrix::cliKilledMidBulkOf200()
{
    QElapsedTimer real;
    real.start();
    const QString program = TestSupport::binaryDir() + QLatin1String("/statusdesk-cli");
    QVERIFY2(QFileInfo::exists(program), qPrintable(program));
    SimFixture sim;
    SimConfig config;
    config.agents = kKillChanges;
    config.seed = 15;
    config.rateLimitPerMinute = 0;
    config.latencyMinMs = 5;
    config.latencyMaxMs = 15;
    QVERIFY(!sim.start(config).isEmpty());
    SimOrganisation *org = sim.server()->organisation();
    QStringList agents;
    for (const SimAgent &agent : org->users()) {
        if (agent.state != QLatin1String("active"))
            continue;
        QVERIFY(org->setStatus(agent.id, kFrom, QStringLiteral("Coaching"), QString(), org->competitorId()).isEmpty());
        agents.append(agent.id);
    }
    QCOMPARE(agents.size(), kKillChanges);
    auto landedCount = [&] {
        int count = 0;
        for (const QString &id : std::as_const(agents)) {
            const SimPresenceDefinition *definition = org->definition(org->user(id)->presenceDefinitionId);
            count += definition && StatusCatalogue::canonicalKey(definition->systemPresence) == kTo ? 1 : 0;
        }
        return count;
    };
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString auditPath = dir.filePath(QStringLiteral("audit.sqlite"));
    QUrl webhook = sim.baseUrl();
    webhook.setPath(QStringLiteral("/sim/webhooks/payroll"));
    const QStringList base {QStringLiteral("--api-base"), sim.baseUrl().toString(), QStringLiteral("--client-id"),
        QStringLiteral("statusdesk-demo"), QStringLiteral("--client-secret"), QStringLiteral("statusdesk-demo-secret"),
        QStringLiteral("--audit-db"), auditPath, QStringLiteral("--webhook"), webhook.toString(),
        QStringLiteral("--rate-limit"), QStringLiteral("100000")};
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"GENESYS_CLIENT_ID", "GENESYS_CLIENT_SECRET", "GENESYS_REGION", "WEBHOOK_ENDPOINT",
             "WEBHOOK_SECRET", "STATUSDESK_API_BASE", "STATUSDESK_PROTOCOL"})
        env.remove(QString::fromLatin1(name));
    auto run = [&](const QStringList &arguments, QByteArray *out, QByteArray *err) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(program, base + arguments);
        QSignalSpy finished(&process, &QProcess::finished);
        if (!process.waitForStarted(10000) || !finished.wait(30000)) {
            process.kill();
            process.waitForFinished(5000);
            return -1;
        }
        *out = process.readAllStandardOutput();
        *err = process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    };

    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(
        program, base + QStringList {QStringLiteral("bulk"), QStringLiteral("set"), QStringLiteral("--all"), kTo});
    QSignalSpy finished(&cli, &QProcess::finished);
    QVERIFY(cli.waitForStarted(10000));
    // Killed when about a third of the writes reached the server (watched from this process's loop).
    QTRY_VERIFY_WITH_TIMEOUT(landedCount() >= kKillChanges / 3 || !finished.isEmpty(), 30000);
    QVERIFY2(finished.isEmpty(), "the CLI finished before it could be killed");
    cli.kill(); // SIGKILL
    QVERIFY(finished.wait(10000));
    QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
    const int landedAtKill = landedCount();
    QTest::qWait(200); // whatever was on the wire reaches the server or not; the server decides
    QVERIFY2(landedAtKill < kKillChanges, "the kill came too late to be in the middle");
    sim.server()->setLatency(0, 0);
    int openBefore = 0;
    {
        QString error;
        std::unique_ptr<AuditStore> store = AuditStore::open(auditPath, &error);
        QVERIFY2(store, qPrintable(error));
        openBefore = int(store->intentsWithoutOutcome().size());
    }

    // The restart: reconciles, delivers; told on stderr.
    QByteArray out;
    QByteArray err;
    QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("agents"), QStringLiteral("list")}, &out, &err), 0);
    if (openBefore > 0)
        QVERIFY2(err.contains(QByteArray(QByteArray::number(openBefore) + " interrupted change")), err.constData());
    const QJsonArray roster = QJsonDocument::fromJson(out).array();
    QCOMPARE(roster.size(), kKillChanges);
    QByteArray flushOut;
    QCOMPARE(
        run({QStringLiteral("webhooks"), QStringLiteral("flush"), QStringLiteral("--timeout"), QStringLiteral("20")},
            &flushOut, &err),
        0);
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify")}, &flushOut, &err), 0);

    // The checks.
    MatrixRow row;
    row.fault = QStringLiteral("kill -9 of the CLI mid-bulk of 200");
    QString error;
    std::unique_ptr<AuditStore> store = AuditStore::open(auditPath, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->intentsWithoutOutcome().isEmpty());
    MetricsRegistry metrics;
    WebhookOutbox outbox(store.get(), &metrics);
    const QVector<WebhookDelivery> events = outbox.deliveries(10000);
    QHash<QString, QString> eventOf;
    for (const WebhookDelivery &event : events) {
        QVERIFY2(!eventOf.contains(event.agentId), qPrintable(event.agentId));
        eventOf.insert(event.agentId, event.eventId);
        QCOMPARE(event.state, WebhookDelivery::State::Delivered);
    }
    QHash<QString, QString> rosterStatus;
    for (const QJsonValue &value : roster)
        rosterStatus.insert(value.toObject().value(QStringLiteral("id")).toString(),
            value.toObject().value(QStringLiteral("status")).toString());
    const SinkTally sink = tallySink(sim.server()->webhookDeliveries(QStringLiteral("payroll")));
    int started = 0;
    for (const QString &id : std::as_const(agents)) {
        const SimPresenceDefinition *definition = org->definition(org->user(id)->presenceDefinitionId);
        const QString now = StatusCatalogue::canonicalKey(definition->systemPresence);
        const bool applied = now == kTo;
        QVERIFY2(applied || now == kFrom, qPrintable(now));
        AuditQuery query;
        query.agent = id;
        query.limit = 0;
        const QVector<AuditEntry> entries = store->query(query);
        QVector<AuditEntry> closing;
        QStringList outcomes;
        for (const AuditEntry &entry : entries) {
            outcomes.prepend(entry.outcome);
            if (isClosing(entry.outcome))
                closing.append(entry);
        }
        const QByteArray trail = (id + QLatin1String(": ") + outcomes.join(QLatin1Char(','))).toUtf8();
        ++row.changes;
        if (entries.isEmpty()) { // never started before the kill: not on the server, not audited
            QVERIFY2(!applied, trail.constData());
            QVERIFY(!eventOf.contains(id));
            QCOMPARE(rosterStatus.value(id), kFrom);
            ++row.notApplied;
            continue;
        }
        ++started;
        QVERIFY2(closing.size() == 1, trail.constData());
        const AuditEntry &end = closing.constFirst();
        if (end.outcome == AuditOutcome::Reconciled)
            ++row.reconciled;
        if (applied) {
            QVERIFY2(end.outcome == AuditOutcome::Applied
                    || (end.outcome == AuditOutcome::Reconciled && end.error.isEmpty()),
                trail.constData());
            QVERIFY2(eventOf.contains(id), trail.constData());
            QVERIFY(sink.delivered.value(eventOf.value(id)) >= 1); // at least once; by id exactly once
            QCOMPARE(sink.userOf.value(eventOf.value(id)), id);
            ++row.applied;
            ++row.webhooks;
        } else {
            QVERIFY2(end.outcome == AuditOutcome::Failed
                    || (end.outcome == AuditOutcome::Reconciled && end.error == QLatin1String("not_applied")),
                trail.constData());
            QVERIFY2(!eventOf.contains(id), trail.constData());
            ++row.notApplied;
        }
        QCOMPARE(rosterStatus.value(id), applied ? kTo : kFrom); // the roster is the server's
    }
    QCOMPARE(row.reconciled, openBefore);
    QCOMPARE(sink.delivered.size(), events.size()); // by delivery id: each event once, nothing else
    row.duplicates = sink.raw - int(sink.delivered.size());
    row.realMs = real.elapsed();
    std::printf("kill -9 row: killed with %d of %d on the server, %d started, %d intents open at restart\n",
        landedAtKill, kKillChanges, started, openBefore);
    QVERIFY(started > 0 && started <= kKillChanges);
    g_matrix.append(row);
}

void TestFaultMatrix::cleanupTestCase()
{
    int changes = 0;
    int webhooks = 0;
    std::printf("\nFault matrix (every change against the simulator, every webhook against the sink by id)\n");
    std::printf("%-42s %8s %9s %8s %12s %10s %11s %10s %10s %8s\n", "fault", "changes", "webhooks", "applied",
        "not applied", "read back", "reconciled", "dup by id", "clock s", "real ms");
    for (const MatrixRow &row : std::as_const(g_matrix)) {
        std::printf("%-42s %8d %9d %8d %12d %10d %11d %10d %10.0f %8lld\n", qPrintable(row.fault), row.changes,
            row.webhooks, row.applied, row.notApplied, row.readBack, row.reconciled, row.duplicates,
            double(row.clockMs) / 1000.0, static_cast<long long>(row.realMs));
        changes += row.changes;
        webhooks += row.webhooks;
    }
    std::printf("%d faults x %d changes checked x %d webhooks checked\n\n", int(g_matrix.size()), changes, webhooks);
    std::fflush(stdout);
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
