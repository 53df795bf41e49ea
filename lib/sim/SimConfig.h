// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// An OAuth client of the simulated organisation. An empty permission list grants every permission.
struct SimClient
{
    QString id;
    QString secret;
    QStringList permissions;
};

// Everything that shapes one simulated Genesys Cloud organisation; the command line fills it.
struct SimConfig
{
    int agents = 200;
    quint32 seed = 1;
    int rateLimitPerMinute = 300;
    int tokenTtlSeconds = 86400;
    double competitorPerMinute = 0;
    int latencyMinMs = 0;
    int latencyMaxMs = 0;
    double failRate = 0;
    int heartbeatSeconds = 30;
    // How long after its 200 a PATCH of user queues takes effect (Genesys processes it asynchronously).
    int queueApplyDelayMs = 1500;
    QList<SimClient> clients; // empty: the demo client with every permission
    QString demoSupervisorName = QStringLiteral("Dana Whitfield"); // the user PKCE sign-in approves as
    qint64 maxBodyBytes = 1024 * 1024;
    // Whether a PKCE sign-in also gets a refresh token (not documented for Genesys: both ways are
    // tested). A refresh token is good for one renewal, which hands out the next one.
    bool refreshTokens = false;
    // The redirect URIs registered with the OAuth clients: Genesys matches them exactly.
    QStringList redirectUris {
        QStringLiteral("http://127.0.0.1:8085/callback"), QStringLiteral("http://localhost:8085/callback")};
    // Accept any port on a registered loopback URI (RFC 8252 §7.3; not verified for Genesys).
    bool anyLoopbackPort = false;
};
