// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ClockTimer.h"

#include <QObject>
#include <QRandomGenerator>

class Clock;
class SimOrganisation;

// The competing supervisor: changes random agents at a steady rate, so that clients meet real conflicts.
class SimCompetitor : public QObject
{
    Q_OBJECT

public:
    SimCompetitor(SimOrganisation *org, quint32 seed, double perMinute, Clock *clock, QObject *parent = nullptr);

    void setRate(double perMinute);
    double rate() const { return m_perMinute; }
    // Changes one agent now (a random one when userId is empty); returns the agent's id, empty on failure.
    QString changeAgent(const QString &userId = QString());

private:
    SimOrganisation *m_org;
    QRandomGenerator m_rng;
    double m_perMinute = 0;
    ClockTimer m_timer;
};
