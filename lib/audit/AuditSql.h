// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

class QSqlError;
class QSqlQuery;

// The statement helpers every part of the audit store uses: errors as one trimmed line of text,
// values bound in order, a forward-only cursor.
namespace AuditSql {

QString errorText(const QSqlError &error);
void setError(QString *error, const QString &text); // error may be null
// Null strings would bind as SQL NULL; the columns are NOT NULL with '' for "none".
QString text(const QString &value);
// Prepares sql, binds values in order and runs it; on failure fills *error with the driver's text.
bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error);
// Runs sql unprepared (PostgreSQL cannot prepare DDL or transaction control).
bool execPlain(QSqlDatabase db, const QString &sql, QString *error);

} // namespace AuditSql
