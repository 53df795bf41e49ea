// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/SimConfig.h"
#include "sim/SimRequest.h"
#include "sim/SimResponse.h"

#include <QJsonArray>
#include <QList>
#include <QRandomGenerator>

#include <optional>

// Fault injection: latency, a random failure rate (500/503 bodies and dropped connections) and scripted
// faults for a method and path over the next N requests.
class SimFaults
{
public:
    explicit SimFaults(const SimConfig &config);

    // path: exact, or a prefix ending in '*'; method: empty or "*" for any. status 0 with drop: close.
    // apply: the request is carried out first and only its answer is replaced (status 0 without drop:
    // the real answer, delayMs late), the ambiguous failure where the server did the work.
    void script(const QByteArray &method, const QString &path, int status, int count, bool drop, int delayMs,
        bool apply = false);
    void clearScripts();
    QJsonArray scripts() const;
    void setLatency(int minMs, int maxMs);
    void setFailRate(double fraction);
    double failRate() const { return m_failRate; }

    // A fault response to send instead of the real one, if any. Latency is applied by the caller.
    // *apply (when given) says whether the request is to be carried out before the fault answers.
    std::optional<SimResponse> intercept(const SimRequest &request, bool *apply = nullptr);
    // The answer of a fault with apply, given the real answer of the request it let through.
    static SimResponse afterApplying(const SimResponse &fault, const SimResponse &real);
    int latencyMs();

private:
    struct Script
    {
        QByteArray method;
        QString path;
        int status = 0;
        int remaining = 0;
        bool drop = false;
        int delayMs = 0;
        bool apply = false;
    };
    static bool matches(const Script &script, const SimRequest &request);
    static SimResponse failure(int status);

    QList<Script> m_scripts;
    int m_latencyMin;
    int m_latencyMax;
    double m_failRate;
    QRandomGenerator m_rng;
};
