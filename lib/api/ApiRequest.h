// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// One API call as the pipeline sends it: method, path under the region's API base, query, JSON body
// and extra headers (If-Match ...).
struct ApiRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path; // "/api/v2/users"
    QUrlQuery query;
    QJsonDocument body; // sent when not null
    QList<QPair<QByteArray, QByteArray>> headers;
    int timeoutMs = -1; // -1: the client's default
    bool retryable = true; // false: never retried (e.g. a write that must not run twice)

    // The limiter keeps a share of its budget for the lead's writes, which reads never take. Auto:
    // GET is a read, any other method a write; a compare read made for a write says Write.
    enum class Kind { Auto, Read, Write };
    Kind kind = Kind::Auto;
    // Requests of the budget this one takes when it leaves the limiter. A compare read takes 2 so
    // that the write which follows it (sent with prepaid = true) leaves at once: the window between
    // reading an agent and writing it stays one round trip, never a wait in the limiter.
    int budgetCost = 1;
    bool prepaid = false; // its budget was taken by the request before it: never held by the limiter
};
