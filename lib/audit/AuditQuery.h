// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// Filters for AuditStore::query/count/export. Empty or null fields do not filter.
// Results are newest first (by id); offset/limit page through them (limit <= 0: no limit).
struct AuditQuery
{
    QDateTime from; // inclusive
    QDateTime to; // inclusive
    QString agent; // exact agent id, or a substring of the agent name (case-insensitive)
    QString supervisor; // exact supervisor
    QString outcome; // exact outcome value (see AuditOutcome)
    QString text; // substring of msg, reason, error, agent name, supervisor, statuses or correlation id
    int offset = 0;
    int limit = 100;

    bool hasFilters() const;
};
