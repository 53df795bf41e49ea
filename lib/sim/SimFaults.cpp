// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/SimFaults.h"

#include <QCoreApplication>
#include <QJsonObject>

SimFaults::SimFaults(const SimConfig &config)
    : m_latencyMin(qMax(0, config.latencyMinMs))
    , m_latencyMax(qMax(m_latencyMin, config.latencyMaxMs))
    , m_failRate(qBound(0.0, config.failRate, 1.0))
    , m_rng(config.seed ^ 0x5eedfa17u)
{
}

void SimFaults::script(
    const QByteArray &method, const QString &path, int status, int count, bool drop, int delayMs, bool apply)
{
    m_scripts.append({method.toUpper(), path, status, qMax(1, count), drop, qMax(0, delayMs), apply});
}

void SimFaults::clearScripts()
{
    m_scripts.clear();
}

QJsonArray SimFaults::scripts() const
{
    QJsonArray out;
    for (const Script &s : m_scripts) {
        out.append(QJsonObject {{QStringLiteral("method"), QString::fromLatin1(s.method)},
            {QStringLiteral("path"), s.path}, {QStringLiteral("status"), s.status},
            {QStringLiteral("remaining"), s.remaining}, {QStringLiteral("drop"), s.drop},
            {QStringLiteral("delayMs"), s.delayMs}, {QStringLiteral("apply"), s.apply}});
    }
    return out;
}

void SimFaults::setLatency(int minMs, int maxMs)
{
    m_latencyMin = qMax(0, minMs);
    m_latencyMax = qMax(m_latencyMin, maxMs);
}

void SimFaults::setFailRate(double fraction)
{
    m_failRate = qBound(0.0, fraction, 1.0);
}

bool SimFaults::matches(const Script &script, const SimRequest &request)
{
    if (!script.method.isEmpty() && script.method != "*" && script.method != request.method)
        return false;
    if (script.path.endsWith(QLatin1Char('*')))
        return request.path.startsWith(QStringView(script.path).chopped(1));
    return script.path == request.path;
}

SimResponse SimFaults::failure(int status)
{
    if (status == 503)
        return SimResponse::error(503, QStringLiteral("service.unavailable"),
            QCoreApplication::translate("SimFaults", "The service is currently unavailable."));
    if (status == 504)
        return SimResponse::error(
            504, QStringLiteral("request.timeout"), QCoreApplication::translate("SimFaults", "The request timed out."));
    if (status == 429) {
        SimResponse r = SimResponse::error(429, QStringLiteral("too.many.requests.retry.after"),
            QCoreApplication::translate("SimFaults", "Rate limit exceeded the maximum. Retry the request later."));
        r.setHeader("Retry-After", "1");
        return r;
    }
    if (status >= 500)
        return SimResponse::error(status, QStringLiteral("internal.server.error"),
            QCoreApplication::translate("SimFaults", "The server encountered an internal error."));
    return SimResponse::error(
        status, QStringLiteral("bad.request"), QCoreApplication::translate("SimFaults", "Scripted fault."));
}

std::optional<SimResponse> SimFaults::intercept(const SimRequest &request, bool *apply)
{
    if (apply)
        *apply = false;
    for (int i = 0; i < m_scripts.size(); ++i) {
        Script &s = m_scripts[i];
        if (!matches(s, request))
            continue;
        SimResponse r = s.drop || s.status == 0 ? SimResponse() : failure(s.status);
        if (!s.drop && s.status == 0)
            r.status = 0; // apply only: the real answer, late
        r.drop = s.drop;
        r.delayMs = s.delayMs;
        if (apply)
            *apply = s.apply;
        if (--s.remaining <= 0)
            m_scripts.removeAt(i);
        return r;
    }
    if (m_failRate > 0 && m_rng.generateDouble() < m_failRate) {
        const int kind = int(m_rng.bounded(3));
        SimResponse r = failure(kind == 0 ? 500 : 503);
        r.drop = kind == 2;
        return r;
    }
    return std::nullopt;
}

int SimFaults::latencyMs()
{
    if (m_latencyMax <= 0)
        return 0;
    return m_latencyMin + int(m_rng.bounded(m_latencyMax - m_latencyMin + 1));
}

SimResponse SimFaults::afterApplying(const SimResponse &fault, const SimResponse &real)
{
    if (fault.drop || fault.status != 0)
        return fault;
    SimResponse late = real; // the real answer, only later
    late.delayMs += fault.delayMs;
    return late;
}
