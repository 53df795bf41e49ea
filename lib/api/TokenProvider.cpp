// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/TokenProvider.h"

#include "api/ApiLogging.h"
#include "core/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

TokenProvider::TokenProvider(const Region &region, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_region(region)
    , m_clock(Clock::orSystem(clock))
{
}

TokenProvider::~TokenProvider()
{
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QDateTime TokenProvider::renewalDueAt() const
{
    if (!m_expiresAt.isValid())
        return QDateTime();
    const qint64 lifetime = std::max<qint64>(0, m_issuedAt.secsTo(m_expiresAt));
    // 60 s or 10 % ahead, whichever is more; capped at half the lifetime so that short-lived
    // tokens are still used before they are renewed.
    const qint64 ahead = std::min<qint64>(std::max<qint64>(60, lifetime / 10), lifetime / 2);
    return m_expiresAt.addSecs(-ahead);
}

bool TokenProvider::isFresh() const
{
    return hasToken() && m_clock->now() < renewalDueAt();
}

bool TokenProvider::isUsable() const
{
    return hasToken() && m_clock->now() < m_expiresAt;
}

void TokenProvider::renew()
{
    if (m_renewing)
        return;
    m_renewing = true;
    qCDebug(lcApi) << "renewing the access token";
    startRenewal();
}

// Renewal falls due even when no request asks for the token then (a console on live updates sends
// none for long): a refresh token is spent in time, a browser sign-in is asked for ahead of expiry.
void TokenProvider::scheduleRenewal()
{
    armRenewalTimer(++m_generation);
}

void TokenProvider::armRenewalTimer(quint64 generation)
{
    // A timer's delay is an int: a token living for weeks is looked at again once a day.
    constexpr qint64 kDayMs = 24 * 3600 * 1000;
    const qint64 due = std::clamp<qint64>(m_clock->now().msecsTo(renewalDueAt()), 0, kDayMs);
    m_clock->singleShot(static_cast<int>(due), this, [this, generation] {
        if (generation != m_generation || !hasToken())
            return;
        if (isFresh())
            return armRenewalTimer(generation);
        // On the next turn of the event loop: the renewal's own deadline then starts from now, even
        // when a test clock jumps over the due time.
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation && hasToken() && !isFresh())
                renew();
        });
    });
}

void TokenProvider::invalidate()
{
    ++m_generation;
    m_token.clear();
    m_expiresAt = QDateTime();
    m_issuedAt = QDateTime();
}

void TokenProvider::finishRenewal(const QString &token, int expiresInSeconds)
{
    m_renewing = false;
    m_token = token;
    m_issuedAt = m_clock->now();
    m_expiresAt = m_issuedAt.addSecs(std::max(1, expiresInSeconds));
    qCInfo(lcApi) << "access token renewed; expires at" << m_expiresAt.toString(Qt::ISODate);
    scheduleRenewal();
    emit expiryChanged(m_expiresAt);
    emit renewed();
}

bool TokenProvider::recoverRenewal(const ApiError &error)
{
    Q_UNUSED(error)
    return false;
}

void TokenProvider::failRenewal(const ApiError &error)
{
    if (recoverRenewal(error))
        return;
    m_renewing = false;
    qCWarning(lcApi) << "token renewal failed:" << ApiError::kindName(error.kind) << error.httpStatus << error.code;
    emit failed(error);
}

TokenProvider::Answer TokenProvider::parseAnswer(
    int httpStatus, const QByteArray &body, const QByteArray &location, const QDateTime &now)
{
    Answer answer;
    if (httpStatus >= 300 && httpStatus < 400 && httpStatus != 304) {
        answer.error = ApiError::redirected(httpStatus, location);
        answer.error.kind = ApiError::Kind::Authentication;
        return answer;
    }
    if (httpStatus >= 400) {
        answer.error = ApiError::fromHttp(httpStatus, body, QByteArray(), QByteArray(), now);
        if (answer.error.kind != ApiError::Kind::Server && answer.error.kind != ApiError::Kind::RateLimited)
            answer.error.kind = ApiError::Kind::Authentication;
        return answer;
    }
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    answer.token = object.value(QStringLiteral("access_token")).toString();
    const double expiresIn = object.value(QStringLiteral("expires_in")).toDouble(-1);
    // A lifetime beyond a year is not believed either: the renewal arithmetic stays in range.
    if (answer.token.isEmpty() || !(expiresIn >= 1) || expiresIn > 366.0 * 24 * 3600) {
        answer.token.clear();
        answer.error = ApiError::make(
            ApiError::Kind::MalformedResponse, tr("The login server's answer has no access token or lifetime."));
        return answer;
    }
    answer.expiresInSeconds = static_cast<int>(expiresIn);
    answer.refreshToken = object.value(QStringLiteral("refresh_token")).toString();
    return answer;
}

void TokenProvider::postTokenRequest(QNetworkRequest request, const QByteArray &form)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(TokenTimeoutMs);
    QNetworkReply *reply = m_nam->post(request, form);
    m_reply = reply;
    m_replyTooLarge = false;
    m_replyTimedOut = false;
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64 total) {
        if (m_reply == reply && (received > MaxAnswerBytes || total > MaxAnswerBytes)) {
            m_replyTooLarge = true;
            reply->abort();
        }
    });
    // The transfer timeout measures silence only; a trickling answer ends here.
    m_clock->singleShot(TokenTimeoutMs, reply, [this, reply] {
        if (m_reply == reply && !reply->isFinished()) {
            m_replyTimedOut = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onTokenReply(reply); });
}

void TokenProvider::onTokenReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_reply != reply)
        return;
    m_reply = nullptr;
    if (m_replyTooLarge)
        return failRenewal(ApiError::make(ApiError::Kind::MalformedResponse,
            tr("The login server's answer is larger than %1 bytes; it was refused.").arg(MaxAnswerBytes)));
    if (m_replyTimedOut)
        return failRenewal(ApiError::make(ApiError::Kind::Timeout,
            tr("The login server gave no complete answer within %1 s.").arg(TokenTimeoutMs / 1000)));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        ApiError error = ApiError::make(
            ApiError::Kind::Network, tr("Cannot reach the login server: %1").arg(reply->errorString()));
        error.code = QStringLiteral("network.%1").arg(static_cast<int>(reply->error()));
        return failRenewal(error);
    }
    const Answer answer = parseAnswer(status, reply->readAll(), reply->rawHeader("Location"), m_clock->now());
    if (answer.error.isError())
        return failRenewal(answer.error);
    // RFC 6749 §6: an answer without a new refresh token leaves the old one in use.
    if (!answer.refreshToken.isEmpty())
        m_refreshToken = answer.refreshToken;
    finishRenewal(answer.token, answer.expiresInSeconds);
}
