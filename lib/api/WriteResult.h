// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "core/Agent.h"
#include "core/StatusChange.h"

#include <QMetaType>
#include <QString>
#include <QVector>

// What became of one status write.
struct WriteResult
{
    enum class Outcome { Applied, Conflict, Failed };

    Outcome outcome = Outcome::Failed;
    StatusChange change; // what was asked
    Agent after; // Applied: the agent as the server has it now
    Agent theirs; // Conflict: the latest state (someone else's change)
    QString etagBefore; // the version we wrote against (ETag or modifiedDate)
    QString etagAfter; // the version after our write
    QString correlationId;
    ApiError error; // Failed: why
    int attempts = 0; // HTTP attempts of the write request
    qint64 latencyMs = 0; // from the start of the write to its end

    static QString outcomeName(Outcome outcome); // "applied", "conflict", "failed"
};

using WriteResults = QVector<WriteResult>;

Q_DECLARE_METATYPE(WriteResult)
