// SPDX-License-Identifier: GPL-3.0-or-later
// An /oauth/token answer: status (first two bytes), a Location line, then the body.
#include "FuzzSupport.h"
#include "api/TokenProvider.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool ready = [] {
        fuzz::quiet();
        return true;
    }();
    (void)ready;
    if (size < 2)
        return 0;
    const int status = 100 + (data[0] << 8 | data[1]) % 500;
    const QByteArray rest = fuzz::bytes(data + 2, size - 2);
    const qsizetype newline = rest.indexOf('\n');
    const QByteArray location = newline < 0 ? QByteArray() : rest.left(newline);
    const QByteArray body = newline < 0 ? rest : rest.mid(newline + 1);
    const TokenProvider::Answer answer = TokenProvider::parseAnswer(status, body, location);
    (void)answer.error.toString();
    return 0;
}
