// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

// One agent as the roster shows it. Both protocols fill the same value: Genesys from a user with
// presence and routing status expanded, the Status API from its status resource.
struct Agent
{
    QString id;
    QString name;
    QString email;
    QString team; // the Genesys team's name (users read with expand=team); empty when in none
    QString teamId;
    QString department; // Genesys' free-text department, apart from the team
    QString managerId;
    QString divisionId;
    QString divisionName;

    QString status; // canonical key of StatusCatalogue ("Available", "OnQueue", ...); empty if unknown
    QString presenceDefinitionId;
    QString presenceLabel; // the secondary (organisation) label of the definition, e.g. "Coffee break"
    QString reason; // Status API reason code, when the server tells it
    QString routingStatus; // OFF_QUEUE, IDLE, INTERACTING, NOT_RESPONDING, COMMUNICATING
    QDateTime statusSince; // presence modifiedDate
    // The queues whose membership is active (joined), as the activity topic's activeQueueIds tells them;
    // activeQueuesKnown is false until an event or a membership read has told them.
    QStringList activeQueueIds;
    bool activeQueuesKnown = false;

    // The optimistic-locking token: the ETag for the Status API, the presence modifiedDate
    // (ISO-8601 text as the server sent it) for Genesys.
    QString version;
    QString changedBy; // who made the last change, when known

    QDateTime lastConfirmed; // when we last had fresh data from the server
    bool stale = false; // true when the row may be out of date (push gap, failed re-read)
    // How the row is kept fresh: pushed (its topics permitted on a live channel), else polled every
    // pollSeconds (0: not polled, only loads and re-reads confirm it).
    bool pushed = false;
    int pollSeconds = 0;

    bool isValid() const { return !id.isEmpty(); }
    bool operator==(const Agent &other) const;
    bool operator!=(const Agent &other) const { return !(*this == other); }
};

using AgentList = QVector<Agent>;

Q_DECLARE_METATYPE(Agent)
