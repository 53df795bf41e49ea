// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/SimUserJsonCache.h"

#include "sim/SimAgent.h"
#include "sim/SimJson.h"

#include <QJsonDocument>

QByteArray SimUserJsonCache::user(const SimOrganisation &org, const SimAgent &agent, bool presence, bool routingStatus)
{
    const int variant = (presence ? 1 : 0) | (routingStatus ? 2 : 0);
    Entry &entry = m_entries[&agent];
    // Revisions start at 1, so a zero revision marks an empty slot.
    if (entry.revision[variant] != agent.revision || entry.json[variant].isEmpty()) {
        entry.json[variant]
            = QJsonDocument(SimJson::user(org, agent, presence, routingStatus)).toJson(QJsonDocument::Compact);
        entry.revision[variant] = agent.revision;
    }
    return entry.json[variant];
}
