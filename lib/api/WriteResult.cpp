// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/WriteResult.h"

QString WriteResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied:
        return QStringLiteral("applied");
    case Outcome::Conflict:
        return QStringLiteral("conflict");
    case Outcome::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

WriteResult WriteResult::failure(const ApiError &error)
{
    WriteResult result;
    result.outcome = Outcome::Failed;
    result.error = error;
    result.correlationId = error.correlationId;
    return result;
}
