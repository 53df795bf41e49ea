// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "api/ClientCredentialsTokenProvider.h"
#include "support/SimFixture.h"

#include <memory>

// A simulator and a client-credentials ApiClient talking to it, with short retry delays. Set `clock`
// before start() to run the client and its tokens on a test clock (the simulator keeps its own).
struct ApiTestRig
{
    Clock *clock = nullptr;
    Clock *simClock = nullptr; // the simulator's clock (nullptr: the real one)
    SimFixture sim;
    std::unique_ptr<ClientCredentialsTokenProvider> tokens;
    std::unique_ptr<ApiClient> client;

    bool start(const SimConfig &config = SimConfig(), const QString &clientId = QStringLiteral("statusdesk-demo"),
        const QString &secret = QStringLiteral("statusdesk-demo-secret"))
    {
        const QUrl base = sim.start(config, simClock);
        if (base.isEmpty())
            return false;
        const Region region = Region::fromBaseUrl(base);
        tokens = std::make_unique<ClientCredentialsTokenProvider>(region, clientId, secret, clock);
        client = std::make_unique<ApiClient>(region, tokens.get(), clock);
        client->setOptions(fastOptions());
        return true;
    }

    static ApiClientOptions fastOptions()
    {
        ApiClientOptions options;
        options.timeoutMs = 5000;
        options.requestsPerMinute = 60000;
        options.backoffBaseMs = 20;
        options.backoffMaxMs = 200;
        return options;
    }
};
