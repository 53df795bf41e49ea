// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk status changes against the in-process simulator (real HTTP, 20-60 ms latency per request, a
// server rate limit): N agents changed by one BulkChange, paced by the client's limiter, against a
// baseline of the same N changes made one after another, measured in the same run. Prints throughput,
// 429 counts and the ratio; never fails on speed. Then the validation of one change for each of 2,000
// agents of a 10,000-agent roster (what a bulk change does) with the directory's kept counts, against
// a baseline that walks the roster to count the team for every change, as it was done before.
#include "api/ApiClient.h"
#include "api/StatusGateway.h"
#include "core/TransitionRules.h"
#include "harness/BenchFigure.h"
#include "service/AgentDirectory.h"
#include "service/BulkChange.h"
#include "service/Session.h"
#include "service/StatusChangeService.h"
#include "sim/SimOrganisation.h"
#include "sim/SimServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

const int kAgents = BenchFigure::size(150, 10);
constexpr int kServerLimitPerMinute = 3000;
constexpr int kClientLimitPerMinute = 2400;
const int kRosterAgents = BenchFigure::size(10000, 300);
const int kValidations = BenchFigure::size(2000, 100); // of the roster's agents: the walking baseline is slow

struct Figures
{
    int changes = 0;
    int applied = 0;
    int tooMany = 0; // 429 answers
    double seconds = 0;
    double perSecond() const { return seconds > 0 ? applied / seconds : 0; }
};

// Waits on a local event loop until `done` says so (a benchmark, not library code).
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

class Run
{
public:
    bool start(int agents = kAgents * 2 + 10)
    {
        SimConfig config;
        config.agents = agents;
        config.seed = 17;
        config.rateLimitPerMinute = kServerLimitPerMinute;
        config.latencyMinMs = 20;
        config.latencyMaxMs = 60;
        m_sim = std::make_unique<SimServer>(config);
        if (!m_sim->listen(0) || !m_dir.isValid())
            return false;
        SimOrganisation *org = m_sim->organisation();
        for (const SimAgent &agent : org->users()) {
            if (agent.state != QLatin1String("active") || agent.department == QLatin1String("Management"))
                continue;
            if (m_ids.size() < kAgents
                && org->setStatus(agent.id, QStringLiteral("Meeting"), QStringLiteral("Coaching"), QString(),
                          org->competitorId())
                       .isEmpty())
                m_ids.append(agent.id);
        }
        Profile profile;
        profile.apiBase = m_sim->baseUrl();
        profile.clientId = QStringLiteral("statusdesk-demo");
        profile.clientSecret = QStringLiteral("statusdesk-demo-secret");
        profile.auditLocation = m_dir.filePath(QStringLiteral("audit.sqlite"));
        profile.rateLimitPerMinute = kClientLimitPerMinute;
        m_session = std::make_unique<Session>(profile);
        m_session->setLiveUpdates(false);
        bool ready = false;
        bool failed = false;
        QObject::connect(m_session.get(), &Session::ready, m_session.get(), [&ready] { ready = true; });
        QObject::connect(m_session.get(), &Session::failed, m_session.get(), [&failed] { failed = true; });
        QObject::connect(m_session->api(), &ApiClient::requestFinished, m_session.get(),
            [this](const QByteArray &, const QString &, int status, qint64) {
                if (status == 429)
                    ++m_tooMany;
            });
        m_session->start();
        return waitFor([&] { return ready || failed; }, 30000) && ready;
    }

    QVector<StatusChange> changes() const
    {
        QVector<StatusChange> list;
        for (const QString &id : m_ids) {
            StatusChange change;
            change.agentId = id;
            change.toStatus = QStringLiteral("Available");
            list.append(change);
        }
        return list;
    }

    Figures bulk()
    {
        Figures figures;
        BulkChange bulk(m_session->changes());
        bool done = false;
        QObject::connect(&bulk, &BulkChange::finished, &bulk, [&](const BulkSummary &summary) {
            figures.applied = summary.applied;
            done = true;
        });
        const QVector<StatusChange> list = changes();
        figures.changes = int(list.size());
        m_tooMany = 0;
        QElapsedTimer clock;
        clock.start();
        bulk.start(list);
        waitFor([&done] { return done; }, 600000);
        figures.seconds = double(clock.elapsed()) / 1000.0;
        figures.tooMany = m_tooMany;
        return figures;
    }

    Figures oneByOne()
    {
        Figures figures;
        StatusChangeService *service = m_session->changes();
        const QVector<StatusChange> list = changes();
        figures.changes = int(list.size());
        m_tooMany = 0;
        QElapsedTimer clock;
        clock.start();
        for (const StatusChange &change : list) {
            bool done = false;
            const QString id = service->change(change);
            const QMetaObject::Connection connection
                = QObject::connect(service, &StatusChangeService::finished, service, [&](const ChangeResult &result) {
                      if (result.changeId != id)
                          return;
                      figures.applied += result.succeeded() ? 1 : 0;
                      done = true;
                  });
            waitFor([&done] { return done; }, 60000);
            QObject::disconnect(connection);
        }
        figures.seconds = double(clock.elapsed()) / 1000.0;
        figures.tooMany = m_tooMany;
        return figures;
    }

    // Validates one change to Break for each of the first kValidations agents; walkRoster: count the team by walking
    // every row for each change (the baseline) instead of asking the directory's kept counts.
    double validateEverybody(bool walkRoster, int *refused) const
    {
        AgentDirectory *directory = m_session->directory();
        // Agents already on a break are left out: a bulk change does not refuse them (they are
        // unchanged), while the rules alone would.
        QVector<Agent> roster;
        for (const Agent &agent : directory->agents()) {
            if (agent.status != QLatin1String("Break") && roster.size() < kValidations)
                roster.append(agent);
        }
        *refused = 0;
        QElapsedTimer clock;
        clock.start();
        for (const Agent &agent : roster) {
            StatusChange change;
            change.agentId = agent.id;
            change.team = agent.team;
            change.fromStatus = agent.status;
            change.toStatus = QStringLiteral("Break");
            change.reason = QStringLiteral("Coffee");
            RuleViolations violations;
            if (walkRoster) {
                QHash<QString, int> counts;
                for (const Agent &row : directory->agents()) {
                    if (row.team == agent.team)
                        counts[row.status] += 1;
                }
                violations = m_session->rules().validate(change, counts, &m_session->gateway()->catalogue());
            } else {
                violations = m_session->changes()->validate(change);
            }
            *refused += violations.isEmpty() ? 0 : 1;
        }
        return double(clock.nsecsElapsed()) / 1e9;
    }

    int rosterSize() const { return m_session->directory()->size(); }

private:
    std::unique_ptr<SimServer> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    QStringList m_ids;
    int m_tooMany = 0;
};

void print(const char *label, const Figures &figures)
{
    BenchFigure::note(QStringLiteral("%1: %2/%3 applied in %4 s = %5 changes/s, 429 answers: %6")
                          .arg(QLatin1String(label))
                          .arg(figures.applied)
                          .arg(figures.changes)
                          .arg(figures.seconds, 0, 'f', 2)
                          .arg(figures.perSecond(), 0, 'f', 1)
                          .arg(figures.tooMany));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    BenchFigure::note(QStringLiteral("%1 agents, Meeting -> Available, Genesys protocol, simulator latency 20-60 ms, "
                                     "server limit %2/min, client limit %3/min")
                          .arg(kAgents)
                          .arg(kServerLimitPerMinute)
                          .arg(kClientLimitPerMinute));

    Run baselineRun;
    Run bulkRun; // a fresh simulator each, so that one run's rate window does not weigh on the other
    if (!baselineRun.start() || !bulkRun.start()) {
        std::fprintf(stderr, "bench_service: the simulator or the session did not start\n");
        return 1;
    }
    const Figures single = baselineRun.oneByOne();
    print("one by one (baseline)", single);
    const Figures bulk = bulkRun.bulk();
    print("bulk change", bulk);

    Run rosterRun;
    if (!rosterRun.start(kRosterAgents)) {
        std::fprintf(stderr, "bench_service: the roster session did not start\n");
        return 1;
    }
    int refusedWalking = 0;
    int refusedKept = 0;
    const double walking = rosterRun.validateEverybody(true, &refusedWalking);
    const double kept = rosterRun.validateEverybody(false, &refusedKept);
    BenchFigure::note(QStringLiteral("validation of %1 changes against a roster of %2 agents")
                          .arg(kValidations)
                          .arg(rosterRun.rosterSize()));
    BenchFigure::add(QStringLiteral("service_bulk_changes"), bulk.perSecond(), QStringLiteral("/s"), single.perSecond(),
        QStringLiteral("one_by_one"));
    BenchFigure::add(QStringLiteral("service_validate_bulk"), kept * 1000, QStringLiteral("ms"), walking * 1000,
        QStringLiteral("walking_the_roster"));
    BenchFigure::printAll();
    const bool sameVerdicts = refusedWalking == refusedKept;
    if (!sameVerdicts)
        std::fprintf(stderr, "bench_service: the two validations disagree (%d vs %d)\n", refusedWalking, refusedKept);
    return bulk.applied == bulk.changes && single.applied == single.changes && sameVerdicts ? 0 : 1;
}
