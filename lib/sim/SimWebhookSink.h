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

    // A demo left running for days, or a client posting big bodies, must not grow the simulator
    // without bound: each sink keeps its newest deliveries only, at most DefaultMaxRecorded of them
    // and at most DefaultMaxRecordedBytes of bodies; there are at most MaxSinks sink names.
    static constexpr int DefaultMaxRecorded = 10000;
    static constexpr qint64 DefaultMaxRecordedBytes = 16 * 1024 * 1024;
    static constexpr int MaxSinks = 100;
    void setMaxRecorded(int perSink);
    void setMaxRecordedBytes(qint64 perSink);

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
    struct Recorded
    {
        QJsonArray records;
        QList<qint64> sizes; // of each record's bodies, oldest first
        qint64 bytes = 0;
    };
    Clock *m_clock;
    QHash<QString, Recorded> m_deliveries;
    QHash<QString, Plan> m_plans;
    int m_maxRecorded = DefaultMaxRecorded;
    qint64 m_maxRecordedBytes = DefaultMaxRecordedBytes;
};
