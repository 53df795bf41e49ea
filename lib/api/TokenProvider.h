// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/Region.h"

#include <QDateTime>
#include <QObject>
#include <QString>

class Clock;
class QNetworkAccessManager;

// Hands out the bearer token and renews it: ahead of expiry (60 s or 10 % of the lifetime,
// whichever is more), with one renewal in flight however many requests wait. The token lives in
// memory only and never reaches a log. Issue and expiry times are read on `clock` (null: the real
// one), which should be the ApiClient's.
class TokenProvider : public QObject
{
    Q_OBJECT

public:
    explicit TokenProvider(const Region &region, Clock *clock = nullptr, QObject *parent = nullptr);

    Clock *clock() const { return m_clock; }

    // Set by the ApiClient: its QNetworkAccessManager is used for the login host too.
    void setNetworkAccessManager(QNetworkAccessManager *nam) { m_nam = nam; }
    Region region() const { return m_region; }

    QString accessToken() const { return m_token; } // empty when none
    QDateTime expiresAt() const { return m_expiresAt; }
    bool hasToken() const { return !m_token.isEmpty(); }
    // True when the token is there and has not expired: a request may still go with it.
    bool isUsable() const;
    // True when the token is there and not yet due for renewal.
    bool isFresh() const;
    QDateTime renewalDueAt() const;
    bool isRenewing() const { return m_renewing; }

    // Starts a renewal unless one is in flight; renewed() or failed() follows.
    void renew();
    // Drops the current token (after a 401) so that the next renew() fetches a new one.
    void invalidate();

    // Who acts: the client id for client credentials; the signed-in user once known for PKCE.
    virtual QString principal() const = 0;

signals:
    void renewed();
    void failed(const ApiError &error);
    void expiryChanged(const QDateTime &expiresAt);

protected:
    virtual void startRenewal() = 0;
    void finishRenewal(const QString &token, int expiresInSeconds);
    void failRenewal(const ApiError &error);
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    // Parses an /oauth/token answer into finishRenewal / failRenewal.
    void handleTokenResponse(int httpStatus, const QByteArray &body, int networkError, const QString &networkMessage);

private:
    Region m_region;
    Clock *m_clock;
    QNetworkAccessManager *m_nam = nullptr;
    QString m_token;
    QDateTime m_issuedAt;
    QDateTime m_expiresAt;
    bool m_renewing = false;
};
