// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ManualClock.h"
#include "core/Version.h"
#include "sim/SimServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe work here; the event loop does the rest.
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

void installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier]() {
        notifier->setEnabled(false);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "statusdesk-sim: %s\n", qPrintable(message));
    std::exit(2);
}

int intOption(const QCommandLineParser &parser, const QString &name, int min, int max, int fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max)
        fail(QCoreApplication::translate("main", "--%1 must be a whole number from %2 to %3.")
                 .arg(name)
                 .arg(min)
                 .arg(max));
    return value;
}

double doubleOption(const QCommandLineParser &parser, const QString &name, double min, double max)
{
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < min || value > max)
        fail(QCoreApplication::translate("main", "--%1 must be a number from %2 to %3.").arg(name).arg(min).arg(max));
    return value;
}

SimClient parseClient(const QString &spec)
{
    // Permission names contain colons themselves, so only the first two colons separate fields.
    const int firstColon = int(spec.indexOf(QLatin1Char(':')));
    const int secondColon = firstColon < 0 ? -1 : int(spec.indexOf(QLatin1Char(':'), firstColon + 1));
    SimClient client;
    client.id = spec.left(firstColon);
    client.secret = secondColon < 0 ? spec.mid(firstColon + 1) : spec.mid(firstColon + 1, secondColon - firstColon - 1);
    if (firstColon <= 0 || client.secret.isEmpty())
        fail(QCoreApplication::translate("main", "--client takes ID:SECRET[:PERMISSION,...], not \"%1\".").arg(spec));
    if (secondColon >= 0) {
        client.permissions = spec.mid(secondColon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        // An explicit but empty permission list must not mean every permission.
        if (client.permissions.isEmpty())
            client.permissions = {QStringLiteral("none")};
    }
    return client;
}

SimConfig configFrom(const QCommandLineParser &parser)
{
    SimConfig config;
    config.agents = intOption(parser, QStringLiteral("agents"), 0, 100000, config.agents);
    config.seed = quint32(intOption(parser, QStringLiteral("seed"), 0, 2147483647, int(config.seed)));
    config.rateLimitPerMinute = intOption(parser, QStringLiteral("rate-limit"), 0, 10000000, config.rateLimitPerMinute);
    config.tokenTtlSeconds = intOption(parser, QStringLiteral("token-ttl"), 1, 100000000, config.tokenTtlSeconds);
    config.heartbeatSeconds = intOption(parser, QStringLiteral("heartbeat"), 1, 86400, config.heartbeatSeconds);
    config.queueApplyDelayMs = intOption(parser, QStringLiteral("queue-delay"), 0, 600000, config.queueApplyDelayMs);
    if (parser.isSet(QStringLiteral("competitor")))
        config.competitorPerMinute = doubleOption(parser, QStringLiteral("competitor"), 0, 60000);
    if (parser.isSet(QStringLiteral("fail-rate")))
        config.failRate = doubleOption(parser, QStringLiteral("fail-rate"), 0, 1);
    if (parser.isSet(QStringLiteral("latency"))) {
        const QStringList range = parser.value(QStringLiteral("latency")).split(QLatin1Char('-'));
        bool okMin = false;
        bool okMax = range.size() == 1;
        config.latencyMinMs = range.value(0).toInt(&okMin);
        config.latencyMaxMs = range.size() == 2 ? range.at(1).toInt(&okMax) : config.latencyMinMs;
        if (range.size() > 2 || !okMin || !okMax || config.latencyMinMs < 0
            || config.latencyMaxMs < config.latencyMinMs)
            fail(QCoreApplication::translate("main", "--latency takes MIN_MS-MAX_MS, e.g. 20-200."));
    }
    config.refreshTokens = parser.isSet(QStringLiteral("refresh-tokens"));
    config.anyLoopbackPort = parser.isSet(QStringLiteral("any-loopback-port"));
    const QStringList redirects = parser.values(QStringLiteral("redirect-uri"));
    for (const QString &uri : redirects) {
        const QUrl url(uri, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty())
            fail(QCoreApplication::translate("main", "--redirect-uri takes an http URI, not \"%1\".").arg(uri));
    }
    if (!redirects.isEmpty())
        config.redirectUris = redirects;
    const QStringList clients = parser.values(QStringLiteral("client"));
    for (const QString &spec : clients)
        config.clients.append(parseClient(spec));
    return config;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("statusdesk-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STATUSDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "A Genesys Cloud simulator for StatusDesk, on 127.0.0.1."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("port"), QCoreApplication::translate("main", "Port to listen on; 0 picks a free one."),
            QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("agents"), QCoreApplication::translate("main", "Number of agents (default 200)."),
            QStringLiteral("N")},
        {QStringLiteral("seed"), QCoreApplication::translate("main", "Seed of the demo organisation (default 1)."),
            QStringLiteral("N")},
        {QStringLiteral("rate-limit"),
            QCoreApplication::translate("main", "Requests per minute per token (default 300; 0: no limit)."),
            QStringLiteral("PER_MINUTE")},
        {QStringLiteral("token-ttl"), QCoreApplication::translate("main", "Token lifetime in seconds (default 86400)."),
            QStringLiteral("SECONDS")},
        {QStringLiteral("competitor"),
            QCoreApplication::translate("main", "Agents the competing supervisor changes per minute (default 0)."),
            QStringLiteral("PER_MINUTE")},
        {QStringLiteral("latency"), QCoreApplication::translate("main", "Added latency range in milliseconds."),
            QStringLiteral("MIN_MS-MAX_MS")},
        {QStringLiteral("fail-rate"),
            QCoreApplication::translate(
                "main", "Fraction of API requests that fail (500, 503 or a dropped connection)."),
            QStringLiteral("FRACTION")},
        {QStringLiteral("queue-delay"),
            QCoreApplication::translate(
                "main", "Milliseconds after its answer a PATCH of user queues takes effect (default 1500)."),
            QStringLiteral("MS")},
        {QStringLiteral("heartbeat"),
            QCoreApplication::translate("main", "Seconds between notification heartbeats (default 30)."),
            QStringLiteral("SECONDS")},
        {QStringLiteral("client"),
            QCoreApplication::translate(
                "main", "An OAuth client; repeatable. Without it: statusdesk-demo with every permission."),
            QStringLiteral("ID:SECRET[:PERMISSION,...]")},
        {QStringLiteral("movable-clock"),
            QCoreApplication::translate(
                "main", "Run on a clock that follows real time and that PUT /sim/clock moves forward.")},
        {QStringLiteral("refresh-tokens"),
            QCoreApplication::translate("main", "Give PKCE sign-ins a refresh token (each good for one renewal).")},
        {QStringLiteral("redirect-uri"),
            QCoreApplication::translate("main",
                "A registered PKCE redirect URI; repeatable (default: http://127.0.0.1:8085/callback and "
                "http://localhost:8085/callback)."),
            QStringLiteral("URI")},
        {QStringLiteral("any-loopback-port"),
            QCoreApplication::translate("main", "Accept any port on a registered loopback redirect URI.")},
    });
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        fail(QCoreApplication::translate("main", "unexpected argument \"%1\".")
                 .arg(parser.positionalArguments().constFirst()));

    const int port = intOption(parser, QStringLiteral("port"), 0, 65535, 0);
    // --movable-clock: a ManualClock that real time moves in small steps, and PUT /sim/clock moves on
    // top, so that a test of the simulator as a process can skip hours (token and channel lifetimes).
    std::unique_ptr<ManualClock> movable;
    QTimer follow;
    QElapsedTimer real;
    if (parser.isSet(QStringLiteral("movable-clock"))) {
        movable = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
        real.start();
        QObject::connect(&follow, &QTimer::timeout, [&movable, &real, followed = qint64(0)]() mutable {
            const qint64 elapsed = real.elapsed();
            movable->advance(elapsed - followed);
            followed = elapsed;
        });
        follow.start(10);
    }
    SimServer server(configFrom(parser), movable.get());
    if (server.listen(quint16(port)) == 0)
        fail(QCoreApplication::translate("main", "cannot listen on 127.0.0.1 port %1.").arg(port));
    std::printf("listening on %s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);

    installSignalHandlers(app);
    return app.exec();
}
