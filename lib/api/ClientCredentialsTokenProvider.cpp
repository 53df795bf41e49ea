// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ClientCredentialsTokenProvider.h"

#include "api/ApiClient.h"

#include <QNetworkRequest>
#include <QTimer>

ClientCredentialsTokenProvider::ClientCredentialsTokenProvider(
    const Region &region, const QString &clientId, const QString &clientSecret, Clock *clock, QObject *parent)
    : TokenProvider(region, clock, parent)
    , m_clientId(clientId)
    , m_clientSecret(clientSecret)
{
}

ClientCredentialsTokenProvider::~ClientCredentialsTokenProvider()
{
    m_clientSecret.fill(QLatin1Char('\0'));
}

void ClientCredentialsTokenProvider::startRenewal()
{
    const QUrl url = region().loginUrl(QStringLiteral("/oauth/token"));
    QString problem;
    if (!networkAccessManager())
        problem = tr("No network access manager: the provider is not attached to an ApiClient.");
    else if (m_clientId.isEmpty() || m_clientSecret.isEmpty())
        problem = tr("A client id and client secret are needed for client credentials.");
    else if (!ApiClient::isAllowedUrl(url))
        problem = tr("Refusing to send credentials to %1: only https, or http to loopback.")
                      .arg(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    if (!problem.isEmpty()) {
        const ApiError error = ApiError::make(ApiError::Kind::Configuration, problem);
        QTimer::singleShot(0, this, [this, error] { failRenewal(error); });
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    const QByteArray credentials = m_clientId.toUtf8() + ':' + m_clientSecret.toUtf8();
    request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + credentials.toBase64());
    postTokenRequest(request, QByteArrayLiteral("grant_type=client_credentials"));
}
