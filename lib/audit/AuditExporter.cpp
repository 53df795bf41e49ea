// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditExporter.h"

#include "audit/AuditEntry.h"
#include "audit/AuditQueryRunner.h"
#include "audit/AuditRow.h"
#include "audit/AuditSql.h"

#include <QIODevice>
#include <QJsonDocument>

AuditExporter::AuditExporter(const AuditQueryRunner &runner)
    : m_runner(runner)
{
}

bool AuditExporter::writable(QIODevice *out, QString *error) const
{
    if (out && out->isWritable())
        return true;
    AuditSql::setError(error, tr("The export target is not writable."));
    return false;
}

bool AuditExporter::exportJsonLines(QIODevice *out, const AuditQuery &q, QString *error) const
{
    if (!writable(out, error))
        return false;
    return m_runner.forEachMatching(
        q,
        [out](const AuditEntry &entry) {
            const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
            return out->write(line) == line.size();
        },
        error);
}

QString AuditExporter::csvCell(const QString &value)
{
    QString cell = value;
    // A spreadsheet would run these as formulas; a leading apostrophe makes them plain text.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && formulaStarts.contains(cell.at(0)))
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n'))
        || cell.contains(QLatin1Char('\r'))) {
        cell.replace(QLatin1String("\""), QLatin1String("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

bool AuditExporter::exportCsv(QIODevice *out, const AuditQuery &q, QString *error) const
{
    if (!writable(out, error))
        return false;
    // The column names, but the time is written as text, not in milliseconds.
    QStringList names = AuditRow::columnNames();
    names.replaceInStrings(QStringLiteral("time_ms"), QStringLiteral("time"));
    const QByteArray header = names.join(QLatin1Char(',')).toUtf8() + "\r\n";
    if (out->write(header) != header.size()) {
        AuditSql::setError(error, tr("Cannot write the export."));
        return false;
    }
    return m_runner.forEachMatching(
        q,
        [out](const AuditEntry &e) {
            const QStringList cells {QString::number(e.id), AuditEntry::formatTime(e.time), e.level, e.msg,
                e.supervisor, e.agentId, e.agentName, e.fromStatus, e.toStatus, e.reason, e.outcome, e.error,
                e.latencyMs < 0 ? QString() : QString::number(e.latencyMs), e.etagBefore, e.etagAfter, e.correlationId,
                e.prevHash, e.hash};
            QStringList escaped;
            for (const QString &cell : cells)
                escaped << csvCell(cell);
            const QByteArray line = escaped.join(QLatin1Char(',')).toUtf8() + "\r\n";
            return out->write(line) == line.size();
        },
        error);
}
