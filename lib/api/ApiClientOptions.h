// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// Tunables of the request pipeline. Defaults suit a real org; tests shorten the delays.
struct ApiClientOptions
{
    int timeoutMs = 15000; // per attempt
    // The budget of any rolling 60 s (see ApiClient): Genesys' default per token or per user and app.
    int requestsPerMinute = 300;
    int maxRetries = 3; // for 5xx, timeouts, dropped connections and 429
    int backoffBaseMs = 500; // first retry delay; doubles, with full jitter
    int backoffMaxMs = 30000;
    // A longer Retry-After fails that request at once (RateLimited, with the server's wait in the error)
    // and does not pause the pipeline: holding every request, the UI's reads included, for minutes
    // would look like a hang, whereas each later request that is refused fails just as quickly, with
    // no retries, so the server sees no more than one attempt per action.
    int maxRetryAfterSeconds = 180;
    int maxParallel = 6; // requests in flight at once (prepaid ones aside)
    // How long a write waits for an expired sign-in to be renewed (a browser sign-in may take the lead
    // a while): a status change sent ten minutes late would surprise everyone, so it fails instead and
    // the lead sends it again. Reads wait for the renewal however long it takes.
    int writeWaitForSignInMs = 120000;
    // A bigger answer is refused (MalformedResponse) instead of filling the memory; a page of 500
    // users is about 1 MiB.
    qint64 maxResponseBytes = 64 * 1024 * 1024;
};
