// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// An ACD queue of the simulated organisation. Users are members of some queues; a membership is active
// (joined) or not, and only a joined membership routes interactions to the user.
struct SimQueue
{
    QString id;
    QString name;
    QString divisionId;
    QString divisionName;
    QDateTime dateCreated;
};
