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
    case Outcome::Unknown:
        return QStringLiteral("unknown");
    case Outcome::Unchanged:
        return QStringLiteral("unchanged");
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

bool WriteResult::mayHaveApplied(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
    case ApiError::Kind::MalformedResponse:
    case ApiError::Kind::Cancelled:
        return true;
    case ApiError::Kind::Http:
        return error.httpStatus >= 500;
    default:
        return false;
    }
}

WriteResult WriteResult::afterSending(const ApiError &error)
{
    WriteResult result = failure(error);
    if (mayHaveApplied(error))
        result.outcome = Outcome::Unknown;
    return result;
}
