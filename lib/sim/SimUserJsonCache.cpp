// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/SimUserJsonCache.h"

#include "sim/SimAgent.h"
#include "sim/SimJson.h"
#include "sim/SimJsonWriter.h"
#include "sim/SimOrganisation.h"

// The same User shape as SimJson::user, written straight to bytes: building QJsonObjects for
// thousands of users is what made the first page of a large organisation slow.
QByteArray SimUserJsonCache::write(
    const SimOrganisation &org, const SimAgent &agent, bool presence, bool routingStatus, bool team)
{
    SimJsonWriter w;
    w.beginObject();
    w.member("id", agent.id);
    w.member("name", agent.name);
    w.key("division");
    w.beginObject();
    w.member("id", agent.divisionId);
    w.member("name", agent.divisionName);
    w.member("selfUri", QStringLiteral("/api/v2/authorization/divisions/") + agent.divisionId);
    w.endObject();
    w.member("department", agent.department);
    w.member("email", agent.email);
    w.member("username", agent.username);
    w.member("title", agent.title);
    w.member("state", agent.state);
    w.key("version");
    w.number(agent.version);
    w.key("acdAutoAnswer");
    w.boolean(false);
    w.member("selfUri", QStringLiteral("/api/v2/users/") + agent.id);
    if (presence) {
        const SimPresenceDefinition *def = org.definition(agent.presenceDefinitionId);
        w.key("presence");
        w.beginObject();
        w.member("source", QStringLiteral("PURECLOUD"));
        w.member("sourceId", SimOrganisation::purecloudSourceId());
        w.key("primary");
        w.boolean(true);
        w.key("presenceDefinition");
        w.beginObject();
        if (def) {
            w.member("id", def->id);
            w.member("systemPresence", def->systemPresence);
            w.member("selfUri", QStringLiteral("/api/v2/presencedefinitions/") + def->id);
        }
        w.endObject();
        if (!agent.presenceMessage.isEmpty())
            w.member("message", agent.presenceMessage);
        w.member("modifiedDate", SimJson::date(agent.presenceModified));
        w.member("selfUri", QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(agent.id));
        w.endObject();
    }
    if (routingStatus) {
        w.key("routingStatus");
        w.beginObject();
        w.member("userId", agent.id);
        w.member("status", agent.routingStatus);
        w.member("startTime", SimJson::date(agent.routingStart));
        w.endObject();
    }
    if (!agent.managerId.isEmpty()) {
        w.key("manager");
        w.beginObject();
        w.member("id", agent.managerId);
        w.member("selfUri", QStringLiteral("/api/v2/users/") + agent.managerId);
        w.endObject();
    }
    const SimTeam *t = team ? org.team(agent.teamId) : nullptr;
    if (t) {
        w.key("team");
        w.beginObject();
        w.member("id", t->id);
        w.member("name", t->name);
        w.member("selfUri", QStringLiteral("/api/v2/teams/") + t->id);
        w.key("division");
        w.beginObject();
        w.member("id", t->divisionId);
        w.endObject();
        w.key("memberCount");
        w.number(int(t->memberIds.size()));
        w.endObject();
    }
    w.endObject();
    return w.take();
}

QByteArray SimUserJsonCache::user(
    const SimOrganisation &org, const SimAgent &agent, bool presence, bool routingStatus, bool team)
{
    const int variant = (presence ? 1 : 0) | (routingStatus ? 2 : 0) | (team ? 4 : 0);
    Entry &entry = m_entries[&agent];
    // Revisions start at 1, so a zero revision marks an empty slot.
    if (entry.revision[variant] != agent.revision || entry.json[variant].isEmpty()) {
        entry.json[variant] = write(org, agent, presence, routingStatus, team);
        entry.revision[variant] = agent.revision;
    }
    return entry.json[variant];
}
