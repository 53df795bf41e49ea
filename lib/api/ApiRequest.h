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
};
