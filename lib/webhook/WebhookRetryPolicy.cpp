// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/WebhookRetryPolicy.h"

#include <algorithm>

qint64 WebhookRetryPolicy::delayAfter(int failedAttempts, double random01) const
{
    qint64 delay = qMax<qint64>(0, initialDelayMs);
    for (int i = 1; i < failedAttempts && delay < maxDelayMs; ++i)
        delay *= 2;
    delay = std::min(delay, maxDelayMs);
    // Jitter spreads the retries of many consoles that failed at the same moment.
    const double share = std::clamp(jitter, 0.0, 1.0) * std::clamp(random01, 0.0, 1.0);
    return qint64(double(delay) * (1.0 - share));
}
