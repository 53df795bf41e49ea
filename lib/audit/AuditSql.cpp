// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
// Enough of a failed statement to recognise it in a message, not the whole DDL.
constexpr int QuotedStatementChars = 60;
} // namespace

namespace AuditSql {

QString errorText(const QSqlError &error)
{
    return error.text().trimmed();
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        setError(error, errorText(query.lastError()));
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        setError(error, errorText(query.lastError()));
        return false;
    }
    return true;
}

bool execPlain(QSqlDatabase db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        setError(error,
            errorText(query.lastError()) + QLatin1String(" (") + sql.left(QuotedStatementChars) + QLatin1Char(')'));
        return false;
    }
    return true;
}

} // namespace AuditSql
