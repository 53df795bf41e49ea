// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/AdherenceReader.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "api/GenesysJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrlQuery>

AdherenceReader::AdherenceReader(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

AdherenceReader::~AdherenceReader()
{
    cancel();
}

bool AdherenceReader::read(const QStringList &ids)
{
    if (isReading())
        return false;
    m_records.clear();
    m_firstError = ApiError();
    if (ids.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { emit finished(m_records, m_firstError); }, Qt::QueuedConnection);
        return true;
    }
    for (qsizetype first = 0; first < ids.size(); first += IdsPerRequest) {
        ApiRequest request;
        request.path = QStringLiteral("/api/v2/workforcemanagement/adherence");
        request.kind = ApiRequest::Kind::Read;
        for (const QString &id : ids.mid(first, IdsPerRequest))
            request.query.addQueryItem(QStringLiteral("userId"), id);
        ApiReply *reply = m_client->send(request);
        m_inFlight.append(reply);
        connect(reply, &ApiReply::finished, this, [this, reply] { onReply(reply); });
    }
    return true;
}

void AdherenceReader::cancel()
{
    const auto replies = std::exchange(m_inFlight, {});
    for (const QPointer<ApiReply> &reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void AdherenceReader::onReply(ApiReply *reply)
{
    m_inFlight.removeAll(reply);
    reply->deleteLater();
    if (!reply->isOk()) {
        if (!m_firstError.isError())
            m_firstError = reply->error();
    } else if (!reply->json().isArray()) {
        if (!m_firstError.isError())
            m_firstError = ApiError::make(ApiError::Kind::MalformedResponse,
                QCoreApplication::translate("AdherenceReader", "The adherence answer is not a list."));
    } else {
        for (const QJsonValue &value : reply->json().array()) {
            AgentAdherence record;
            if (readRecord(value.toObject(), &record))
                m_records.insert(record.userId, record);
        }
    }
    if (m_inFlight.isEmpty())
        emit finished(m_records, m_firstError);
}

bool AdherenceReader::readRecord(const QJsonObject &record, AgentAdherence *out)
{
    QString id = record.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        id = record.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return false;
    AgentAdherence a;
    a.userId = id;
    a.scheduledCategory = record.value(QStringLiteral("scheduledActivityCategory")).toString();
    a.actualCategory = record.value(QStringLiteral("actualActivityCategory")).toString();
    a.state = record.value(QStringLiteral("adherenceState")).toString();
    if (a.state.isEmpty())
        a.state = QStringLiteral("Unknown");
    a.impact = record.value(QStringLiteral("impact")).toString();
    a.since = GenesysJson::parseDate(record.value(QStringLiteral("timeOfAdherenceChange")).toString());
    a.systemPresence = record.value(QStringLiteral("systemPresence")).toString();
    *out = a;
    return true;
}
