// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/TokenProvider.h"

#include <QByteArray>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

// Authorization code with PKCE (S256) for a supervisor: a one-shot loopback listener on 127.0.0.1
// receives the browser's redirect; `state` is checked; the code is exchanged without a secret.
// The desktop opens authorizationUrl() in the system browser, the CLI prints it. Whether Genesys gives
// PKCE clients a refresh token is not documented: when the token answer carries one, renewals use it
// (no browser, the current token serving meanwhile); when it has none, or it is refused, a renewal is a
// new browser sign-in, announced by authorizationUrlReady ahead of expiry.
class PkceTokenProvider : public TokenProvider
{
    Q_OBJECT

public:
    // port 0: any free port (the redirect URI then carries it).
    PkceTokenProvider(const Region &region, const QString &clientId, quint16 port = 0,
        const QString &redirectPath = QStringLiteral("/callback"), Clock *clock = nullptr, QObject *parent = nullptr);
    ~PkceTokenProvider() override;

    QString principal() const override { return m_userName.isEmpty() ? m_clientId : m_userName; }
    // The signed-in user (GET /api/v2/users/me), set by whoever reads it.
    void setSignedInUser(const QString &userId, const QString &userName);
    QString signedInUserId() const { return m_userId; }

    QUrl authorizationUrl() const { return m_authorizationUrl; } // valid after authorizationUrlReady
    QUrl redirectUri() const { return m_redirectUri; }

    // Helpers, public for tests.
    static QByteArray makeCodeVerifier(); // 64 characters of [A-Za-z0-9-._~]
    static QByteArray codeChallenge(const QByteArray &verifier); // base64url(SHA-256), no padding

signals:
    // Open this in the browser: the first sign-in, or a renewal without (a usable) refresh token.
    void authorizationUrlReady(const QUrl &url);

protected:
    void startRenewal() override;
    bool recoverRenewal(const ApiError &error) override;

private:
    void renewWithRefreshToken();
    void startBrowserSignIn();
    void onConnection();
    void onRedirect(QTcpSocket *socket);
    void exchangeCode(const QString &code);
    void stopListening();
    void answerBrowser(QTcpSocket *socket, bool ok, const QString &text);

    QString m_clientId;
    quint16 m_port = 0;
    QString m_redirectPath;
    QTcpServer *m_server = nullptr;
    QByteArray m_verifier;
    QString m_state;
    QUrl m_redirectUri;
    QUrl m_authorizationUrl;
    QString m_userId;
    QString m_userName;
    bool m_refreshing = false; // the token request in flight spends the refresh token
};
