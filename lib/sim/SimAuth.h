// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/SimConfig.h"
#include "sim/SimRequest.h"
#include "sim/SimResponse.h"
#include "sim/SimToken.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

class Clock;

// The login host: client credentials and Authorization Code + PKCE grants, token lifetime and revocation.
class SimAuth : public QObject
{
    Q_OBJECT

public:
    SimAuth(const SimConfig &config, const QString &supervisorId, Clock *clock, QObject *parent = nullptr);

    SimResponse token(const SimRequest &request); // POST /oauth/token
    SimResponse authorize(const SimRequest &request); // GET /oauth/authorize
    // The token of a request to /api/v2, or nullptr with the 401 to send in *error.
    const SimToken *authenticate(const SimRequest &request, SimResponse *error) const;

    void setTokenTtl(int seconds) { m_ttlSeconds = seconds; }
    int revokeAll();
    bool revoke(const QString &token);
    const QList<SimClient> &clients() const { return m_clients; }

Q_SIGNALS:
    void tokensRevoked(const QStringList &tokens);

private:
    struct PendingCode
    {
        QString clientId;
        QString redirectUri;
        QString challenge;
        QDateTime expires;
    };
    const SimClient *client(const QString &id) const;
    // withRefresh: a PKCE sign-in of a simulator told to hand out refresh tokens.
    SimResponse issue(const SimClient &client, const QString &userId, bool withRefresh = false);
    SimResponse clientCredentials(const SimRequest &request);
    SimResponse authorizationCode(const QUrlQuery &form);
    SimResponse refresh(const QUrlQuery &form);
    bool isRegisteredRedirect(const QUrl &url) const;
    static QString randomToken();

    Clock *m_clock;
    QList<SimClient> m_clients;
    QString m_supervisorId;
    int m_ttlSeconds;
    QHash<QString, SimToken> m_tokens;
    QHash<QString, PendingCode> m_codes;
    struct RefreshGrant
    {
        QString clientId;
        QString userId;
    };
    QHash<QString, RefreshGrant> m_refreshTokens; // each good for one renewal
    bool m_issueRefreshTokens = false;
    QStringList m_redirectUris;
    bool m_anyLoopbackPort = false;
};
