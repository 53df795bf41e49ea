// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

// An organisation presence definition: a system one (type System) or a secondary one (type User)
// that maps to a system presence.
struct SimPresenceDefinition
{
    QString id;
    QString systemPresence; // Available, OnQueue, Break, Meal, Away, Busy, Meeting, Training, Offline, Idle
    bool system = true;
    bool primary = true;
    QMap<QString, QString> labels; // en_US, de, es, fr

    QString name() const { return labels.value(QStringLiteral("en_US")); }
};
