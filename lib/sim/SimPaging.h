// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/SimRequest.h"
#include "sim/SimResponse.h"

#include <QJsonObject>

// The page-numbered listings of the Platform API (users, legacy presence definitions, user queues): their
// query parameters, checked as Genesys checks them, and the paging fields of their answers.
class SimPaging
{
public:
    static constexpr int kMaxPageSize = 500;

    // A positive integer query parameter up to `max`; false with the 400 to send when it is not one.
    static bool intParam(
        const SimRequest &request, const QString &key, int fallback, int max, int *out, SimResponse *error);
    // pageSize (1..500, default 25) and pageNumber (from 1).
    static bool pageParams(const SimRequest &request, int *pageSize, int *pageNumber, SimResponse *error);
    // pageSize, pageNumber, total, pageCount and the first/last/self/previous/next URIs; `extra` is the
    // rest of the query ("&joined=false"), kept in every URI.
    static QJsonObject paging(const QString &path, const QString &extra, int pageSize, int pageNumber, int total);
};
