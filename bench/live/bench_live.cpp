// SPDX-License-Identifier: GPL-3.0-or-later
// Live updates under load: the console's own MainWindow (offscreen) holds 10,000 agents in its model and
// proxy while the competing supervisor changes 500 agents a second on the simulator (its own thread, real
// WebSocket push). For each change the benchmark knows when the simulator made it:
//   live_p99      event-to-model latency p99: the simulator's change to the model row showing it (after the
//                 proxy has taken it), against the same events' socket-receive latency: a bare WebSocket
//                 client in a thread of its own, subscribed to the same agents (the floor), and the
//                 console's own notification channel handing the parsed event over (on the UI thread)
//   ui_stall_max  the largest lateness of a 5 ms timer on the UI thread during that run, against the same
//                 timer on an idle event loop
#include "api/ApiClient.h"
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
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>

namespace {

constexpr int kStallTimerMs = 5;
constexpr int kTopicsPerChannel = 1000;
constexpr int kQuietMs = 2000;
const QString kSecret = QStringLiteral("statusdesk-demo-secret");
// The floor's own OAuth client, so that its channels do not count against the console's 20.
const QString kWatcherId = QStringLiteral("bench-watcher");
const QString kWatcherSecret = QStringLiteral("bench-watcher-secret");

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
        bool watched = false;
    };
    void record(const QString &id, const QString &status)
    {
        QMutexLocker lock(&m_mutex);
        m_changes.insert(id, Change {nowNs(), status, false, false, false});
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

// The floor of socket-receive latency: a bare WebSocket client on its own thread, subscribed to the
// presence topics of the same agents, that only parses what it needs.
class SocketWatcher : public QObject
{
public:
    SocketWatcher(const QUrl &base, ChangeLog *log)
        : m_base(base)
        , m_log(log)
    {
    }
    // In the watcher's thread: signs in, opens a channel per 1000 agents, subscribes and connects.
    bool start(const QStringList &ids)
    {
        const QByteArray basic = (kWatcherId + QLatin1Char(':') + kWatcherSecret).toUtf8().toBase64();
        const QJsonObject token = call("POST", QStringLiteral("/oauth/token"), "grant_type=client_credentials",
            "application/x-www-form-urlencoded", "Basic " + basic);
        m_bearer = "Bearer " + token.value(QStringLiteral("access_token")).toString().toUtf8();
        for (qsizetype first = 0; first < ids.size(); first += kTopicsPerChannel) {
            const QJsonObject channel = call("POST", QStringLiteral("/api/v2/notifications/channels"), "{}");
            const QString id = channel.value(QStringLiteral("id")).toString();
            QJsonArray topics;
            for (const QString &user : ids.mid(first, kTopicsPerChannel))
                topics.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("v2.users.%1.presence").arg(user)}});
            call("PUT", QStringLiteral("/api/v2/notifications/channels/%1/subscriptions").arg(id),
                QJsonDocument(topics).toJson(QJsonDocument::Compact));
            auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
            connect(socket, &QWebSocket::textMessageReceived, this, &SocketWatcher::onMessage);
            QEventLoop loop;
            connect(socket, &QWebSocket::connected, &loop, &QEventLoop::quit);
            QTimer::singleShot(10000, &loop, &QEventLoop::quit);
            socket->open(QUrl(channel.value(QStringLiteral("connectUri")).toString()));
            loop.exec();
            if (socket->state() != QAbstractSocket::ConnectedState)
                return false;
        }
        return true;
    }
    QList<double> latencies() const
    {
        QMutexLocker lock(&m_mutex);
        return m_latencies;
    }

private:
    QJsonObject call(const QByteArray &method, const QString &path, const QByteArray &body,
        const QByteArray &type = "application/json", const QByteArray &authorization = QByteArray())
    {
        QNetworkRequest request(m_base.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, type);
        request.setRawHeader("Authorization", authorization.isEmpty() ? m_bearer : authorization);
        request.setTransferTimeout(30000);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }
    void onMessage(const QString &text)
    {
        const QJsonObject event = QJsonDocument::fromJson(text.toUtf8()).object();
        const QStringList topic = event.value(QStringLiteral("topicName")).toString().split(QLatin1Char('.'));
        if (topic.size() != 4 || topic.at(3) != QLatin1String("presence"))
            return;
        const QString status = event.value(QStringLiteral("eventBody"))
                                   .toObject()
                                   .value(QStringLiteral("presenceDefinition"))
                                   .toObject()
                                   .value(QStringLiteral("systemPresence"))
                                   .toString();
        const double ms
            = m_log->sighted(topic.at(2), StatusCatalogue::canonicalKey(status), &ChangeLog::Change::watched);
        if (ms >= 0) {
            QMutexLocker lock(&m_mutex);
            m_latencies << ms;
        }
    }

    QUrl m_base;
    ChangeLog *m_log;
    QNetworkAccessManager m_nam {this};
    QByteArray m_bearer;
    mutable QMutex m_mutex;
    QList<double> m_latencies;
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
        config.clients
            = {SimClient {QStringLiteral("statusdesk-demo"), kSecret, {}}, SimClient {kWatcherId, kWatcherSecret, {}}};
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
        window.setAskScopeOnSignIn(false); // the whole organisation is what this loads
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
            // The floor's client, in a thread of its own.
            QThread watcherThread;
            watcherThread.start();
            auto *watcher = new SocketWatcher(server->baseUrl(), &log);
            watcher->moveToThread(&watcherThread);
            QStringList ids;
            for (const Agent &agent : window.session()->directory()->rows())
                ids << agent.id;
            bool watching = false;
            QSemaphore watcherReady;
            QMetaObject::invokeMethod(watcher, [&] {
                watching = watcher->start(ids);
                watcherReady.release();
            });
            while (!watcherReady.tryAcquire())
                spin(10);
            if (!watching)
                std::fprintf(stderr, "bench_live: the bare WebSocket client did not connect\n");
            // Steady state: the re-reads that follow the channels going live (a gap each) are done when
            // the console has sent nothing for a while.
            QElapsedTimer quiet;
            quiet.start();
            QObject::connect(
                window.session()->api(), &ApiClient::requestFinished, &window, [&quiet] { quiet.restart(); });
            waitFor([&quiet] { return quiet.elapsed() > kQuietMs; }, 120000);
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

            const QList<double> watched = watcher->latencies();
            QMetaObject::invokeMethod(
                watcher, [watcher] { delete watcher; }, Qt::BlockingQueuedConnection);
            watcherThread.quit();
            watcherThread.wait();
            const double p99Model = percentile(modelled, 0.99);
            const double p99Socket = percentile(received, 0.99);
            const double p99Floor = percentile(watched, 0.99);
            BenchFigure::note(QStringLiteral("%1 agents, competitor at %2/min for %3 s: %4 changes, %5 received, "
                                             "%6 in the model, %9 seen by the bare client; median %7 ms "
                                             "(console's channel %8 ms, bare client %10 ms)")
                                  .arg(agents)
                                  .arg(perMinute)
                                  .arg(runMs / 1000.0)
                                  .arg(log.count())
                                  .arg(received.size())
                                  .arg(modelled.size())
                                  .arg(percentile(modelled, 0.5), 0, 'f', 2)
                                  .arg(percentile(received, 0.5), 0, 'f', 2)
                                  .arg(watched.size())
                                  .arg(percentile(watched, 0.5), 0, 'f', 2));
            BenchFigure::add(QStringLiteral("live_p99"), p99Model, QStringLiteral("ms"), p99Floor,
                QStringLiteral("socket_receive_p99_own_thread"));
            BenchFigure::add(QStringLiteral("live_p99"), p99Model, QStringLiteral("ms"), p99Socket,
                QStringLiteral("socket_receive_p99_console_channel"));
            BenchFigure::add(QStringLiteral("ui_stall_max"), busyStall, QStringLiteral("ms"), idleStall,
                QStringLiteral("idle_event_loop"));
            BenchFigure::printAll();
            result = modelled.isEmpty() || !watching ? 1 : 0;
        }
        window.signOut();
    }
    stopServer();
    return result;
}
