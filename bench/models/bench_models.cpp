// SPDX-License-Identifier: GPL-3.0-or-later
// Roster smoothness: hands an AgentDirectory a roster of N agents, shows it through AgentTableModel and
// times what a lead does with the proxy (type in the filter, pick a team or status, sort a column, live
// updates), for 10,000 agents against a 1,000-agent baseline measured in the same run. Prints figures
// and the ratio (linear scaling would be 10); never fails on speed.
#include "api/ApiClient.h"
#include "api/ClientCredentialsTokenProvider.h"
#include "api/GenesysGateway.h"
#include "core/ManualClock.h"
#include "harness/BenchFigure.h"
#include "models/AgentFilterProxyModel.h"
#include "models/AgentTableModel.h"
#include "service/AgentDirectory.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <functional>
#include <vector>

namespace {

const QStringList kStatuses = {QStringLiteral("Available"), QStringLiteral("OnQueue"), QStringLiteral("Break"),
    QStringLiteral("Meal"), QStringLiteral("Away"), QStringLiteral("Busy"), QStringLiteral("Meeting"),
    QStringLiteral("Training"), QStringLiteral("Offline")};
const QStringList kFirst = {QStringLiteral("Ana"), QStringLiteral("Zoë"), QStringLiteral("Łukasz"),
    QStringLiteral("Ben"), QStringLiteral("Mei"), QStringLiteral("Olu"), QStringLiteral("Priya"),
    QStringLiteral("Sven"), QStringLiteral("Inès")};
const QStringList kLast = {QStringLiteral("Souza"), QStringLiteral("Müller"), QStringLiteral("Nowak"),
    QStringLiteral("Okafor"), QStringLiteral("Chen"), QStringLiteral("Haddad"), QStringLiteral("Rao"),
    QStringLiteral("Berg"), QStringLiteral("Dubois")};

AgentList makeAgents(int count, const QDateTime &now)
{
    AgentList agents;
    agents.reserve(count);
    for (int i = 0; i < count; ++i) {
        Agent a;
        a.id = QStringLiteral("agent-%1").arg(i);
        a.name = kFirst.at(i % kFirst.size()) + QLatin1Char(' ') + kLast.at((i / 7) % kLast.size())
            + QStringLiteral(" %1").arg(i);
        a.team = QStringLiteral("Team %1").arg(i % 25);
        a.email = a.id + QStringLiteral("@example.org");
        a.status = kStatuses.at((i * 7) % kStatuses.size());
        a.routingStatus = QStringLiteral("IDLE");
        a.statusSince = now.addSecs(-((i * 37) % 7200));
        a.lastConfirmed = now;
        agents.append(a);
    }
    return agents;
}

// Median of several runs, in milliseconds.
double timeIt(const std::function<void()> &step)
{
    const int runs = BenchFigure::size(5, 1);
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        step();
        samples.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

struct Figures
{
    double load = 0;
    double textFilter = 0;
    double teamFilter = 0;
    double statusFilter = 0;
    double sortName = 0;
    double sortTime = 0;
    double updates = 0;
    double tick = 0;
};

// A directory on a real gateway that is never asked: the benchmark hands it the roster as loaded, and
// time moves only when the benchmark says (the clock tick below).
struct Roster
{
    const Region region = Region::fromBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
    ClientCredentialsTokenProvider tokens {region, QStringLiteral("bench"), QStringLiteral("bench")};
    ApiClient client {region, &tokens};
    GenesysGateway gateway {&client};
    ManualClock clock {QDateTime::currentDateTimeUtc()};
    AgentDirectory directory {&gateway, &clock};
};

Figures measure(int count)
{
    Roster roster;
    AgentDirectory &directory = roster.directory;
    const AgentList agents = makeAgents(count, roster.clock.now());
    AgentTableModel model;
    model.setDirectory(&directory);
    AgentFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    Figures f;
    f.load = timeIt([&] { directory.applyRoster(agents); });
    proxy.sort(AgentTableModel::Name);
    // Typing "chen 1" one key at a time, then clearing it.
    const QString typed = QStringLiteral("chen 1");
    f.textFilter = timeIt([&] {
        for (int i = 1; i <= typed.size(); ++i)
            proxy.setText(typed.left(i));
        proxy.setText(QString());
    });
    f.teamFilter = timeIt([&] {
        proxy.setTeam(QStringLiteral("Team 7"));
        proxy.setTeam(QString());
    });
    f.statusFilter = timeIt([&] {
        proxy.setStatus(QStringLiteral("Break"));
        proxy.setStatus(QString());
    });
    f.sortName = timeIt([&] {
        proxy.sort(AgentTableModel::Name, Qt::DescendingOrder);
        proxy.sort(AgentTableModel::Name, Qt::AscendingOrder);
    });
    f.sortTime = timeIt([&] {
        proxy.sort(AgentTableModel::TimeInStatus, Qt::DescendingOrder);
        proxy.sort(AgentTableModel::TimeInStatus, Qt::AscendingOrder);
    });
    // 200 live updates through a proxy sorted by status (each may move a row), taken by the directory
    // as the server confirmed them.
    proxy.sort(AgentTableModel::Presence);
    int round = 0;
    f.updates = timeIt([&] {
        for (int i = 0; i < 200; ++i) {
            Agent a = directory.at((i * 97) % count);
            a.status = kStatuses.at((i + round) % kStatuses.size());
            directory.applyConfirmed(a);
        }
        ++round;
    });
    // The once-a-second clock of the time-in-status column, sorted by that column.
    proxy.sort(AgentTableModel::TimeInStatus);
    f.tick = timeIt([&] { roster.clock.advance(1000); });
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int small = BenchFigure::size(1000, 100);
    const int large = BenchFigure::size(10000, 1000);
    const Figures base = measure(small);
    const Figures big = measure(large);
    BenchFigure::note(QStringLiteral("AgentTableModel + AgentFilterProxyModel, %1 agents against %2, median of %3 runs")
                          .arg(large)
                          .arg(small)
                          .arg(BenchFigure::size(5, 1)));
    const QString suffix = BenchFigure::tiny() ? QStringLiteral("_tiny") : QStringLiteral("_10k");
    const QString baseSuffix = BenchFigure::tiny() ? QStringLiteral("_tiny_base") : QStringLiteral("_1k");
    const auto figure = [&](const char *name, double smallMs, double largeMs) {
        BenchFigure::add(
            QLatin1String(name) + suffix, largeMs, QStringLiteral("ms"), smallMs, QLatin1String(name) + baseSuffix);
    };
    figure("models_load", base.load, big.load); // AgentDirectory::applyRoster
    figure("models_text_filter", base.textFilter, big.textFilter); // type a 6-key filter, then clear
    figure("models_team_filter", base.teamFilter, big.teamFilter); // on and off
    figure("models_status_filter", base.statusFilter, big.statusFilter); // on and off
    figure("models_sort_name", base.sortName, big.sortName); // descending, ascending
    figure("models_sort_time", base.sortTime, big.sortTime); // time in status, descending, ascending
    figure("models_200_updates", base.updates, big.updates); // sorted by status
    figure("models_clock_tick", base.tick, big.tick); // sorted by time in status
    BenchFigure::printAll();
    return 0;
}
