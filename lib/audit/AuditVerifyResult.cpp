// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditVerifyResult.h"

QString AuditVerifyResult::problemName(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return QStringLiteral("none");
    case Problem::Edited:
        return QStringLiteral("edited");
    case Problem::Inserted:
        return QStringLiteral("inserted");
    case Problem::Deleted:
        return QStringLiteral("deleted");
    case Problem::ReadError:
        return QStringLiteral("read_error");
    case Problem::Truncated:
        return QStringLiteral("truncated");
    case Problem::Rewritten:
        return QStringLiteral("rewritten");
    }
    return QString();
}
