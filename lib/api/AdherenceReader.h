// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "core/AgentAdherence.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class ApiClient;
class ApiReply;

// Reads real-time adherence (GET /api/v2/workforcemanagement/adherence) for many users: 100 ids a
// request (the most Genesys takes), each id a repeated userId parameter, every request a read of the
// ApiClient's budget. One read at a time; finished() tells the records found and the first error.
class AdherenceReader : public QObject
{
    Q_OBJECT

public:
    static constexpr int IdsPerRequest = 100;
    static constexpr const char *Permission = "wfm:realtimeAdherence:view";

    explicit AdherenceReader(ApiClient *client, QObject *parent = nullptr);
    ~AdherenceReader() override;

    // Requests a read of these users costs.
    static int requestsFor(int users) { return (users + IdsPerRequest - 1) / IdsPerRequest; }
    // False while a read is running (nothing is started).
    bool read(const QStringList &ids);
    bool isReading() const { return !m_inFlight.isEmpty(); }
    void cancel();

    // A UserScheduleAdherence into *out; false without a user id. Unknown enum values are kept as sent.
    static bool readRecord(const QJsonObject &record, AgentAdherence *out);

signals:
    void finished(const QHash<QString, AgentAdherence> &records, const ApiError &firstError);

private:
    void onReply(ApiReply *reply);

    ApiClient *m_client;
    QList<QPointer<ApiReply>> m_inFlight;
    QHash<QString, AgentAdherence> m_records;
    ApiError m_firstError;
};
