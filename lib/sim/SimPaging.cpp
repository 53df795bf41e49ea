// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/SimPaging.h"

#include <QCoreApplication>

bool SimPaging::intParam(
    const SimRequest &request, const QString &key, int fallback, int max, int *out, SimResponse *error)
{
    const QString raw = request.queryValue(key);
    if (raw.isEmpty()) {
        *out = fallback;
        return true;
    }
    bool ok = false;
    const int value = raw.toInt(&ok);
    if (!ok || value < 1 || value > max) {
        *error = SimResponse::error(400, QStringLiteral("bad.request"),
            QCoreApplication::translate(
                "SimApi", "Value [%1] is not valid for field [%2]. Allowable values are: 1 to %3.")
                .arg(raw, key)
                .arg(max),
            key);
        return false;
    }
    *out = value;
    return true;
}

bool SimPaging::pageParams(const SimRequest &request, int *pageSize, int *pageNumber, SimResponse *error)
{
    return intParam(request, QStringLiteral("pageSize"), 25, kMaxPageSize, pageSize, error)
        && intParam(request, QStringLiteral("pageNumber"), 1, 1000000, pageNumber, error);
}

QJsonObject SimPaging::paging(const QString &path, const QString &extra, int pageSize, int pageNumber, int total)
{
    const int pageCount = total == 0 ? 0 : (total + pageSize - 1) / pageSize;
    auto uri = [&](int page) -> QString {
        return path + QStringLiteral("?pageSize=%1&pageNumber=%2").arg(pageSize).arg(page) + extra;
    };
    QJsonObject out {{QStringLiteral("pageSize"), pageSize}, {QStringLiteral("pageNumber"), pageNumber},
        {QStringLiteral("total"), total}, {QStringLiteral("pageCount"), pageCount},
        {QStringLiteral("firstUri"), uri(1)}, {QStringLiteral("lastUri"), uri(qMax(1, pageCount))},
        {QStringLiteral("selfUri"), uri(pageNumber)}};
    if (pageNumber > 1)
        out.insert(QStringLiteral("previousUri"), uri(qMin(pageNumber - 1, qMax(1, pageCount))));
    if (pageNumber < pageCount)
        out.insert(QStringLiteral("nextUri"), uri(pageNumber + 1));
    return out;
}
