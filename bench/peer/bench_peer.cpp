// SPDX-License-Identifier: GPL-3.0-or-later
// StatusDesk's CLI next to its peers, each a process timed from start to exit (its own sign-in and roster
// load included) against a statusdesk-sim process, request counts taken from the simulator's /sim/state:
//   roster_10k         statusdesk-cli agents list, 10,000 agents, against curl --parallel fetching the pages
//                      StatusDesk fetches with StatusDesk's concurrency, and against the SDK paging at 500
//   bulk_1000 (+ _requests, _429)
//                      statusdesk-cli bulk set --all Offline, 1,000 agents, simulator at 6,000/min, against
//                      the SDK with 8 workers, one PATCH each
//   bulk_1000_at_300   the same at Genesys' default 300/min, against the floor: the same job with pacing off
//                      against a simulator without a limit
// Never fails on speed; exits 1 when a client could not do its job.
#include "SdkPeer.h"
#include "harness/BenchFigure.h"
#include "harness/BenchProcess.h"
#include "harness/BenchSimProcess.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

namespace {

// What StatusDesk asks for today (the profile's users page size and parallel pages): curl fetches the
// same. Keep in step with Profile::usersPageSize and Profile::DefaultRosterParallel (lib/service/Profile.h).
constexpr int kStatusDeskPageSize = 500;
constexpr int kStatusDeskParallel = 4;
constexpr int kSdkPageSize = 500;
constexpr int kSdkWorkers = 8;
constexpr int kFastServerPerMinute = 6000;
constexpr int kGenesysDefaultPerMinute = 300;
constexpr int kNoClientPacing = 10000000; // requests a minute: the limiter never waits
const QString kTarget = QStringLiteral("Offline");
const QString kReason = QStringLiteral("EndOfShift"); // the transition rules want one for Offline

struct Run
{
    BenchProcess::Result process;
    qint64 requests = -1;
    qint64 tooMany = -1;
    double loadedSeconds = 0; // what the CLI said of its own roster load (STATUSDESK_BENCH_TIMING)
    bool ok = false;
};

bool g_failed = false;

void failed(const QString &what)
{
    std::fprintf(stderr, "bench_peer: %s\n", qPrintable(what));
    g_failed = true;
}

QStringList simArguments(int agents, int perMinute)
{
    return {QStringLiteral("--agents"), QString::number(agents), QStringLiteral("--rate-limit"),
        QString::number(perMinute)};
}

QStringList cliArguments(const BenchSimProcess &sim, const QString &auditDb)
{
    return {QStringLiteral("--api-base"), sim.baseUrl().toString(), QStringLiteral("--client-id"),
        BenchSimProcess::clientId(), QStringLiteral("--client-secret"), BenchSimProcess::clientSecret(),
        QStringLiteral("--audit-db"), auditDb};
}

void takeCounts(const BenchSimProcess &sim, Run *run)
{
    const QJsonObject state = sim.state();
    run->requests = qint64(state.value(QStringLiteral("requestsServed")).toDouble(-1));
    run->tooMany = qint64(state.value(QStringLiteral("answered429")).toDouble(-1));
}

QString describeRun(const QString &who, const Run &run)
{
    return QStringLiteral("%1: %2 s, exit %3, %4 requests, %5 answered 429")
        .arg(who)
        .arg(run.process.seconds, 0, 'f', 3)
        .arg(run.process.exitCode)
        .arg(run.requests)
        .arg(run.tooMany);
}

// ---- roster ----

Run rosterCli(const BenchSimProcess &sim, const QString &auditDb, int agents)
{
    Run run;
    sim.resetCounters();
    QStringList args = cliArguments(sim, auditDb);
    args << QStringLiteral("--json") << QStringLiteral("agents") << QStringLiteral("list");
    BenchProcess process(BenchProcess::sibling(QStringLiteral("statusdesk-cli")), args);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("STATUSDESK_BENCH_TIMING"), QStringLiteral("1"));
    process.setEnvironment(environment);
    run.process = process.run();
    takeCounts(sim, &run);
    const QRegularExpressionMatch loaded = QRegularExpression(QStringLiteral("roster loaded: \\d+ agents in (\\d+) ms"))
                                               .match(QString::fromUtf8(run.process.err));
    run.loadedSeconds = loaded.hasMatch() ? loaded.captured(1).toDouble() / 1000.0 : 0;
    const int listed = int(QJsonDocument::fromJson(run.process.out).array().size());
    run.ok = run.process.ok() && listed == agents;
    if (!run.ok)
        failed(BenchProcess::describe(
            QStringLiteral("statusdesk-cli agents list (%1 of %2 agents listed)").arg(listed).arg(agents),
            run.process));
    return run;
}

Run rosterCurl(const BenchSimProcess &sim, const QString &curl, int agents)
{
    Run run;
    const QString token = sim.fetchToken();
    sim.resetCounters();
    const int pages = (agents + kStatusDeskPageSize - 1) / kStatusDeskPageSize;
    QStringList args = {QStringLiteral("--silent"), QStringLiteral("--parallel"),
        QStringLiteral("--parallel-immediate"), QStringLiteral("--parallel-max"), QString::number(kStatusDeskParallel),
        QStringLiteral("--header"), QStringLiteral("Authorization: Bearer ") + token, QStringLiteral("--write-out"),
        QStringLiteral("%{http_code}\\n")};
    for (int page = 1; page <= pages; ++page) {
        args << sim.baseUrl()
                    .resolved(QUrl(
                        QStringLiteral("/api/v2/users?pageSize=%1&pageNumber=%2&expand=presence&expand=routingStatus"
                                       "&expand=team&state=active")
                            .arg(kStatusDeskPageSize)
                            .arg(page)))
                    .toString()
             << QStringLiteral("--output") << QStringLiteral("/dev/null");
    }
    run.process = BenchProcess(curl, args).run();
    takeCounts(sim, &run);
    run.ok = run.process.ok() && run.process.out.count("200\n") == pages;
    if (!run.ok)
        failed(BenchProcess::describe(QStringLiteral("curl"), run.process));
    return run;
}

Run rosterSdk(const BenchSimProcess &sim, const SdkPeer &sdk, int agents)
{
    Run run;
    sim.resetCounters();
    run.process = sdk.run(QStringLiteral("roster.js"),
        {QStringLiteral("base=") + sim.baseUrl().toString(), QStringLiteral("pageSize=%1").arg(kSdkPageSize)});
    takeCounts(sim, &run);
    const QJsonObject said = QJsonDocument::fromJson(run.process.out.trimmed()).object();
    run.ok = run.process.ok() && said.value(QStringLiteral("users")).toInt() == agents
        && said.value(QStringLiteral("withPresence")).toInt() == agents;
    if (!run.ok)
        failed(BenchProcess::describe(QStringLiteral("the SDK's roster.js"), run.process));
    return run;
}

void roster(const SdkPeer &sdk, const QString &folder)
{
    const int agents = BenchFigure::size(10000, 300);
    const QString name = BenchFigure::tiny() ? QStringLiteral("roster_tiny") : QStringLiteral("roster_10k");
    BenchSimProcess sim(simArguments(agents, 0));
    QString error;
    if (!sim.start(&error)) {
        failed(error);
        return;
    }
    BenchFigure::note(QStringLiteral("roster: %1 agents, simulator without a limit").arg(agents));
    const Run cli = rosterCli(sim, folder + QStringLiteral("/roster.sqlite"), agents);
    BenchFigure::note(describeRun(QStringLiteral("statusdesk-cli agents list"), cli));
    const QString curl = BenchProcess::onPath(QStringLiteral("curl"));
    Run floor;
    if (curl.isEmpty()) {
        BenchFigure::skip(QStringLiteral("curl_parallel"), QStringLiteral("curl is not installed"));
    } else {
        floor = rosterCurl(sim, curl, agents);
        BenchFigure::note(describeRun(
            QStringLiteral("curl --parallel-max %1, pages of %2").arg(kStatusDeskParallel).arg(kStatusDeskPageSize),
            floor));
    }
    Run peer;
    if (sdk.ready()) {
        peer = rosterSdk(sim, sdk, agents);
        BenchFigure::note(describeRun(QStringLiteral("SDK, pages of %1").arg(kSdkPageSize), peer));
    }
    BenchFigure::add(name, cli.process.seconds, QStringLiteral("s"), floor.ok ? floor.process.seconds : 0,
        QStringLiteral("curl_parallel"));
    BenchFigure::add(
        name, cli.process.seconds, QStringLiteral("s"), peer.ok ? peer.process.seconds : 0, QStringLiteral("sdk_500"));
    // The issue's own measure: from the first request (the sign-in) to a fully populated directory,
    // inside the process, against curl's whole run (which has its token already).
    BenchFigure::add(name + QStringLiteral("_first_request"), cli.loadedSeconds, QStringLiteral("s"),
        floor.ok ? floor.process.seconds : 0, QStringLiteral("curl_parallel"));
}

// ---- bulk ----

Run bulkCli(int agents, int serverPerMinute, const QStringList &extra, const QString &auditDb)
{
    Run run;
    BenchSimProcess sim(simArguments(agents, serverPerMinute));
    QString error;
    if (!sim.start(&error)) {
        failed(error);
        return run;
    }
    QStringList args = cliArguments(sim, auditDb) + extra;
    args << QStringLiteral("bulk") << QStringLiteral("set") << QStringLiteral("--all") << kTarget
         << QStringLiteral("--reason") << kReason;
    run.process = BenchProcess(BenchProcess::sibling(QStringLiteral("statusdesk-cli")), args).run(1800000);
    takeCounts(sim, &run);
    // 7: some agents were not changed (today: those already in the target count as refused).
    run.ok = run.process.started && run.process.finished && (run.process.exitCode == 0 || run.process.exitCode == 7);
    if (!run.ok)
        failed(BenchProcess::describe(QStringLiteral("statusdesk-cli bulk set"), run.process));
    return run;
}

Run bulkSdk(int agents, int serverPerMinute, const SdkPeer &sdk)
{
    Run run;
    BenchSimProcess sim(simArguments(agents, serverPerMinute));
    QString error;
    if (!sim.start(&error)) {
        failed(error);
        return run;
    }
    run.process = sdk.run(QStringLiteral("bulk.js"),
        {QStringLiteral("base=") + sim.baseUrl().toString(), QStringLiteral("target=") + kTarget,
            QStringLiteral("workers=%1").arg(kSdkWorkers), QStringLiteral("pageSize=%1").arg(kSdkPageSize)});
    takeCounts(sim, &run);
    run.ok = run.process.started && run.process.finished && (run.process.exitCode == 0 || run.process.exitCode == 7);
    if (!run.ok)
        failed(BenchProcess::describe(QStringLiteral("the SDK's bulk.js"), run.process));
    else
        BenchFigure::note(QStringLiteral("SDK bulk.js said %1").arg(QString::fromUtf8(run.process.out.trimmed())));
    return run;
}

void bulk(const SdkPeer &sdk, const QString &folder)
{
    const int agents = BenchFigure::size(1000, 12);
    const QString name = BenchFigure::tiny() ? QStringLiteral("bulk_tiny") : QStringLiteral("bulk_1000");
    BenchFigure::note(QStringLiteral("bulk: %1 agents to %2, simulator at %3/min")
                          .arg(agents)
                          .arg(kTarget)
                          .arg(kFastServerPerMinute));
    // The lead of an organisation whose limit was raised says so in the profile (--rate-limit): the
    // client then paces at the server's rate, not at Genesys' default.
    const Run cli
        = bulkCli(agents, kFastServerPerMinute, {QStringLiteral("--rate-limit"), QString::number(kFastServerPerMinute)},
            folder + QStringLiteral("/bulk.sqlite"));
    BenchFigure::note(describeRun(QStringLiteral("statusdesk-cli bulk set --all"), cli));
    Run peer;
    if (sdk.ready()) {
        peer = bulkSdk(agents, kFastServerPerMinute, sdk);
        BenchFigure::note(describeRun(QStringLiteral("SDK, %1 workers").arg(kSdkWorkers), peer));
    }
    BenchFigure::note(
        QStringLiteral("bulk: the same at %1/min, and with pacing off against a simulator without a limit")
            .arg(kGenesysDefaultPerMinute));
    const Run slow = bulkCli(agents, kGenesysDefaultPerMinute, {}, folder + QStringLiteral("/bulk300.sqlite"));
    BenchFigure::note(describeRun(QStringLiteral("statusdesk-cli at %1/min").arg(kGenesysDefaultPerMinute), slow));
    const Run floor = bulkCli(agents, 0, {QStringLiteral("--rate-limit"), QString::number(kNoClientPacing)},
        folder + QStringLiteral("/bulkfloor.sqlite"));
    BenchFigure::note(describeRun(QStringLiteral("statusdesk-cli, pacing off, no server limit"), floor));

    const bool withPeer = peer.ok;
    BenchFigure::add(name, cli.process.seconds, QStringLiteral("s"), withPeer ? peer.process.seconds : 0,
        QStringLiteral("sdk_8_workers"));
    BenchFigure::add(name + QStringLiteral("_requests"), double(cli.requests), QStringLiteral("requests"),
        withPeer ? double(peer.requests) : 0, QStringLiteral("sdk_8_workers"));
    BenchFigure::add(name + QStringLiteral("_429"), double(cli.tooMany), QStringLiteral("requests"),
        withPeer ? double(peer.tooMany) : 0, QStringLiteral("sdk_8_workers"));
    BenchFigure::add(name + QStringLiteral("_at_300"), slow.process.seconds, QStringLiteral("s"),
        floor.ok ? floor.process.seconds : 0, QStringLiteral("floor_no_limit"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir folder;
    if (!folder.isValid()) {
        failed(QStringLiteral("no temporary folder"));
        return 1;
    }
    SdkPeer sdk;
    QString why;
    if (BenchFigure::tiny())
        BenchFigure::skip(QStringLiteral("sdk baselines"), QStringLiteral("not run at the tiny size"));
    else if (!sdk.prepare(&why))
        BenchFigure::skip(QStringLiteral("sdk baselines"), why);
    roster(sdk, folder.path());
    bulk(sdk, folder.path());
    BenchFigure::printAll();
    return g_failed ? 1 : 0;
}
