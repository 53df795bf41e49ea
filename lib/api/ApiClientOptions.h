// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Tunables of the request pipeline. Defaults suit a real org; tests shorten the delays.
struct ApiClientOptions
{
    int timeoutMs = 15000; // per attempt
    int requestsPerMinute = 300; // client-side token bucket
    int burst = 10; // bucket size: requests that may leave at once
    int maxRetries = 3; // for 5xx, timeouts, dropped connections and 429
    int backoffBaseMs = 500; // first retry delay; doubles, with full jitter
    int backoffMaxMs = 30000;
    int maxRetryAfterSeconds = 180; // a longer Retry-After fails the request instead of waiting
    int maxParallel = 6; // requests in flight at once
};
