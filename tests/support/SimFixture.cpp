// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/SimFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>

SimFixture::SimFixture() = default;

SimFixture::~SimFixture() = default;

QUrl SimFixture::start(const SimConfig &config, Clock *clock, quint16 port)
{
    m_server = std::make_unique<SimServer>(config, clock);
    if (m_server->listen(port) == 0) {
        m_server.reset();
        return {};
    }
    return m_server->baseUrl();
}

void SimFixture::stop()
{
    m_server.reset();
}

QUrl SimFixture::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QUrl();
}

QString SimFixture::fetchToken(const QString &clientId, const QString &secret) const
{
    if (!m_server)
        return {};
    QNetworkAccessManager nam;
    QNetworkRequest request(m_server->baseUrl().resolved(QUrl(QStringLiteral("/oauth/token"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Authorization", "Basic " + QString(clientId + QLatin1Char(':') + secret).toUtf8().toBase64());
    std::unique_ptr<QNetworkReply> reply(nam.post(request, QByteArrayLiteral("grant_type=client_credentials")));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return {};
    return QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("access_token")).toString();
}
