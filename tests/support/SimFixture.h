// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/SimConfig.h"
#include "sim/SimServer.h"

#include <QString>
#include <QUrl>

#include <memory>

class Clock;

// Starts a SimServer in-process on 127.0.0.1, port 0, for one test (or one test case).
//   SimFixture sim;
//   const QUrl base = sim.start(config);   // http://127.0.0.1:PORT, empty on failure
//   sim.server()->failNext("GET", "/api/v2/users", 503);
// With a ManualClock the simulator's time (token lifetimes, channel expiry, heartbeats, rate windows,
// latency) moves only when the test advances it:
//   ManualClock clock;
//   sim.start(config, &clock);
//   clock.advance(61 * 60 * 1000);
class SimFixture
{
public:
    SimFixture();
    ~SimFixture();
    SimFixture(const SimFixture &) = delete;
    SimFixture &operator=(const SimFixture &) = delete;

    // `clock`: the simulator's time (nullptr: the system clock); it must outlive stop().
    // `port` 0: any free one; a port given brings a stopped simulator back where the client expects it.
    QUrl start(const SimConfig &config = SimConfig(), Clock *clock = nullptr, quint16 port = 0);
    void stop();
    SimServer *server() const { return m_server.get(); }
    QUrl baseUrl() const;

    // A client-credentials token from the running simulator (waits on the event loop; for tests only).
    // Empty on failure. Without arguments: the demo client.
    QString fetchToken(const QString &clientId = QStringLiteral("statusdesk-demo"),
        const QString &secret = QStringLiteral("statusdesk-demo-secret")) const;

private:
    std::unique_ptr<SimServer> m_server;
};
