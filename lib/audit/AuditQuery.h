// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// Filters for AuditStore::query/count/export. Empty or null fields do not filter.
// Results are newest first (by time, then id); offset/limit page through them (limit <= 0: no limit).
struct AuditQuery
{
    QDateTime from; // inclusive
    QDateTime to; // inclusive
    // An agent id when the log has entries with exactly that id (index lookup); otherwise a
    // substring of the agent name (case-insensitive for ASCII letters).
    QString agent;
    QString supervisor; // exact supervisor
    QString outcome; // exact outcome value (see AuditOutcome)
    QString text; // substring of msg, reason, error, agent name, supervisor, statuses or correlation id
    // Keyset paging: only entries after this entry in the result order (0: no bound). Unlike a
    // large offset it costs the same on every page: pass the id of the last row of the previous page.
    qint64 beforeId = 0;
    int offset = 0;
    int limit = 100;

    bool hasFilters() const;
};
