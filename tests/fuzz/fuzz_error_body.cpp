// SPDX-License-Identifier: GPL-3.0-or-later
// An error answer: status (first two bytes), then correlation id and Retry-After lines, then the body.
#include "FuzzSupport.h"
#include "api/ApiError.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool ready = [] {
        fuzz::quiet();
        return true;
    }();
    (void)ready;
    if (size < 2)
        return 0;
    const int status = 400 + (data[0] << 8 | data[1]) % 200;
    const QByteArray rest = fuzz::bytes(data + 2, size - 2);
    const qsizetype first = rest.indexOf('\n');
    const qsizetype second = first < 0 ? -1 : rest.indexOf('\n', first + 1);
    const QByteArray correlation = first < 0 ? QByteArray() : rest.left(first);
    const QByteArray retryAfter = second < 0 ? QByteArray() : rest.mid(first + 1, second - first - 1);
    const QByteArray body = second < 0 ? rest : rest.mid(second + 1);
    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    const ApiError error = ApiError::fromHttp(status, body, correlation, retryAfter, now);
    (void)error.toString();
    (void)error.isTransient();
    return 0;
}
