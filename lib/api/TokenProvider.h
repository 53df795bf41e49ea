// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/Region.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

class Clock;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

// Hands out the bearer token and renews it: ahead of expiry (60 s or 10 % of the lifetime,
// whichever is more), when a request needs it or a timer says so, with one renewal in flight however
// many requests wait. The token lives in
// memory only and never reaches a log. Issue and expiry times are read on `clock` (null: the real
// one), which should be the ApiClient's. A login host's answer is read up to MaxAnswerBytes, follows
// no redirect, and the whole exchange ends after TokenTimeoutMs on that clock.
class TokenProvider : public QObject
{
    Q_OBJECT

public:
    explicit TokenProvider(const Region &region, Clock *clock = nullptr, QObject *parent = nullptr);
    ~TokenProvider() override;

    // An /oauth/token answer is a few hundred bytes; a bigger one is refused.
    static constexpr qint64 MaxAnswerBytes = 64 * 1024;
    static constexpr int TokenTimeoutMs = 15000;

    // What an /oauth/token answer says: a token and its lifetime, or why there is none.
    struct Answer
    {
        QString token;
        int expiresInSeconds = 0;
        QString refreshToken; // empty when the login host gave none
        ApiError error;
    };
    // Reads an answer of the login host (a pure function, for the fuzzer too). `location` is the
    // Location header of a redirect.
    static Answer parseAnswer(int httpStatus, const QByteArray &body, const QByteArray &location = QByteArray(),
        const QDateTime &now = QDateTime());

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
    // The refresh token of the last answer that carried one (memory only, like the access token).
    QString refreshToken() const { return m_refreshToken; }
    void dropRefreshToken() { m_refreshToken.clear(); }
    // A failed token request may be recovered from another way (a refused refresh token by a new
    // sign-in); true: the renewal goes on, so failed() is not emitted.
    virtual bool recoverRenewal(const ApiError &error);
    // Posts `form` to the login host, bounded (size, redirects, overall deadline), and ends the
    // renewal with its answer.
    void postTokenRequest(QNetworkRequest request, const QByteArray &form);

private:
    void onTokenReply(QNetworkReply *reply);
    void scheduleRenewal();
    void armRenewalTimer(quint64 generation);

    Region m_region;
    Clock *m_clock;
    QNetworkAccessManager *m_nam = nullptr;
    QString m_token;
    QString m_refreshToken;
    QDateTime m_issuedAt;
    QDateTime m_expiresAt;
    bool m_renewing = false;
    quint64 m_generation = 0; // of the token the renewal timer was set for
    QPointer<QNetworkReply> m_reply; // the token request in flight
    bool m_replyTooLarge = false;
    bool m_replyTimedOut = false;
};
