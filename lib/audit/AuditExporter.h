// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditQuery.h"

#include <QCoreApplication>
#include <QString>

class AuditQueryRunner;
class QIODevice;

// Writes the entries matching a query, oldest first, as JSON Lines (one AuditEntry::toJson per line)
// or as CSV (RFC 4180, escaped so that no cell runs as a spreadsheet formula).
class AuditExporter
{
    // Its messages reach users as the store's.
    Q_DECLARE_TR_FUNCTIONS(AuditStore)

public:
    explicit AuditExporter(const AuditQueryRunner &runner);

    bool exportJsonLines(QIODevice *out, const AuditQuery &q, QString *error) const;
    // CRLF line ends, quotes doubled; a header row of the column names.
    bool exportCsv(QIODevice *out, const AuditQuery &q, QString *error) const;

    // One escaped CSV cell: cells starting with = + - @ tab or CR get a leading '.
    static QString csvCell(const QString &value);

private:
    bool writable(QIODevice *out, QString *error) const;

    const AuditQueryRunner &m_runner;
};
