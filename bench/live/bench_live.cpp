// SPDX-License-Identifier: GPL-3.0-or-later
// Live updates under load: the console's own MainWindow (offscreen) holds 10,000 agents in its model and
// proxy while the competing supervisor changes 500 agents a second on the simulator (its own thread, real
// WebSocket push). For each change the benchmark knows when the simulator made it:
//   live_p99      event-to-model latency p99: the simulator's change to the model row showing it (after the
//                 proxy has taken it), against the same events' socket-receive latency (the notification
//                 channel handing the parsed event over)
//   ui_stall_max  the largest lateness of a 5 ms timer on the UI thread during that run, against the same
//                 timer on an idle event loop
#include "api/NotificationChannel.h"
#include "core/StatusCatalogue.h"
#include "desktop/AppSettings.h"
#include "desktop/MainWindow.h"
#include "desktop/SecretStore.h"
#include "harness/BenchFigure.h"
#include "models/AgentTableModel.h"
#include "service/AgentDirectory.h"
#include "service/Session.h"
#include "sim/SimOrganisation.h"
#include "sim/SimPresenceDefinition.h"
#include "sim/SimServer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QMutex>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>

namespace {

constexpr int kStallTimerMs = 5;
const QString kSecret = QStringLiteral("statusdesk-demo-secret");

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Runs the event loop for `ms` (a benchmark, not library code).
void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        spin(10);
    return done();
}

// The lateness of a 5 ms precise timer on this thread's event loop.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kStallTimerMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = nowNs();
            m_maxLateNs = std::max(m_maxLateNs, now - m_lastNs - qint64(kStallTimerMs) * 1000000);
            m_lastNs = now;
        });
    }
    void start()
    {
        m_maxLateNs = 0;
        m_lastNs = nowNs();
        m_timer.start();
    }
    double stopMs()
    {
        m_timer.stop();
        return double(m_maxLateNs) / 1e6;
    }

private:
    QTimer m_timer;
    qint64 m_lastNs = 0;
    qint64 m_maxLateNs = 0;
};

// When the simulator changed each agent, and to what; written by the server thread.
class ChangeLog
{
public:
    struct Change
    {
        qint64 atNs = 0;
        QString status; // canonical key
        bool received = false;
        bool modelled = false;
    };
    void record(const QString &id, const QString &status)
    {
        QMutexLocker lock(&m_mutex);
        m_changes.insert(id, Change {nowNs(), status, false, false});
        ++m_count;
    }
    // The latency in ms of the first sighting of the change to `status`; -1 when there is none to count.
    double sighted(const QString &id, const QString &status, bool Change::*seen)
    {
        const qint64 now = nowNs();
        QMutexLocker lock(&m_mutex);
        auto it = m_changes.find(id);
        if (it == m_changes.end() || (*it).*seen || it->status != status)
            return -1;
        (*it).*seen = true;
        return double(now - it->atNs) / 1e6;
    }
    int count() const
    {
        QMutexLocker lock(&m_mutex);
        return m_count;
    }

private:
    mutable QMutex m_mutex;
    QHash<QString, Change> m_changes;
    int m_count = 0;
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(double(values.size()) * p)));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int agents = BenchFigure::size(10000, 200);
    const double perMinute = BenchFigure::size(30000, 3000); // 500 a second; tiny: 50
    const int runMs = BenchFigure::size(10000, 1000);

    // The baseline first, before anything else lives on this loop.
    StallMeter stall;
    stall.start();
    spin(runMs);
    const double idleStall = stall.stopMs();

    // The simulator in a thread of its own, as it would be in its own process.
    QThread serverThread;
    QObject inServerThread;
    inServerThread.moveToThread(&serverThread);
    serverThread.start();
    SimServer *server = nullptr;
    QSemaphore ready;
    ChangeLog log;
    QMetaObject::invokeMethod(&inServerThread, [&] {
        SimConfig config;
        config.agents = agents;
        config.rateLimitPerMinute = 0;
        server = new SimServer(config);
        server->listen(0);
        SimOrganisation *org = server->organisation();
        QObject::connect(org, &SimOrganisation::agentChanged, org, [org, &log](const QString &id, bool presence, bool) {
            const SimAgent *agent = org->user(id);
            const SimPresenceDefinition *definition = agent ? org->definition(agent->presenceDefinitionId) : nullptr;
            if (presence && definition)
                log.record(id, StatusCatalogue::canonicalKey(definition->systemPresence));
        });
        ready.release();
    });
    ready.acquire();
    const auto stopServer = [&] {
        QMetaObject::invokeMethod(&inServerThread, [&] {
            delete server;
            inServerThread.moveToThread(QCoreApplication::instance()->thread());
            serverThread.quit();
        });
        serverThread.wait();
    };
    if (server->port() == 0) {
        std::fprintf(stderr, "bench_live: the simulator did not start\n");
        stopServer();
        return 1;
    }

    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")), nullptr);
    SecretStore secrets;
    int result = 1;
    {
        MainWindow window(&settings, &secrets);
        window.resize(1400, 900);
        window.show();
        AppSettings::StoredProfile stored = AppSettings::demoProfile(server->baseUrl());
        stored.profile.auditLocation = dir.filePath(QStringLiteral("audit.sqlite"));
        stored.profile.rateLimitPerMinute = 1000000; // the load is not what this measures
        bool sessionReady = false;
        QObject::connect(&window, &MainWindow::sessionReady, &window, [&sessionReady] { sessionReady = true; });
        window.startSession(stored, kSecret);
        const bool live = waitFor(
            [&] {
                return sessionReady && window.agentModel()->rowCount() == agents
                    && window.session()->directory()->mode() == AgentDirectory::Mode::Push
                    && window.session()->directory()->channel()
                    && window.session()->directory()->channel()->state() == NotificationChannel::State::Live;
            },
            120000);
        if (!live) {
            std::fprintf(stderr, "bench_live: the console did not go live with %d agents\n", agents);
        } else {
            spin(500); // let the last subscriptions settle
            QList<double> received;
            QList<double> modelled;
            QObject::connect(window.session()->directory()->channel(), &NotificationChannel::activity, &window,
                [&](const ActivityEvent &event) {
                    const double ms = log.sighted(event.userId, StatusCatalogue::canonicalKey(event.systemPresence),
                        &ChangeLog::Change::received);
                    if (ms >= 0)
                        received << ms;
                });
            AgentTableModel *model = window.agentModel();
            // Connected after the proxy's own connection: the proxy has taken the row when this runs.
            QObject::connect(model, &QAbstractItemModel::dataChanged, &window,
                [&](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    if (topLeft.row() != bottomRight.row() || topLeft.column() != 0)
                        return; // a tick or a column refresh, not one agent's change
                    const QModelIndex row = model->index(topLeft.row(), 0);
                    const double ms = log.sighted(row.data(AgentTableModel::AgentIdRole).toString(),
                        row.data(AgentTableModel::StatusKeyRole).toString(), &ChangeLog::Change::modelled);
                    if (ms >= 0)
                        modelled << ms;
                });

            QMetaObject::invokeMethod(&inServerThread, [&] { server->setCompetitorRate(perMinute); });
            stall.start();
            spin(runMs);
            const double busyStall = stall.stopMs();
            QMetaObject::invokeMethod(&inServerThread, [&] { server->setCompetitorRate(0); });
            spin(1000); // the last events in flight

            const double p99Model = percentile(modelled, 0.99);
            const double p99Socket = percentile(received, 0.99);
            BenchFigure::note(QStringLiteral("%1 agents, competitor at %2/min for %3 s: %4 changes, %5 received, "
                                             "%6 in the model; median %7 ms (socket %8 ms)")
                                  .arg(agents)
                                  .arg(perMinute)
                                  .arg(runMs / 1000.0)
                                  .arg(log.count())
                                  .arg(received.size())
                                  .arg(modelled.size())
                                  .arg(percentile(modelled, 0.5), 0, 'f', 2)
                                  .arg(percentile(received, 0.5), 0, 'f', 2));
            BenchFigure::add(QStringLiteral("live_p99"), p99Model, QStringLiteral("ms"), p99Socket,
                QStringLiteral("socket_receive_p99"));
            BenchFigure::add(QStringLiteral("ui_stall_max"), busyStall, QStringLiteral("ms"), idleStall,
                QStringLiteral("idle_event_loop"));
            BenchFigure::printAll();
            result = modelled.isEmpty() ? 1 : 0;
        }
        window.signOut();
    }
    stopServer();
    return result;
}
