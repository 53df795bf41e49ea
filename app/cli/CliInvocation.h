// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RosterScope.h"
#include "service/Profile.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

// One parsed command line of statusdesk-cli: the profile to connect with, the command and its arguments.
struct CliInvocation
{
    enum class Command {
        AgentsList,
        StatusGet,
        StatusSet,
        BulkSet,
        AuditList,
        AuditVerify,
        AuditExport,
        AuditCheckpoint,
        WebhooksList,
        WebhooksFlush,
        QueuesList,
        QueuesActivate,
        QueuesDeactivate,
        AdherenceList,
        TimelineShow,
    };
    enum class ConflictPolicy { Abort, ApplyLatest, KeepTheirs };
    enum class BulkSelection { Agents, All }; // All: every agent of the scope

    Profile profile;
    bool json = false;
    int metricsPort = -1; // -1: no metrics endpoint
    int flushTimeoutSeconds = 30;

    Command command = Command::AgentsList;
    QString agent; // status get/set: an id or an exact name
    QString target; // status set, bulk set: the canonical status
    QString reason;
    QString expect; // status set --expect
    ConflictPolicy onConflict = ConflictPolicy::Abort;
    BulkSelection selection = BulkSelection::All;
    RosterScope scope; // --team (repeatable) or --reports-to; the whole organisation without them
    QStringList agents;
    QStringList queues; // queues activate/deactivate: ids or names of the agent's queues

    QString auditAgent;
    QDateTime auditSince;
    QString auditOutcome;
    QString exportFormat; // jsonl | csv
    QString auditKeyFile; // --audit-key-file, or the default one (used when it exists)
    QString anchorFile; // audit verify --anchor
    QString outputFile; // audit checkpoint --output; empty: standard output
    QDate timelineDate; // timeline show --date (local); today when null

    // True when the command needs the server (and thus sign-in); audit and webhooks list do not.
    bool needsServer() const;
};
