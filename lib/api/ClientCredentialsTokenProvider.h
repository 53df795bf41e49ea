// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/TokenProvider.h"

// OAuth client credentials: POST /oauth/token on the login host with a Basic header.
class ClientCredentialsTokenProvider : public TokenProvider
{
    Q_OBJECT

public:
    ClientCredentialsTokenProvider(const Region &region, const QString &clientId, const QString &clientSecret,
        Clock *clock = nullptr, QObject *parent = nullptr);
    ~ClientCredentialsTokenProvider() override;

    QString principal() const override { return m_clientId; }
    QString clientId() const { return m_clientId; }

protected:
    void startRenewal() override;

private:
    QString m_clientId;
    QString m_clientSecret;
};
