// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/SimRequest.h"

QByteArray SimRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QStringList SimRequest::queryValues(const QString &key) const
{
    QStringList values;
    const QStringList raw = query.allQueryItemValues(key, QUrl::FullyDecoded);
    for (const QString &item : raw) {
        const QStringList parts = item.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : parts)
            values.append(part.trimmed());
    }
    return values;
}

QString SimRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

bool SimRequest::hasPermission(const QString &permission) const
{
    return permissions.isEmpty() || permissions.contains(permission);
}
