// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimTestClient.h"

#include <QBuffer>
#include <QSignalSpy>

#include <memory>

QByteArray SimTestClient::Reply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

SimTestClient::SimTestClient(const QUrl &base)
    : m_base(base)
{
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QUrl SimTestClient::url(const QString &pathAndQuery) const
{
    QUrl u = m_base;
    const int q = int(pathAndQuery.indexOf(QLatin1Char('?')));
    u.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    if (q >= 0)
        u.setQuery(pathAndQuery.mid(q + 1));
    return u;
}

QString SimTestClient::signIn(const QString &clientId, const QString &secret)
{
    const QByteArray basic = QString(clientId + QLatin1Char(':') + secret).toUtf8().toBase64();
    const Reply r = send("POST", QStringLiteral("/oauth/token"), "grant_type=client_credentials",
        {{"Authorization", "Basic " + basic}, {"Content-Type", "application/x-www-form-urlencoded"}});
    m_token = r.object().value(QStringLiteral("access_token")).toString();
    return m_token;
}

SimTestClient::Reply SimTestClient::get(
    const QString &pathAndQuery, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("GET", pathAndQuery, QByteArray(), headers);
}

SimTestClient::Reply SimTestClient::sendJson(const QByteArray &method, const QString &pathAndQuery,
    const QJsonDocument &document, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send(method, pathAndQuery, document.toJson(QJsonDocument::Compact), headers);
}

SimTestClient::Reply SimTestClient::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkRequest request(url(pathAndQuery));
    request.setTransferTimeout(timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    auto *buffer = new QBuffer;
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    // A custom HEAD verb would make QNAM wait for a body; head() knows there is none.
    std::unique_ptr<QNetworkReply> reply(
        method == "HEAD" ? m_nam.head(request) : m_nam.sendCustomRequest(request, method, buffer));
    buffer->setParent(reply.get());
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs + 5000);
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.error = reply->error();
    if (method != "HEAD" && reply->isOpen())
        out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    return out;
}

QString SimTestClient::firstAgentId()
{
    return get(QStringLiteral("/api/v2/users?pageSize=1"))
        .object()
        .value(QStringLiteral("entities"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("id"))
        .toString();
}

QString SimTestClient::systemPresenceOf(const QString &userId)
{
    const QJsonObject presence = get(QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(userId)).object();
    return at(presence, {QStringLiteral("presenceDefinition"), QStringLiteral("systemPresence")}).toString();
}

QJsonValue SimTestClient::at(const QJsonValue &root, const QStringList &path)
{
    QJsonValue value = root;
    for (const QString &key : path)
        value = value.toObject().value(key);
    return value;
}
