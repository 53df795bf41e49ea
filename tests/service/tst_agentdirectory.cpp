// SPDX-License-Identifier: GPL-3.0-or-later
// The live roster against the simulator: changes by another supervisor arrive by push, the channel
// comes back after the server closes the socket (or announces it will), and polling takes over when
// no channel can be opened. Where a test waits for the directory's own timers (the poll, the re-read
// after a Status API event), the directory runs on a ManualClock that the test advances.
#include "SessionHarness.h"
#include "api/ApiClient.h"
#include "api/NotificationChannel.h"
#include "api/StatusGateway.h"
#include "core/ManualClock.h"
#include "core/StatusCatalogue.h"
#include "service/AgentDirectory.h"
#include "sim/SimOrganisation.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

namespace {

SimConfig liveOrg()
{
    SimConfig config;
    config.agents = 25;
    config.seed = 6;
    return config;
}

// Moves the agent to a status other than its current one, as the competing supervisor.
QString moveAgent(SessionHarness &harness, const QString &agentId)
{
    const QString next = harness.simStatus(agentId) == QLatin1String("Training") ? QStringLiteral("Meeting")
                                                                                 : QStringLiteral("Training");
    return harness.setSimStatus(agentId, next, QStringLiteral("Coaching")) ? next : QString();
}

// The counts as a walk over the rows gives them: what the directory's incremental counts must equal.
QHash<QString, int> walkCounts(const AgentDirectory &directory, const QString &team)
{
    QHash<QString, int> counts;
    for (const Agent &agent : directory.agents()) {
        if (team.isEmpty() || agent.team == team)
            counts[agent.status] += 1;
    }
    return counts;
}

// A directory of the test's own on the session's gateway and on `clock`, loading; the session's
// directory stops, so that only this one follows the server.
std::unique_ptr<AgentDirectory> ownDirectory(Session *session, Clock *clock)
{
    session->directory()->stop();
    auto directory = std::make_unique<AgentDirectory>(session->gateway(), clock);
    directory->refresh();
    return directory;
}

bool countsMatchRows(const AgentDirectory &directory)
{
    QStringList teams = directory.teams();
    teams.append(QString());
    for (const QString &team : std::as_const(teams)) {
        if (directory.countsByStatus(team) != walkCounts(directory, team))
            return false;
    }
    return true;
}

} // namespace

class TestAgentDirectory : public QObject
{
    Q_OBJECT

private slots:
    void rosterQueries();
    void olderReadDoesNotOverwriteANewerRow();
    void presenceOnlyAgentKeepsTheRowsIdentity();
    void pushUpdates_data();
    void pushUpdates();
    void reconnectAfterSocketClosed_data();
    void reconnectAfterSocketClosed();
    void pollingWhenPushIsUnavailable();
    void pushedRowsStayFreshForMinutes();
    void rejectedRowsArePolledWithinTheBudget();
    void rowsBeyondTheChannelCapArePolled();
    void outageIsFollowedByAReread();
    void aChangeBeforeTheFirstSubscriptionShowsWithinAMinute();
    void deadChannelPollingStaysInsideTheBudget();
};

void TestAgentDirectory::rosterQueries()
{
    SessionHarness harness;
    QVERIFY(harness.startSim(liveOrg()));
    Session *session = harness.startSession(Protocol::Genesys);
    QVERIFY2(session, qPrintable(harness.lastError()));
    AgentDirectory *directory = session->directory();
    QVERIFY(directory->isLoaded());
    QVERIFY(directory->size() >= 25);

    const Agent first = directory->agents().constFirst();
    QCOMPARE(directory->find(first.id)->id, first.id);
    QCOMPARE(directory->find(first.name)->id, first.id);
    QVERIFY(!directory->find(QStringLiteral("Nobody Of That Name")));
    QVERIFY(directory->freshness(first.id).isValid());

    int total = 0;
    const QHash<QString, int> counts = directory->countsByStatus();
    for (int count : counts)
        total += count;
    QCOMPARE(total, directory->size());
    QVERIFY(directory->teams().contains(first.team));
    QVERIFY(directory->idsInTeam(first.team).contains(first.id));
    QCOMPARE(directory->count(first.team, first.status), directory->countsByStatus(first.team).value(first.status));
    QVERIFY(directory->count(first.team, first.status) >= 1);
    QVERIFY(countsMatchRows(*directory));
}

// A read that left before a push event was applied comes back after it: its older state is not taken
// over the row, while the newer states in the same answer are.
void TestAgentDirectory::olderReadDoesNotOverwriteANewerRow()
{
    SessionHarness harness;
    QVERIFY(harness.startSim(liveOrg()));
    Session *session = harness.startSession(Protocol::Genesys);
    QVERIFY2(session, qPrintable(harness.lastError()));
    AgentDirectory *directory = session->directory();
    QTRY_VERIFY_WITH_TIMEOUT(session->api()->inFlightRequests() == 0 && session->api()->queuedRequests() == 0, 10000);
    directory->stop(); // no push: only the re-read below changes the rows

    const QString pushedId = harness.server()->organisation()->activeAgentAt(6);
    const QString readId = harness.server()->organisation()->activeAgentAt(7);
    // As if a push event had brought a state newer than anything the server will answer below.
    Agent pushed = *directory->agent(pushedId);
    QVERIFY(pushed.statusSince.isValid());
    pushed.status = pushed.status == QLatin1String("Away") ? QStringLiteral("Training") : QStringLiteral("Away");
    pushed.statusSince = QDateTime::currentDateTimeUtc().addSecs(3600);
    directory->applyConfirmed(pushed);
    QCOMPARE(directory->agent(pushedId)->status, pushed.status);
    const QString next = moveAgent(harness, readId);
    QVERIFY(!next.isEmpty());

    directory->reread({pushedId, readId});
    QTRY_COMPARE_WITH_TIMEOUT(directory->agent(readId)->status, next, 10000); // the answer was merged
    QCOMPARE(directory->agent(pushedId)->status, pushed.status); // but not over the newer row
    QVERIFY(countsMatchRows(*directory));
}

// The gateways return an agent as the server has it: a presence or status answer has no name or team.
// Merged into the roster (a confirmed write, a conflict's theirs), it changes the state, not who it is.
void TestAgentDirectory::presenceOnlyAgentKeepsTheRowsIdentity()
{
    SessionHarness harness;
    QVERIFY(harness.startSim(liveOrg()));
    Session *session = harness.startSession(Protocol::Genesys);
    QVERIFY2(session, qPrintable(harness.lastError()));
    AgentDirectory *directory = session->directory();
    QTRY_VERIFY_WITH_TIMEOUT(session->api()->inFlightRequests() == 0 && session->api()->queuedRequests() == 0, 10000);
    directory->stop();

    const Agent row = *directory->agent(harness.server()->organisation()->activeAgentAt(3));
    QVERIFY(!row.name.isEmpty());
    QVERIFY(!row.team.isEmpty());
    Agent presence;
    presence.id = row.id;
    presence.status = row.status == QLatin1String("Away") ? QStringLiteral("Training") : QStringLiteral("Away");
    presence.version = QStringLiteral("2030-01-01T00:00:00.000Z");
    presence.statusSince = QDateTime::currentDateTimeUtc().addSecs(60);
    directory->applyConfirmed(presence);

    const Agent merged = *directory->agent(row.id);
    QCOMPARE(merged.status, presence.status);
    QCOMPARE(merged.version, presence.version);
    QCOMPARE(merged.name, row.name);
    QCOMPARE(merged.team, row.team);
    QCOMPARE(merged.email, row.email);
    QCOMPARE(merged.divisionId, row.divisionId);
    QCOMPARE(directory->find(row.name)->id, row.id);
    QVERIFY(directory->idsInTeam(row.team).contains(row.id));
    QVERIFY(countsMatchRows(*directory));
}

void TestAgentDirectory::pushUpdates_data()
{
    QTest::addColumn<int>("protocol");
    QTest::newRow("genesys") << int(Protocol::Genesys);
    QTest::newRow("status-api") << int(Protocol::StatusApi);
}

void TestAgentDirectory::pushUpdates()
{
    QFETCH(int, protocol);
    const bool statusApi = protocol == int(Protocol::StatusApi);
    // A German lead: the organisation's labels are asked for in German, and a push keeps them German.
    const QLocale locale;
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    const auto restoreLocale = qScopeGuard([&locale] { QLocale::setDefault(locale); });
    SessionHarness harness;
    QVERIFY(harness.startSim(liveOrg()));
    Session *session = harness.startSession(static_cast<Protocol>(protocol));
    QVERIFY2(session, qPrintable(harness.lastError()));
    ManualClock clock(QDateTime::currentDateTimeUtc());
    const std::unique_ptr<AgentDirectory> owned = ownDirectory(session, &clock);
    AgentDirectory *directory = owned.get();
    QTRY_COMPARE_WITH_TIMEOUT(directory->mode(), AgentDirectory::Mode::Push, 10000);

    // Let the re-read that follows the connect finish, so that any request from here on is ours to see.
    QTRY_VERIFY_WITH_TIMEOUT(session->api()->inFlightRequests() == 0 && session->api()->queuedRequests() == 0, 10000);

    const QString agentId = harness.server()->organisation()->activeAgentAt(2);
    const QDateTime before = directory->freshness(agentId);
    QSignalSpy changed(directory, &AgentDirectory::agentChanged);
    QSignalSpy requests(session->api(), &ApiClient::requestFinished);
    const Agent old = *directory->agent(agentId);
    const QHash<QString, int> countsBefore = directory->countsByStatus(old.team);
    const QString next = moveAgent(harness, agentId);
    QVERIFY(!next.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(directory->agent(agentId)->status, next, 10000);
    QVERIFY(changed.contains(QList<QVariant> {agentId}));
    // The counts follow the push event: one more in the new status, one fewer in the old.
    QCOMPARE(directory->count(old.team, next), countsBefore.value(next) + 1);
    QCOMPARE(directory->count(old.team, old.status), countsBefore.value(old.status) - 1);
    QVERIFY(countsMatchRows(*directory));
    QVERIFY(directory->freshness(agentId) >= before);
    QCOMPARE(directory->mode(), AgentDirectory::Mode::Push);
    if (statusApi) {
        // The event carries no ETag: the row's version is read right after (once the re-read delay has
        // passed on the directory's clock), for the next If-Match.
        const QString etag = harness.server()->organisation()->user(agentId)->etag();
        QCOMPARE(directory->agent(agentId)->version, old.version);
        clock.advance(1000);
        QTRY_COMPARE_WITH_TIMEOUT(directory->agent(agentId)->version, etag, 10000);
    } else {
        // It came by push: no request was needed; the version is the presence's modifiedDate.
        QCOMPARE(requests.count(), 0);
        QVERIFY(!directory->agent(agentId)->version.isEmpty());
        const Agent pushed = *directory->agent(agentId);
        const StatusCatalogue &catalogue = session->gateway()->catalogue();
        const QString german = catalogue.definitionLabel(pushed.presenceDefinitionId, QStringLiteral("de"));
        QVERIFY(!german.isEmpty());
        QCOMPARE(pushed.presenceLabel, german);
        QVERIFY2(catalogue.definitionLabel(pushed.presenceDefinitionId, QStringLiteral("en_US")) != german,
            qPrintable(german));
    }
}

void TestAgentDirectory::reconnectAfterSocketClosed_data()
{
    QTest::addColumn<bool>("announced");
    QTest::newRow("socket closed") << false;
    QTest::newRow("socket_closing announced") << true;
}

void TestAgentDirectory::reconnectAfterSocketClosed()
{
    QFETCH(bool, announced);
    SessionHarness harness;
    QVERIFY(harness.startSim(liveOrg()));
    Session *session = harness.startSession(Protocol::Genesys);
    QVERIFY2(session, qPrintable(harness.lastError()));
    AgentDirectory *directory = session->directory();
    directory->channel()->setReconnectDelayMs(50, 500);
    QTRY_COMPARE_WITH_TIMEOUT(directory->mode(), AgentDirectory::Mode::Push, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(harness.server()->connectedSockets(), 1, 10000);

    QSignalSpy modes(directory, &AgentDirectory::modeChanged);
    QSignalSpy attached(harness.server(), &SimServer::notificationSocketAttached);
    if (announced)
        QVERIFY(harness.server()->sendSocketClosing() > 0);
    else
        QVERIFY(harness.server()->closeAllSockets() > 0);
    QVERIFY(attached.wait(10000)); // a new socket
    QTRY_COMPARE_WITH_TIMEOUT(directory->mode(), AgentDirectory::Mode::Push, 10000);

    // Resubscribed: a change after the reconnect still arrives.
    const QString agentId = harness.server()->organisation()->activeAgentAt(4);
    const QString next = moveAgent(harness, agentId);
    QTRY_COMPARE_WITH_TIMEOUT(directory->agent(agentId)->status, next, 10000);
    if (!announced)
        QVERIFY(modes.count() >= 1); // the lead saw that push was down for a moment
}

void TestAgentDirectory::pollingWhenPushIsUnavailable()
{
    SessionHarness harness;
    QVERIFY(harness.startSim(liveOrg()));
    harness.server()->failNext("POST", QStringLiteral("/api/v2/notifications/channels"), 503, 1000);
    Session *session = harness.startSession(Protocol::Genesys);
    QVERIFY2(session, qPrintable(harness.lastError()));
    ManualClock clock(QDateTime::currentDateTimeUtc());
    const std::unique_ptr<AgentDirectory> owned = ownDirectory(session, &clock);
    AgentDirectory *directory = owned.get();
    QTRY_VERIFY_WITH_TIMEOUT(directory->isLoaded(), 10000);
    directory->setPollInterval(200);
    QCOMPARE(directory->mode(), AgentDirectory::Mode::Polling);
    // One read by id a period, within half of the reads' share: 300 a minute, 200 for reads, 100 here.
    QCOMPARE(directory->polledCount(), directory->size());
    QCOMPARE(directory->pollPeriodMs(), 600);

    const QString agentId = harness.server()->organisation()->activeAgentAt(5);
    const QString next = moveAgent(harness, agentId);
    clock.advance(directory->pollPeriodMs()); // the poll is due
    QTRY_COMPARE_WITH_TIMEOUT(directory->agent(agentId)->status, next, 10000);
    QCOMPARE(directory->mode(), AgentDirectory::Mode::Polling);
}

namespace {

// Moves a ManualClock by `ms` in steps that let heartbeats and answers through.
void advanceInSteps(ManualClock &clock, qint64 ms, qint64 step = 5000)
{
    for (qint64 done = 0; done < ms; done += step) {
        clock.advance(std::min(step, ms - done));
        QTest::qWait(5);
    }
}

// Moves the clock half a second at a time until `done` holds (at most `ms` of test clock).
template <typename Predicate> bool advanceUntil(ManualClock &clock, Predicate done, qint64 ms = 120000)
{
    for (qint64 moved = 0; moved <= ms; moved += 500) {
        if (done())
            return true;
        clock.advance(500);
        QTest::qWait(10);
    }
    return done();
}

bool everyRowPushedAndFresh(const AgentDirectory &directory)
{
    for (const Agent &row : directory.rows()) {
        if (!row.pushed || row.stale || row.pollSeconds != 0)
            return false;
    }
    return true;
}

SimClient presenceOnlyClient()
{
    return SimClient {QStringLiteral("presence-only"), QStringLiteral("presence-only-secret"),
        {QStringLiteral("presence:userPresence:view"), QStringLiteral("presence:userPresence:edit"),
            QStringLiteral("presence:presenceDefinition:view")}};
}

} // namespace

// Nothing changes for minutes: every row stays pushed and fresh (not stale) while the channel is live.
void TestAgentDirectory::pushedRowsStayFreshForMinutes()
{
    ManualClock clock(QDateTime::currentDateTimeUtc());
    SessionHarness harness;
    harness.setClock(&clock);
    QVERIFY(harness.startSim(liveOrg()));
    Session *session = harness.startSession(Protocol::Genesys);
    QVERIFY2(session, qPrintable(harness.lastError()));
    AgentDirectory *directory = session->directory();
    QTRY_COMPARE_WITH_TIMEOUT(directory->mode(), AgentDirectory::Mode::Push, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(everyRowPushedAndFresh(*directory), 10000);
    QCOMPARE(directory->polledCount(), 0);
    advanceInSteps(clock, 5 * 60 * 1000);
    QCOMPARE(directory->mode(), AgentDirectory::Mode::Push);
    QVERIFY(everyRowPushedAndFresh(*directory));
    // The channel goes down: its rows may miss events, they are stale until read again.
    QVERIFY(harness.server()->closeAllSockets() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(directory->rows().constFirst().stale, 10000);
    QVERIFY(!directory->rows().constFirst().pushed);
    QVERIFY(advanceUntil(clock, [&] { return everyRowPushedAndFresh(*directory); }));
    QCOMPARE(directory->mode(), AgentDirectory::Mode::Push);
}

// A client without routing:agent:view gets every activity topic rejected: the channel is live but no
// row is pushed; every row is polled by id, within the budget, and says so.
void TestAgentDirectory::rejectedRowsArePolledWithinTheBudget()
{
    SimConfig config = liveOrg();
    config.clients = {presenceOnlyClient()};
    SessionHarness harness;
    QVERIFY(harness.startSim(config));
    Profile profile = harness.profile(Protocol::Genesys);
    profile.clientId = presenceOnlyClient().id;
    profile.clientSecret = presenceOnlyClient().secret;
    Session *session = harness.startSession(profile);
    QVERIFY2(session, qPrintable(harness.lastError()));
    ManualClock clock(QDateTime::currentDateTimeUtc());
    const std::unique_ptr<AgentDirectory> owned = ownDirectory(session, &clock);
    AgentDirectory *directory = owned.get();
    QTRY_VERIFY_WITH_TIMEOUT(directory->isLoaded(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(directory->channel()->state(), NotificationChannel::State::Live, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(directory->channel()->rejectedCount(), directory->size(), 10000);
    QCOMPARE(directory->channel()->missingPermissions(), QStringList {QStringLiteral("routing:agent:view")});
    QCOMPARE(directory->polledCount(), directory->size());
    QCOMPARE(directory->pollPeriodMs(), 15000); // one read of 25 ids: the shortest period does
    for (const Agent &row : directory->rows()) {
        QVERIFY(!row.pushed);
        QCOMPARE(row.pollSeconds, 15);
    }

    const QString agentId = harness.server()->organisation()->activeAgentAt(3);
    const QString next = moveAgent(harness, agentId);
    QVERIFY(!next.isEmpty());
    harness.server()->resetCounters();
    clock.advance(15000);
    QTRY_COMPARE_WITH_TIMEOUT(directory->agent(agentId)->status, next, 10000);
    QCOMPARE(harness.server()->requestsServed(), qint64(1)); // one read by id of the 25 rows
}

// 25,000 agents: 20 channels of 1,000 topics carry 20,000; the other 5,000 are polled, 100 reads by id
// a period that keeps them within half of the reads' share (15 s at 1,200 a minute: 400 reads a
// minute for polling). No row is frozen unmarked: each is pushed or polled.
void TestAgentDirectory::rowsBeyondTheChannelCapArePolled()
{
    SimConfig config;
    config.agents = 25000;
    config.seed = 7;
    config.rateLimitPerMinute = 100000; // the simulator's; the client keeps to its own 300
    SessionHarness harness;
    QVERIFY(harness.startSim(config));
    Profile profile = harness.profile(Protocol::Genesys);
    profile.rateLimitPerMinute = 1200; // the load of 250 pages within a minute
    Session *session = harness.startSession(profile);
    QVERIFY2(session, qPrintable(harness.lastError()));
    AgentDirectory *directory = session->directory();
    QTRY_VERIFY_WITH_TIMEOUT(directory->isLoaded(), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(directory->mode(), AgentDirectory::Mode::Push, 60000);
    QCOMPARE(directory->channel()->channelCount(), NotificationChannel::kChannelsLimit);
    QTRY_COMPARE_WITH_TIMEOUT(directory->polledCount(), directory->size() - 20000, 60000);
    QCOMPARE(directory->pollPeriodMs(), 15000);
    int pushed = 0;
    int polled = 0;
    for (const Agent &row : directory->rows()) {
        if (row.pushed)
            ++pushed;
        else if (row.pollSeconds == 15)
            ++polled;
    }
    QCOMPARE(pushed, 20000);
    QCOMPARE(polled, directory->size() - 20000);
    QVERIFY(directory->channel()->usersWithoutPush().size() == polled);
}

// The simulator goes away and comes back (a restart: its channels and tokens are gone); agents changed
// meanwhile are read again without the lead asking, and rows are stale while the server is away.
void TestAgentDirectory::outageIsFollowedByAReread()
{
    SessionHarness harness;
    QVERIFY(harness.startSim(liveOrg()));
    Session *session = harness.startSession(Protocol::Genesys);
    QVERIFY2(session, qPrintable(harness.lastError()));
    AgentDirectory *directory = session->directory();
    directory->channel()->setReconnectDelayMs(50, 500);
    QTRY_COMPARE_WITH_TIMEOUT(directory->mode(), AgentDirectory::Mode::Push, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(everyRowPushedAndFresh(*directory), 10000);
    const quint16 port = harness.server()->port();
    harness.sim().stop();
    QTRY_VERIFY_WITH_TIMEOUT(directory->rows().constFirst().stale, 10000);

    QVERIFY(!harness.sim().start(liveOrg(), nullptr, port).isEmpty());
    const QString agentId = harness.server()->organisation()->activeAgentAt(6);
    QVERIFY(directory->agent(agentId));
    const QString next = moveAgent(harness, agentId); // changed before the client is back
    QVERIFY(!next.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(directory->mode(), AgentDirectory::Mode::Push, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(directory->agent(agentId)->status, next, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(everyRowPushedAndFresh(*directory), 10000);
}

// A change between the listing and the first subscription sends no event: the rows of the first
// subscriptions are read again a minute later, when the load's requests have left the server's minute;
// not sooner, and then in one listing.
void TestAgentDirectory::aChangeBeforeTheFirstSubscriptionShowsWithinAMinute()
{
    ManualClock clock(QDateTime::currentDateTimeUtc());
    SessionHarness harness;
    harness.setClock(&clock);
    QVERIFY(harness.startSim(liveOrg()));
    Session *session = harness.startSession(Protocol::Genesys);
    QVERIFY2(session, qPrintable(harness.lastError()));
    session->directory()->stop();
    const QString agentId = harness.server()->organisation()->activeAgentAt(4);
    AgentDirectory directory(session->gateway(), &clock);
    QString next;
    connect(&directory, &AgentDirectory::loadFinished, this, [&] {
        if (next.isEmpty())
            next = moveAgent(harness, agentId); // listed, not yet subscribed
    });
    directory.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(directory.mode(), AgentDirectory::Mode::Push, 10000);
    QVERIFY(!next.isEmpty());
    QVERIFY(directory.agent(agentId)->status != next);
    harness.server()->resetCounters();
    advanceInSteps(clock, 55 * 1000);
    QCOMPARE(harness.server()->requestsServed(), 0);
    QVERIFY(directory.agent(agentId)->status != next);
    QVERIFY(advanceUntil(
        clock, [&] { return directory.agent(agentId)->status == next; }, 10000));
    QCOMPARE(harness.server()->requestsServed(), 1); // 25 agents: one listing page
    QCOMPARE(directory.mode(), AgentDirectory::Mode::Push);
}

// No push on a 10,000-agent roster: the rows are polled within half of the reads' share of 300 a
// minute. The listing (500 a page, 20 requests) costs fewer than reads by id (100 a read, 100), and
// five listings would fit the 100 requests a minute allows, so the period is the floor of 15 s: four
// listings, 80 requests a minute, never more than 100, and writes keep their third. (Before, pages of
// 100 every 15 s: 400 a minute.)
void TestAgentDirectory::deadChannelPollingStaysInsideTheBudget()
{
    ManualClock clock(QDateTime::currentDateTimeUtc());
    SimConfig config;
    config.agents = 10000;
    config.seed = 8;
    config.rateLimitPerMinute = 100000;
    SessionHarness harness;
    harness.setClock(&clock);
    QVERIFY(harness.startSim(config));
    Session *session = harness.startSession(Protocol::Genesys);
    QVERIFY2(session, qPrintable(harness.lastError()));
    AgentDirectory *directory = session->directory();
    QTRY_VERIFY_WITH_TIMEOUT(directory->isLoaded(), 60000);
    directory->setPushEnabled(false);
    QCOMPARE(directory->mode(), AgentDirectory::Mode::Polling);
    QCOMPARE(directory->polledCount(), directory->size());
    QCOMPARE(directory->pollPeriodMs(), 15000);
    QTest::qWait(500);
    for (int minute = 0; minute < 3; ++minute) {
        harness.server()->resetCounters();
        advanceInSteps(clock, 60000, 1000);
        QTRY_VERIFY_WITH_TIMEOUT(harness.server()->requestsServed() >= 20, 20000); // a listing at least
        QTest::qWait(300);
        QVERIFY2(
            harness.server()->requestsServed() <= 100, qPrintable(QString::number(harness.server()->requestsServed())));
    }
}

QTEST_GUILESS_MAIN(TestAgentDirectory)
#include "tst_agentdirectory.moc"
