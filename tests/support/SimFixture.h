// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/SimConfig.h"
#include "sim/SimServer.h"

#include <QString>
#include <QUrl>

#include <memory>

// Starts a SimServer in-process on 127.0.0.1, port 0, for one test (or one test case).
//   SimFixture sim;
//   const QUrl base = sim.start(config);   // http://127.0.0.1:PORT, empty on failure
//   sim.server()->failNext("GET", "/api/v2/users", 503);
class SimFixture
{
public:
    SimFixture();
    ~SimFixture();
    SimFixture(const SimFixture &) = delete;
    SimFixture &operator=(const SimFixture &) = delete;

    QUrl start(const SimConfig &config = SimConfig());
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
