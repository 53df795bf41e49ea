// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/SimRequest.h"
#include "sim/SimResponse.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>

class Clock;

// The payroll system of the demo and the tests: records every delivery per sink name and can be told to
// answer the next deliveries with a given status or to stall.
class SimWebhookSink : public QObject
{
    Q_OBJECT

public:
    explicit SimWebhookSink(Clock *clock, QObject *parent = nullptr);

    // A demo left running for days must not grow without bound: each sink keeps its newest
    // deliveries only.
    static constexpr int DefaultMaxRecorded = 10000;
    void setMaxRecorded(int perSink);

    SimResponse deliver(const QString &name, const SimRequest &request);
    QJsonArray deliveries(const QString &name) const;
    void clear(const QString &name);
    // The next `count` deliveries to `name` get `status` (0: stall, never answer).
    void failNext(const QString &name, int status, int count);

Q_SIGNALS:
    void delivered(const QString &name, int answeredStatus);

private:
    struct Plan
    {
        int status = 0;
        int remaining = 0;
    };
    Clock *m_clock;
    QHash<QString, QJsonArray> m_deliveries;
    QHash<QString, Plan> m_plans;
    int m_maxRecorded = DefaultMaxRecorded;
};
