// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/TokenProvider.h"

#include "api/ApiLogging.h"
#include "core/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

TokenProvider::TokenProvider(const Region &region, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_region(region)
    , m_clock(Clock::orSystem(clock))
{
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

void TokenProvider::invalidate()
{
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
    emit expiryChanged(m_expiresAt);
    emit renewed();
}

void TokenProvider::failRenewal(const ApiError &error)
{
    m_renewing = false;
    qCWarning(lcApi) << "token renewal failed:" << ApiError::kindName(error.kind) << error.httpStatus << error.code;
    emit failed(error);
}

void TokenProvider::handleTokenResponse(
    int httpStatus, const QByteArray &body, int networkError, const QString &networkMessage)
{
    if (httpStatus == 0) {
        ApiError error
            = ApiError::make(ApiError::Kind::Network, tr("Cannot reach the login server: %1").arg(networkMessage));
        error.code = QStringLiteral("network.%1").arg(networkError);
        return failRenewal(error);
    }
    if (httpStatus >= 400) {
        ApiError error = ApiError::fromHttp(httpStatus, body, QByteArray(), QByteArray(), m_clock->now());
        if (error.kind != ApiError::Kind::Server && error.kind != ApiError::Kind::RateLimited)
            error.kind = ApiError::Kind::Authentication;
        return failRenewal(error);
    }
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString token = object.value(QStringLiteral("access_token")).toString();
    const int expiresIn = object.value(QStringLiteral("expires_in")).toInt(-1);
    if (token.isEmpty() || expiresIn <= 0)
        return failRenewal(ApiError::make(
            ApiError::Kind::MalformedResponse, tr("The login server's answer has no access token or lifetime.")));
    finishRenewal(token, expiresIn);
}
