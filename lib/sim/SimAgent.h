// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// One user of the simulated organisation and the state both protocols (presence and the Status API) share.
struct SimAgent
{
    QString id;
    QString name;
    QString email;
    QString username;
    QString department; // free text, independent of the team
    QString teamId; // the Genesys team (at most one), empty for none
    QString managerId; // empty only for the top of the organisation
    QString title;
    QString divisionId;
    QString divisionName;
    QString state = QStringLiteral("active");
    int version = 1;
    QStringList queueIds; // the queues the user is a member of
    QStringList joinedQueueIds; // of those, the memberships that are active (joined), in the same order
    QDateTime queuesChanged; // when a membership was last activated or deactivated

    QString presenceDefinitionId;
    QString presenceMessage;
    QDateTime presenceModified;
    QString routingStatus = QStringLiteral("OFF_QUEUE");
    QDateTime routingStart;

    QString reason; // Status API reason of the last change, empty when the last change carried none
    QString wrapupCode;
    quint64 revision = 0; // changes with every change through either protocol; the ETag derives from it
    QString modifiedBy;
    QDateTime modifiedDate;

    QString etag() const { return QStringLiteral("\"r%1\"").arg(revision); }
};
