// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// One HTTP response, plus the faults the front end applies when it sends it.
struct SimResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    int delayMs = 0;
    bool drop = false; // close the connection without an answer
    bool stall = false; // never answer; the client's timeout decides

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static SimResponse json(const QJsonObject &object, int status = 200);
    static SimResponse json(const QJsonArray &array, int status = 200);
    static SimResponse noContent();
    // Genesys' ErrorBody: message, code, status, contextId, details, errors.
    static SimResponse error(
        int status, const QString &code, const QString &message, const QString &fieldName = QString());
    // The OAuth error shape of the login host: error, description, error_description.
    static SimResponse oauthError(int status, const QString &error, const QString &description);
};
