// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/SimResponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

// Strict parsing of request bodies: malformed JSON, a wrong top-level type, unknown fields and fields of
// the wrong type each give the 400 ErrorBody to send.
class SimBody
{
public:
    static bool object(const QByteArray &body, const QStringList &allowedKeys, QJsonObject *out, SimResponse *error);
    static bool array(const QByteArray &body, QJsonArray *out, SimResponse *error);
    static bool keysAllowed(const QJsonObject &object, const QStringList &allowedKeys, SimResponse *error);
    // A string field (or null when nullable). Missing fields are fine unless required.
    static bool string(
        const QJsonObject &object, const QString &key, bool required, bool nullable, QString *out, SimResponse *error);
    static SimResponse badRequest(const QString &message, const QString &field = QString());
};
