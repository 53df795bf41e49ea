// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One pushed change of an agent: from v2.users.{id}.activity (presence and routing status),
// v2.users.{id}.presence or v2.users.{id}.routingStatus.
struct ActivityEvent
{
    QString userId;
    QString topic; // the topic name it came on

    bool hasPresence = false;
    QString presenceDefinitionId;
    QString systemPresence; // as sent; canonicalise with StatusCatalogue::canonicalKey
    QString presenceMessage;
    QDateTime modifiedDate;
    QString modifiedDateText; // as sent: the Genesys version token

    bool hasRoutingStatus = false;
    QString routingStatus;
    QDateTime routingStatusSince;
    bool hasActiveQueues = false; // the activity topic's activeQueueIds was there
    QStringList activeQueueIds;
};

Q_DECLARE_METATYPE(ActivityEvent)
