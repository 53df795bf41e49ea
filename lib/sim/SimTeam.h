// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// A Genesys team of the simulated organisation: a named group of users; a user is in at most one.
struct SimTeam
{
    QString id;
    QString name;
    QString divisionId;
    QString divisionName;
    QStringList memberIds; // in the order the members listing returns them
};
