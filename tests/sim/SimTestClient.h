// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QStringList>
#include <QUrl>

// A real HTTP client for the simulator's tests: one request, waited for on the event loop.
class SimTestClient
{
public:
    struct Reply
    {
        int status = 0; // 0: no HTTP answer (see error)
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;

        QByteArray header(const QByteArray &name) const;
        QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
        QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    };

    explicit SimTestClient(const QUrl &base);

    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    // Client-credentials token; stores it for later requests and returns it.
    QString signIn(const QString &clientId = QStringLiteral("statusdesk-demo"),
        const QString &secret = QStringLiteral("statusdesk-demo-secret"));

    Reply get(const QString &pathAndQuery, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = QByteArray(),
        const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 10000);
    Reply sendJson(const QByteArray &method, const QString &pathAndQuery, const QJsonDocument &document,
        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    QUrl url(const QString &pathAndQuery) const;

    // The id of the first active agent of the listing.
    QString firstAgentId();
    // The system presence of a user as GET /api/v2/users/{id}/presences/purecloud reports it.
    QString systemPresenceOf(const QString &userId);

    // The value under a path of keys: at(event, {"eventBody", "routingStatus", "status"}).
    static QJsonValue at(const QJsonValue &root, const QStringList &path);

private:
    QUrl m_base;
    QString m_token;
    QNetworkAccessManager m_nam;
};
