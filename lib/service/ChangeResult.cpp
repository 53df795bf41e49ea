// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/ChangeResult.h"

#include <QCoreApplication>
#include <QStringList>

QString ChangeResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied:
        return QStringLiteral("applied");
    case Outcome::Rejected:
        return QStringLiteral("rejected");
    case Outcome::ConflictKeptTheirs:
        return QStringLiteral("conflict_kept_theirs");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::Unknown:
        return QStringLiteral("unknown");
    case Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QString ChangeResult::outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied:
        return QCoreApplication::translate("ChangeResult", "applied");
    case Outcome::Rejected:
        return QCoreApplication::translate("ChangeResult", "rejected");
    case Outcome::ConflictKeptTheirs:
        return QCoreApplication::translate("ChangeResult", "conflict, theirs kept");
    case Outcome::Cancelled:
        return QCoreApplication::translate("ChangeResult", "cancelled");
    case Outcome::Unknown:
        return QCoreApplication::translate("ChangeResult", "outcome unknown");
    case Outcome::Unchanged:
        return QCoreApplication::translate("ChangeResult", "already there");
    case Outcome::Failed:
        break;
    }
    return QCoreApplication::translate("ChangeResult", "failed");
}

ChangeResult ChangeResult::unsent(const QString &changeId, const StatusChange &change, Outcome outcome)
{
    ChangeResult result;
    result.changeId = changeId;
    result.outcome = outcome;
    result.write.change = change;
    return result;
}

QString ChangeResult::errorText() const
{
    if (outcome == Outcome::Rejected)
        return violationText(violations);
    return write.error.toString();
}

QString ChangeResult::violationText(const RuleViolations &violations)
{
    QStringList parts;
    for (const RuleViolation &violation : violations)
        parts.append(violation.typeName() + QLatin1String(": ") + violation.message);
    return parts.join(QLatin1String("; "));
}
