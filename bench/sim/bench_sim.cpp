// SPDX-License-Identifier: GPL-3.0-or-later
// How fast the simulator serves the roster: a page of 500 users with presence and routing status expanded,
// from an organisation of 10,000 agents, alone and with 64 concurrent connections. The baseline, measured
// in the same run, is GET /api/v2/users/{id} (and, for the 64 connections, one connection's pace).
//   bench_sim [AGENTS]
#include "BenchHttpConnection.h"
#include "harness/BenchFigure.h"
#include "sim/SimOrganisation.h"
#include "sim/SimServer.h"

#include <QCoreApplication>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

struct Figures
{
    double median = 0;
    double p95 = 0;
    int count = 0;
};

Figures summarise(QList<double> values)
{
    Figures f;
    if (values.isEmpty())
        return f;
    std::sort(values.begin(), values.end());
    f.count = int(values.size());
    f.median = values.at(values.size() / 2);
    f.p95 = values.at(std::min<qsizetype>(values.size() - 1, qsizetype(double(values.size()) * 0.95)));
    return f;
}

// Runs `connections` connections that each send `perConnection` requests; returns all latencies.
QList<double> run(quint16 port, const QByteArray &token, int connections, int perConnection,
    const std::function<QByteArray(int)> &path, int *failures, qint64 *bytes = nullptr)
{
    QList<BenchHttpConnection *> all;
    int done = 0;
    QEventLoop loop;
    for (int c = 0; c < connections; ++c) {
        auto sent = std::make_shared<int>(0);
        auto *conn = new BenchHttpConnection(
            port, token,
            [sent, perConnection, path, c]() {
                return *sent < perConnection ? path(c * perConnection + (*sent)++) : QByteArray();
            },
            &loop);
        QObject::connect(conn, &BenchHttpConnection::finished, &loop, [&done, &loop, connections]() {
            if (++done == connections)
                loop.quit();
        });
        all.append(conn);
        conn->start();
    }
    loop.exec();
    QList<double> latencies;
    for (const BenchHttpConnection *conn : std::as_const(all)) {
        latencies += conn->latenciesMs();
        *failures += conn->failures();
        if (bytes)
            *bytes += conn->bytes();
    }
    return latencies;
}

QByteArray fetchToken(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return {};
    const QByteArray body = "grant_type=client_credentials";
    socket.write("POST /oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic "
        + QByteArray("statusdesk-demo:statusdesk-demo-secret").toBase64()
        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body);
    QByteArray answer;
    while (socket.waitForReadyRead(5000))
        answer += socket.readAll();
    const int start = int(answer.indexOf("\"access_token\":\"")) + 16;
    return answer.mid(start, answer.indexOf('"', start) - start);
}

void print(const char *what, const Figures &f)
{
    BenchFigure::note(QStringLiteral("%1: n=%2, median %3 ms, p95 %4 ms")
                          .arg(QLatin1String(what))
                          .arg(f.count)
                          .arg(f.median, 0, 'f', 2)
                          .arg(f.p95, 0, 'f', 2));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int agents = argc > 1 ? QByteArray(argv[1]).toInt() : BenchFigure::size(10000, 600);
    const int repeats = BenchFigure::size(20, 2); // a unit of requests; the runs below ask for multiples

    // The server runs in its own thread, as it would in its own process.
    QThread serverThread;
    QObject inServerThread; // the context that makes queued calls run in the server's thread
    inServerThread.moveToThread(&serverThread);
    serverThread.start();
    SimServer *server = nullptr;
    quint16 port = 0;
    QSemaphore ready;
    QTimer::singleShot(0, &inServerThread, [&]() {
        SimConfig config;
        config.agents = agents;
        config.rateLimitPerMinute = 0;
        server = new SimServer(config);
        port = server->listen(0);
        ready.release();
    });
    ready.acquire();
    if (port == 0) {
        std::fprintf(stderr, "bench_sim: the simulator did not start\n");
        return 1;
    }
    const QByteArray token = fetchToken(port);
    const int pages = (agents + 499) / 500;
    BenchFigure::note(QStringLiteral("statusdesk-sim with %1 agents, %2 pages of 500").arg(agents).arg(pages));

    int failures = 0;
    const QList<QByteArray> ids = [&]() {
        QList<QByteArray> out;
        for (const SimAgent &a : server->organisation()->users())
            out.append(a.id.toLatin1());
        return out;
    }();
    auto byId = [&ids](int i) -> QByteArray { return "/api/v2/users/" + ids.at(i % ids.size()); };
    auto firstPage
        = [](int) { return QByteArray("/api/v2/users?pageSize=500&pageNumber=1&expand=presence,routingStatus"); };
    auto anyPage = [pages](int i) -> QByteArray {
        return "/api/v2/users?pageSize=500&pageNumber=" + QByteArray::number(1 + i % pages)
            + "&expand=presence&expand=routingStatus";
    };

    // The first page request serialises 500 users; later ones reuse them until an agent changes.
    const Figures cold = summarise(run(port, token, 1, 1, firstPage, &failures));
    run(port, token, 1, repeats, firstPage, &failures); // warm-up
    const Figures baseline = summarise(run(port, token, 1, 20 * repeats, byId, &failures));
    qint64 pageBytes = 0;
    QElapsedTimer wall;
    wall.start();
    const Figures single = summarise(run(port, token, 1, 10 * repeats, firstPage, &failures, &pageBytes));
    const double singleSeconds = double(wall.nsecsElapsed()) / 1e9;
    wall.restart();
    const int connections = BenchFigure::tiny() ? 8 : 64;
    const Figures concurrent = summarise(run(port, token, connections, 8, anyPage, &failures));
    const double seconds = double(wall.nsecsElapsed()) / 1e9;

    BenchFigure::note(
        QStringLiteral("one page of 500 users is %1 bytes").arg(single.count > 0 ? pageBytes / single.count : 0LL));
    print("GET /api/v2/users/{id}, 1 connection", baseline);
    print("page 1 of 500 users, expanded, first request (cold)", cold);
    print("page 1 of 500 users, expanded, 1 connection", single);
    print("pages of 500 users, expanded, many connections", concurrent);
    BenchFigure::note(QStringLiteral("%1 connections: %2 pages of 500 in %3 s; failed requests: %4")
                          .arg(connections)
                          .arg(concurrent.count)
                          .arg(seconds, 0, 'f', 2)
                          .arg(failures));
    BenchFigure::add(QStringLiteral("sim_page_500_cold"), cold.median, QStringLiteral("ms"), baseline.median,
        QStringLiteral("get_user_by_id"));
    BenchFigure::add(QStringLiteral("sim_page_500"), single.median, QStringLiteral("ms"), baseline.median,
        QStringLiteral("get_user_by_id"));
    const double singlePace = singleSeconds > 0 ? single.count / singleSeconds : 0;
    BenchFigure::add(QStringLiteral("sim_pages_concurrent"), seconds > 0 ? concurrent.count / seconds : 0,
        QStringLiteral("/s"), singlePace, QStringLiteral("one_connection"));
    BenchFigure::printAll();

    QTimer::singleShot(0, &inServerThread, [&]() {
        delete server;
        inServerThread.moveToThread(QCoreApplication::instance()->thread());
        serverThread.quit();
    });
    serverThread.wait();
    return failures == 0 ? 0 : 1;
}
