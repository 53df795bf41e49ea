// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/SimRouter.h"

namespace {
const QString kParam = QStringLiteral("{}");
}

void SimRouter::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    Route route;
    route.method = method;
    route.segments = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &s : std::as_const(route.segments)) {
        if (s != kParam)
            ++route.literals;
    }
    route.handler = std::move(handler);
    m_routes.append(std::move(route));
}

bool SimRouter::matches(const Route &route, const QStringList &segments, QStringList *args)
{
    if (route.segments.size() != segments.size())
        return false;
    QStringList found;
    for (int i = 0; i < segments.size(); ++i) {
        if (route.segments.at(i) == kParam)
            found.append(segments.at(i));
        else if (route.segments.at(i) != segments.at(i))
            return false;
    }
    *args = found;
    return true;
}

SimRouter::Match SimRouter::find(
    const QByteArray &method, const QString &path, Handler *handler, QStringList *args) const
{
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const Route *best = nullptr;
    bool pathKnown = false;
    QStringList bestArgs;
    for (const Route &route : m_routes) {
        QStringList routeArgs;
        if (!matches(route, segments, &routeArgs))
            continue;
        pathKnown = true;
        const bool methodFits = route.method == method || (method == "HEAD" && route.method == "GET");
        if (!methodFits)
            continue;
        // An exact HEAD route beats the GET fallback; more literal segments beat fewer.
        if (!best || route.literals > best->literals || (route.literals == best->literals && route.method == method)) {
            best = &route;
            bestArgs = routeArgs;
        }
    }
    if (best) {
        *handler = best->handler;
        *args = bestArgs;
        return Match::Found;
    }
    return pathKnown ? Match::WrongMethod : Match::NotFound;
}
