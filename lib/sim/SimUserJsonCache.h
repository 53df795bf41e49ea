// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

class SimOrganisation;
struct SimAgent;

// Serialised User entities, kept until the agent's revision changes, so that a page of 500 users is
// a matter of copying bytes rather than building 500 JSON objects on every request.
class SimUserJsonCache
{
public:
    QByteArray user(const SimOrganisation &org, const SimAgent &agent, bool presence, bool routingStatus, bool team);

private:
    static QByteArray write(
        const SimOrganisation &org, const SimAgent &agent, bool presence, bool routingStatus, bool team);

    struct Entry
    {
        quint64 revision[8] = {0, 0, 0, 0, 0, 0, 0, 0};
        QByteArray json[8];
    };
    QHash<const SimAgent *, Entry> m_entries;
};
