// SPDX-License-Identifier: GPL-3.0-or-later
// A Retry-After header value.
#include "FuzzSupport.h"
#include "core/RetryAfter.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray value = fuzz::bytes(data, size);
    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    const qint64 seconds = RetryAfter::seconds(value, now);
    if (seconds < -1 || seconds > RetryAfter::MaxSeconds)
        std::abort(); // out of the documented range
    (void)RetryAfter::parseHttpDate(value);
    return 0;
}
