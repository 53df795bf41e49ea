// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

// One of a user's queue memberships as GET /api/v2/users/{userId}/queues tells it (a UserQueue).
struct QueueMembership
{
    QString queueId;
    QString name;
    QString divisionName;
    bool joined = false; // active: interactions of the queue are routed to the user
    int memberCount = -1; // -1: not told
    int joinedMemberCount = -1;

    bool operator==(const QueueMembership &other) const
    {
        return queueId == other.queueId && name == other.name && divisionName == other.divisionName
            && joined == other.joined && memberCount == other.memberCount
            && joinedMemberCount == other.joinedMemberCount;
    }
};
using QueueMemberships = QVector<QueueMembership>;
Q_DECLARE_METATYPE(QueueMembership)
