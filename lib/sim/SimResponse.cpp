// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/SimResponse.h"

#include <QJsonDocument>

void SimResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray SimResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

SimResponse SimResponse::json(const QJsonObject &object, int status)
{
    SimResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

SimResponse SimResponse::json(const QJsonArray &array, int status)
{
    SimResponse r;
    r.status = status;
    r.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return r;
}

SimResponse SimResponse::noContent()
{
    SimResponse r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

SimResponse SimResponse::error(int status, const QString &code, const QString &message, const QString &fieldName)
{
    QJsonArray details;
    if (!fieldName.isEmpty())
        details.append(QJsonObject {{QStringLiteral("errorCode"), code}, {QStringLiteral("fieldName"), fieldName}});
    // contextId is filled in by the server from the correlation id of the request.
    return json(QJsonObject {{QStringLiteral("message"), message}, {QStringLiteral("code"), code},
                    {QStringLiteral("status"), status}, {QStringLiteral("messageParams"), QJsonObject()},
                    {QStringLiteral("details"), details}, {QStringLiteral("errors"), QJsonArray()}},
        status);
}

SimResponse SimResponse::oauthError(int status, const QString &error, const QString &description)
{
    return json(QJsonObject {{QStringLiteral("error"), error}, {QStringLiteral("description"), description},
                    {QStringLiteral("error_description"), description}},
        status);
}
