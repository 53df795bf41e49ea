// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

struct Agent;
struct AuditEntry;
struct BulkSummary;
struct ChangeConflict;
struct ChangeResult;
struct WebhookDelivery;

// How statusdesk-cli shows its data: one JSON shape (stable, for scripts) and one table per kind.
class CliFormat
{
public:
    static QJsonObject agentJson(const Agent &agent);
    static QString agentsTable(const QVector<Agent> &agents);

    static QJsonObject resultJson(const ChangeResult &result);
    static QString resultLine(const ChangeResult &result);
    static QJsonObject conflictJson(const ChangeConflict &conflict);
    static QString conflictLine(const ChangeConflict &conflict);
    static QJsonObject summaryJson(const BulkSummary &summary);
    static QString summaryLine(const BulkSummary &summary);

    static QString auditTable(const QVector<AuditEntry> &entries);

    static QJsonObject deliveryJson(const WebhookDelivery &delivery);
    static QString deliveriesTable(const QVector<WebhookDelivery> &deliveries);

    static QString time(const QDateTime &time); // UTC, ISO 8601 with seconds; "-" when null
};
