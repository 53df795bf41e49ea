// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// When the outbox tries again: exponential backoff from initialDelayMs, doubled per attempt up to
// maxDelayMs, each delay reduced by a random share of up to `jitter` (0..1); an event that is
// still undelivered giveUpAfterMs after it was recorded becomes a dead letter.
struct WebhookRetryPolicy
{
    qint64 initialDelayMs = 1000;
    qint64 maxDelayMs = 5 * 60 * 1000;
    qint64 giveUpAfterMs = 24LL * 60 * 60 * 1000;
    double jitter = 0.2;
    // A receiver's Retry-After shorter than this (0 included) waits this long: a receiver that
    // keeps saying "now" must not make the outbox post in a loop.
    qint64 minRetryAfterMs = 1000;
    int requestTimeoutMs = 5000;
    int maxInFlight = 4;

    // The delay before attempt number `failedAttempts + 1`; `random01` is in [0, 1).
    qint64 delayAfter(int failedAttempts, double random01) const;
};
