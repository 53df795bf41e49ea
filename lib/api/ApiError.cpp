// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiError.h"

#include "core/RetryAfter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <limits>

namespace {

ApiError::Kind kindForStatus(int status)
{
    switch (status) {
    case 400:
        return ApiError::Kind::BadRequest;
    case 401:
        return ApiError::Kind::Authentication;
    case 403:
        return ApiError::Kind::Permission;
    case 404:
        return ApiError::Kind::NotFound;
    case 409:
        return ApiError::Kind::Conflict;
    case 429:
        return ApiError::Kind::RateLimited;
    default:
        return status >= 500 ? ApiError::Kind::Server : ApiError::Kind::Http;
    }
}

// The permission a 403 names: messageParams, details, or a "a:b:c" token in the message.
QString permissionOf(const QJsonObject &body)
{
    const QJsonObject params = body.value(QStringLiteral("messageParams")).toObject();
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        const QString value = it.value().toString();
        if (value.count(QLatin1Char(':')) >= 2)
            return value;
    }
    static const QRegularExpression permission(QStringLiteral("\\b([A-Za-z]+:[A-Za-z]+:[A-Za-z*]+)\\b"));
    const QRegularExpressionMatch match = permission.match(body.value(QStringLiteral("message")).toString());
    if (match.hasMatch())
        return match.captured(1);
    const QJsonArray details = body.value(QStringLiteral("details")).toArray();
    for (const QJsonValue &detail : details) {
        const QString field = detail.toObject().value(QStringLiteral("fieldName")).toString();
        if (field.count(QLatin1Char(':')) >= 2)
            return field;
    }
    return QString();
}

} // namespace

bool ApiError::isTransient() const
{
    return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::Server || kind == Kind::RateLimited;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::BadRequest:
        return QStringLiteral("bad_request");
    case Kind::Authentication:
        return QStringLiteral("authentication");
    case Kind::Permission:
        return QStringLiteral("permission");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::MalformedResponse:
        return QStringLiteral("malformed_response");
    case Kind::InsecureUrl:
        return QStringLiteral("insecure_url");
    case Kind::Configuration:
        return QStringLiteral("configuration");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QString ApiError::toString() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Permission:
        text = missingPermission.isEmpty()
            ? tr("Permission denied (HTTP 403): %1").arg(message)
            : tr("Permission denied: the permission %1 is missing.").arg(missingPermission);
        break;
    case Kind::BadRequest:
        text = tr("The server refused the request (HTTP 400): %1").arg(message);
        break;
    case Kind::Authentication:
        text = tr("Authentication failed: %1").arg(message);
        break;
    case Kind::RateLimited:
        text = retryAfterSeconds >= 0 ? tr("Rate limited by the server; retry after %1 s.").arg(retryAfterSeconds)
                                      : tr("Rate limited by the server.");
        break;
    default:
        text = httpStatus > 0 ? tr("HTTP %1: %2").arg(httpStatus).arg(message) : message;
        break;
    }
    if (!correlationId.isEmpty())
        text += QLatin1Char(' ') + tr("(correlation id %1)").arg(correlationId);
    return text;
}

ApiError ApiError::make(Kind kind, const QString &message)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    return error;
}

ApiError ApiError::redirected(int status, const QByteArray &location)
{
    const QUrl target(QString::fromUtf8(location.left(2048)));
    ApiError error = make(Kind::Http,
        tr("The server redirected the request (HTTP %1) to %2; StatusDesk follows no redirects, so that "
           "credentials and tokens go to no other address.")
            .arg(status)
            .arg(target.isEmpty() ? tr("an unnamed address")
                                  : target.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    error.httpStatus = status;
    error.code = QStringLiteral("redirect");
    return error;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &correlationHeader,
    const QByteArray &retryAfterHeader, const QDateTime &now)
{
    ApiError error;
    error.kind = kindForStatus(status);
    error.httpStatus = status;
    error.correlationId = QString::fromLatin1(correlationHeader).trimmed();
    error.retryAfterSeconds
        = static_cast<int>(qMin<qint64>(RetryAfter::seconds(retryAfterHeader, now), std::numeric_limits<int>::max()));

    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject object = document.object();
    if (document.isObject()) {
        error.code = object.value(QStringLiteral("code")).toString();
        error.message = object.value(QStringLiteral("message")).toString();
        if (error.message.isEmpty())
            error.message = object.value(QStringLiteral("error_description")).toString();
        if (error.message.isEmpty())
            error.message = object.value(QStringLiteral("description")).toString();
        if (error.code.isEmpty())
            error.code = object.value(QStringLiteral("error")).toString();
        const QString contextId = object.value(QStringLiteral("contextId")).toString();
        if (!contextId.isEmpty())
            error.correlationId = contextId;
    }
    if (error.kind == Kind::Permission)
        error.missingPermission = permissionOf(object);
    if (error.message.isEmpty())
        error.message = status >= 500 ? tr("server error") : tr("request failed");
    return error;
}
