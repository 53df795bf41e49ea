// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditEntry.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

class QSqlQuery;

// One AuditEntry as a row of audit_entries: the column list, reading a row back, the values to
// insert, and the text the SQLite trigram index holds for it.
class AuditRow
{
public:
    static QStringList columnNames(); // in the order of the table, id first, hash last
    // "id, time_ms, ..." for a SELECT or INSERT; with an alias "i.id, i.time_ms, ...".
    static QString columns(const QString &alias = QString());
    // The entry of the current row of a query that selected columns() (starting at column 0).
    static AuditEntry fromQuery(const QSqlQuery &query);
    // The values of columns() for an INSERT, empty texts as '' (the columns are NOT NULL).
    static QVariantList values(const AuditEntry &entry);
    static QString insertStatement(); // INSERT INTO audit_entries (columns()) VALUES (?, ...)
    // One document per entry for the text index.
    static QString searchableText(const AuditEntry &entry);
};
