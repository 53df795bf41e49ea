// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

// One HTTP request as the simulator's endpoints see it, independent of the HTTP server library.
struct SimRequest
{
    QByteArray method; // upper case: GET, POST, ...
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString correlationId;

    // Filled by the server after authentication.
    QString token;
    QDateTime tokenExpires;
    QString clientId;
    QString userId; // empty for a client-credentials token
    QStringList permissions; // empty: all

    QByteArray header(const QByteArray &name) const;
    QStringList queryValues(const QString &key) const; // repeated and comma forms together
    QString queryValue(const QString &key) const;
    bool hasPermission(const QString &permission) const;
};
