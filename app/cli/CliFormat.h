// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/StatusLabels.h"

#include <QCoreApplication>
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

// How statusdesk-cli shows its data: one JSON shape (stable, for scripts: raw keys and identifiers,
// whatever the language) and one table per kind (translated labels for the lead's language).
class CliFormat
{
    Q_DECLARE_TR_FUNCTIONS(CliFormat)

public:
    static QJsonObject agentJson(const Agent &agent);
    // The same objects as agentJson(), as an indented JSON array written straight to bytes: for 10,000
    // agents, building QJsonObjects first took a third of `agents list`.
    static QByteArray agentsJson(const QVector<Agent> &agents);
    static QString agentsTable(const QVector<Agent> &agents, const StatusLabels &labels);

    static QJsonObject resultJson(const ChangeResult &result);
    static QString resultLine(const ChangeResult &result, const StatusLabels &labels);
    static QJsonObject conflictJson(const ChangeConflict &conflict);
    static QString conflictLine(const ChangeConflict &conflict, const StatusLabels &labels);
    static QJsonObject summaryJson(const BulkSummary &summary);
    static QString summaryLine(const BulkSummary &summary);

    static QString auditTable(const QVector<AuditEntry> &entries, const StatusLabels &labels);

    static QJsonObject deliveryJson(const WebhookDelivery &delivery);
    static QString deliveriesTable(const QVector<WebhookDelivery> &deliveries);

    static QString time(const QDateTime &time); // UTC, ISO 8601 with seconds; "-" when null
};
