// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "core/Agent.h"
#include "core/StatusChange.h"

#include <QMetaType>
#include <QString>
#include <QVector>

// What became of one status write: the change as asked and the agent as the server returned it.
// A failed write says why in `error`, and only there (GatewayReply::error() of a single write reads it).
// Unknown: the write was sent but its answer was lost (a 5xx, a dropped connection, no answer in time),
// so the server may or may not have applied it; `error` says what happened to the answer, and only a
// read of the agent can tell.
// Unchanged: the compare read found the agent already in the target status, so nothing was written.
struct WriteResult
{
    enum class Outcome { Applied, Conflict, Failed, Unknown, Unchanged };

    Outcome outcome = Outcome::Failed;
    StatusChange change; // what was asked (set by the GatewayReply the result is reported to)
    // The agent as the server returned it: Applied → the state after our write; Conflict → theirs (the
    // latest state). Presence fields only where the server's answer has no name or team: the change has them.
    Agent agent;
    QString etagBefore; // the version we wrote against (ETag or modifiedDate)
    QString etagAfter; // the version after our write
    QString correlationId;
    ApiError error; // Failed: why
    int attempts = 0; // HTTP attempts of the write request
    qint64 latencyMs = 0; // from the start of the write to its end
    // Of latencyMs, the time the write's requests (re-read, write, conflict read) were on the wire: the
    // update latency. The rest they waited in the rate limiter's queue, for a token or for a retry.
    qint64 requestMs = 0;
    // The compare-before-write window: from the compare read's answer to the write leaving the client
    // (-1: no write was sent). Another client's change can only slip in between within it.
    qint64 windowMs = -1;

    static QString outcomeName(Outcome outcome); // "applied", "conflict", "failed", "unknown", "unchanged"
    // A failed write; the correlation id is the error's.
    static WriteResult failure(const ApiError &error);
    // What became of a write that was sent and answered with `error`: Unknown when the server may have
    // applied it all the same (network, timeout, 5xx, an unreadable 2xx, an abort in flight), else Failed.
    static WriteResult afterSending(const ApiError &error);
    static bool mayHaveApplied(const ApiError &error);
};

using WriteResults = QVector<WriteResult>;

Q_DECLARE_METATYPE(WriteResult)
