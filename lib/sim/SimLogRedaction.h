// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Keeps credentials out of the simulator's logs. Qt's HTTP server, with its debug logging on
// (QT_LOGGING_RULES="qt.httpserver*=true"), prints each request with all its headers; the message
// handler installed here replaces the values of Authorization, Proxy-Authorization and Cookie
// headers before any message reaches the previous handler.
class SimLogRedaction
{
public:
    // Once per process; later calls do nothing.
    static void install();
    // `message` with every credential header value replaced by "<redacted>".
    static QString redacted(const QString &message);
};
