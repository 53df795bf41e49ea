// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/SimBody.h"

#include <QCoreApplication>
#include <QJsonDocument>

SimResponse SimBody::badRequest(const QString &message, const QString &field)
{
    return SimResponse::error(400, QStringLiteral("bad.request"), message, field);
}

bool SimBody::object(const QByteArray &body, const QStringList &allowedKeys, QJsonObject *out, SimResponse *error)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = badRequest(QCoreApplication::translate("SimBody",
            "The request could not be understood by the server "
            "due to malformed syntax: %1 at offset %2.")
                                .arg(parseError.errorString())
                                .arg(parseError.offset));
        return false;
    }
    if (!doc.isObject()) {
        *error = badRequest(QCoreApplication::translate("SimBody", "The request body must be a JSON object."));
        return false;
    }
    *out = doc.object();
    return keysAllowed(*out, allowedKeys, error);
}

bool SimBody::array(const QByteArray &body, QJsonArray *out, SimResponse *error)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        *error = badRequest(QCoreApplication::translate("SimBody", "The request body must be a JSON array."));
        return false;
    }
    *out = doc.array();
    return true;
}

bool SimBody::keysAllowed(const QJsonObject &object, const QStringList &allowedKeys, SimResponse *error)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowedKeys.contains(it.key())) {
            *error = badRequest(
                QCoreApplication::translate("SimBody", "Unrecognized field \"%1\".").arg(it.key()), it.key());
            return false;
        }
    }
    return true;
}

bool SimBody::string(
    const QJsonObject &object, const QString &key, bool required, bool nullable, QString *out, SimResponse *error)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined() || (v.isNull() && nullable)) {
        if (required) {
            *error = badRequest(QCoreApplication::translate("SimBody", "The field \"%1\" is required.").arg(key), key);
            return false;
        }
        out->clear();
        return true;
    }
    if (!v.isString()) {
        *error = badRequest(QCoreApplication::translate("SimBody", "The field \"%1\" must be a string.").arg(key), key);
        return false;
    }
    *out = v.toString();
    return true;
}
