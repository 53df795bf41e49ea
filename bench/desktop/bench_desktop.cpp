// SPDX-License-Identifier: GPL-3.0-or-later
// The console as a user starts it, a process on the offscreen platform signed in to a statusdesk-sim
// process (statusdesk --api-base URL --exit-when-painted, which quits once the roster is painted):
//   rss_10k     peak RSS with 10,000 agents loaded, against the same executable with an empty roster
//   startup_1k  process start to a painted roster of 1,000 agents, against an empty Qt window started
//               the same way (median of 3 starts each)
#include "harness/BenchFigure.h"
#include "harness/BenchProcess.h"
#include "harness/BenchSimProcess.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int kConsoleTimeoutMs = 600000;
const QByteArray kPainted = "roster painted:";

bool g_failed = false;

void failed(const QString &what)
{
    std::fprintf(stderr, "bench_desktop: %s\n", qPrintable(what));
    g_failed = true;
}

// A private settings, data and cache folder for each start, so that no run sees another's profile,
// audit store or column layout, nor the user's.
QProcessEnvironment consoleEnvironment(const QString &folder)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), folder + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), folder + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), folder + QStringLiteral("/cache"));
    env.insert(QStringLiteral("GENESYS_CLIENT_ID"), BenchSimProcess::clientId());
    env.insert(QStringLiteral("GENESYS_CLIENT_SECRET"), BenchSimProcess::clientSecret());
    env.remove(QStringLiteral("WEBHOOK_ENDPOINT"));
    env.remove(QStringLiteral("STATUSDESK_API_BASE"));
    return env;
}

struct Start
{
    BenchProcess::Result process;
    int agents = -1;
    double peakMb = 0;
};

Start startConsole(int agents)
{
    Start start;
    BenchSimProcess sim(
        {QStringLiteral("--agents"), QString::number(agents), QStringLiteral("--rate-limit"), QStringLiteral("0")});
    QString error;
    if (!sim.start(&error)) {
        failed(error);
        return start;
    }
    QTemporaryDir folder;
    BenchProcess console(BenchProcess::sibling(QStringLiteral("statusdesk")),
        {QStringLiteral("--api-base"), sim.baseUrl().toString(), QStringLiteral("--exit-when-painted")});
    console.setEnvironment(consoleEnvironment(folder.path()));
    console.setMark(kPainted);
    start.process = console.run(kConsoleTimeoutMs);
    static const QRegularExpression said(QStringLiteral("roster painted: (\\d+) agents, \\d+ ms, peak RSS (\\d+) kB"));
    const QRegularExpressionMatch match = said.match(QString::fromUtf8(start.process.out));
    if (match.hasMatch()) {
        start.agents = match.captured(1).toInt();
        start.peakMb = match.captured(2).toDouble() / 1024.0;
    }
    if (!start.process.ok() || start.agents != agents)
        failed(BenchProcess::describe(
            QStringLiteral("statusdesk with %1 agents (%2 painted)").arg(agents).arg(start.agents), start.process));
    return start;
}

double emptyWindowSeconds()
{
    QTemporaryDir folder;
    BenchProcess window(BenchProcess::sibling(QStringLiteral("bench_empty_window")), {});
    window.setEnvironment(consoleEnvironment(folder.path()));
    window.setMark("window painted");
    const BenchProcess::Result result = window.run(60000);
    if (!result.ok() || result.markSeconds < 0) {
        failed(BenchProcess::describe(QStringLiteral("bench_empty_window"), result));
        return 0;
    }
    return result.markSeconds;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool tiny = BenchFigure::tiny();

    const int many = BenchFigure::size(10000, 200);
    const Start empty = startConsole(0);
    const Start loaded = startConsole(many);
    BenchFigure::note(QStringLiteral("statusdesk: empty roster %1 MB peak, %2 agents %3 MB peak (%4 s to painted)")
                          .arg(empty.peakMb, 0, 'f', 1)
                          .arg(many)
                          .arg(loaded.peakMb, 0, 'f', 1)
                          .arg(loaded.process.markSeconds, 0, 'f', 2));

    const int some = BenchFigure::size(1000, 50);
    const int starts = BenchFigure::size(3, 1);
    QList<double> console;
    QList<double> window;
    for (int i = 0; i < starts; ++i) {
        window << emptyWindowSeconds();
        console << startConsole(some).process.markSeconds;
    }
    BenchFigure::note(QStringLiteral("start to painted, %1 starts each: statusdesk with %2 agents, empty window")
                          .arg(starts)
                          .arg(some));

    BenchFigure::add(tiny ? QStringLiteral("rss_tiny") : QStringLiteral("rss_10k"), loaded.peakMb, QStringLiteral("MB"),
        empty.peakMb, QStringLiteral("empty_roster"));
    BenchFigure::add(tiny ? QStringLiteral("startup_tiny") : QStringLiteral("startup_1k"), median(console),
        QStringLiteral("s"), median(window), QStringLiteral("empty_qt_window"));
    BenchFigure::printAll();
    return g_failed ? 1 : 0;
}
