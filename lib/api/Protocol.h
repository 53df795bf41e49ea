// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

// The wire protocol of a server: Genesys Cloud presences (re-read before write) or the Status API
// (ETag / If-Match). A profile names one; the session builds the gateway that speaks it.
enum class Protocol { Genesys, StatusApi };

// "genesys", "status-api" (as in STATUSDESK_PROTOCOL, the CLI's --protocol and the settings).
QString protocolName(Protocol protocol);
// Accepts "genesys" and "status-api" (case-insensitive, "statusapi" too); false for anything else.
bool parseProtocol(const QString &text, Protocol *protocol);

Q_DECLARE_METATYPE(Protocol)
