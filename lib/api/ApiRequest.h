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

    // The limiter keeps a third of its budget for the lead's writes, which reads never take. Auto:
    // GET is a read, any other method a write; a compare read made for a write says Write (so it is
    // let through like the write and goes before queued reads).
    enum class Kind { Auto, Read, Write };
    Kind kind = Kind::Auto;
    // Requests of the budget this one's first attempt takes when it leaves the limiter (its retries
    // take 1 each). A compare read takes 2 so that the write which follows it (sent with prepaid =
    // true) leaves at once: the window between reading an agent and writing it stays one round trip,
    // never a wait in the limiter.
    int budgetCost = 1;
    // Its budget was taken by the request before it: its first attempt is held neither by the limiter
    // nor by the parallel cap and leaves before everything queued. A 429 pause holds it too (the server
    // would refuse it), and it leaves first when the pause ends. Full rules: ApiClient.h.
    bool prepaid = false;
};
