// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/SimRequest.h"
#include "sim/SimResponse.h"

#include <QList>
#include <QStringList>

#include <functional>

// A routing table over path patterns such as "/api/v2/users/{}/presences/{}". Literal segments win over
// parameters, so "/api/v2/users/me" is found before "/api/v2/users/{}".
class SimRouter
{
public:
    using Handler = std::function<SimResponse(const SimRequest &, const QStringList &)>;
    enum class Match { Found, WrongMethod, NotFound };

    void add(const QByteArray &method, const QString &pattern, Handler handler);
    Match find(const QByteArray &method, const QString &path, Handler *handler, QStringList *args) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        int literals = 0;
        Handler handler;
    };
    static bool matches(const Route &route, const QStringList &segments, QStringList *args);

    QList<Route> m_routes;
};
