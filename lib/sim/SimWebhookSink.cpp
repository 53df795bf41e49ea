// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/SimWebhookSink.h"

#include "core/Clock.h"
#include "sim/SimJson.h"

#include <QJsonDocument>
#include <QJsonObject>

SimWebhookSink::SimWebhookSink(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(Clock::orSystem(clock))
{
}

void SimWebhookSink::setMaxRecorded(int perSink)
{
    m_maxRecorded = qMax(1, perSink);
}

void SimWebhookSink::setMaxRecordedBytes(qint64 perSink)
{
    m_maxRecordedBytes = qMax<qint64>(1, perSink);
}

SimResponse SimWebhookSink::deliver(const QString &name, const SimRequest &request)
{
    int status = 200;
    bool stall = false;
    auto plan = m_plans.find(name);
    if (plan != m_plans.end() && plan->remaining > 0) {
        --plan->remaining;
        stall = plan->status == 0;
        status = stall ? 0 : plan->status;
    }

    QJsonObject headers;
    for (const auto &h : request.headers)
        headers.insert(QString::fromLatin1(h.first).toLower(), QString::fromUtf8(h.second));
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    QJsonObject record {{QStringLiteral("time"), SimJson::date(m_clock->now())}, {QStringLiteral("headers"), headers},
        {QStringLiteral("rawBody"), QString::fromUtf8(request.body)}, {QStringLiteral("answeredStatus"), status}};
    if (parseError.error == QJsonParseError::NoError)
        record.insert(QStringLiteral("body"), doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    if (!m_deliveries.contains(name) && m_deliveries.size() >= MaxSinks)
        m_deliveries.erase(m_deliveries.begin()); // some other sink's record goes: names are unbounded
    Recorded &recorded = m_deliveries[name];
    // The raw body and its parsed copy.
    const qint64 size = 2 * request.body.size();
    recorded.records.append(record);
    recorded.sizes.append(size);
    recorded.bytes += size;
    while (recorded.records.size() > 1
        && (recorded.records.size() > m_maxRecorded || recorded.bytes > m_maxRecordedBytes)) {
        recorded.records.removeFirst();
        recorded.bytes -= recorded.sizes.takeFirst();
    }
    Q_EMIT delivered(name, status);

    if (stall) {
        SimResponse r;
        r.stall = true;
        return r;
    }
    if (status >= 400) {
        SimResponse r
            = SimResponse::error(status, QStringLiteral("sink.failure"), tr("The webhook sink was told to fail."));
        // A payroll system that throttles says when to come back, as Genesys does.
        if (status == 429)
            r.setHeader("Retry-After", "1");
        return r;
    }
    return SimResponse::json(QJsonObject {{QStringLiteral("received"), true}}, status);
}

QJsonArray SimWebhookSink::deliveries(const QString &name) const
{
    return m_deliveries.value(name).records;
}

void SimWebhookSink::clear(const QString &name)
{
    m_deliveries.remove(name);
    m_plans.remove(name);
}

void SimWebhookSink::failNext(const QString &name, int status, int count)
{
    m_plans.insert(name, {status, count});
}
