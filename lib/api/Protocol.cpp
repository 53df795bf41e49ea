// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Protocol.h"

QString protocolName(Protocol protocol)
{
    return protocol == Protocol::StatusApi ? QStringLiteral("status-api") : QStringLiteral("genesys");
}

bool parseProtocol(const QString &text, Protocol *protocol)
{
    const QString name = text.trimmed().toLower();
    if (name == QLatin1String("genesys")) {
        *protocol = Protocol::Genesys;
        return true;
    }
    if (name == QLatin1String("status-api") || name == QLatin1String("statusapi")) {
        *protocol = Protocol::StatusApi;
        return true;
    }
    return false;
}
