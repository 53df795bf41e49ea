// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/SimCompetitor.h"

#include "sim/SimOrganisation.h"

SimCompetitor::SimCompetitor(SimOrganisation *org, quint32 seed, double perMinute, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_org(org)
    , m_rng(seed ^ 0xc0ffee11u)
    , m_timer(clock)
{
    connect(&m_timer, &ClockTimer::timeout, this, [this]() { changeAgent(); });
    setRate(perMinute);
}

void SimCompetitor::setRate(double perMinute)
{
    m_perMinute = qMax(0.0, perMinute);
    if (m_perMinute <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(qMax(1, int(60000.0 / m_perMinute)));
}

QString SimCompetitor::changeAgent(const QString &userId)
{
    const QString id = userId.isEmpty() ? m_org->activeAgentAt(m_rng.generate()) : userId;
    const SimAgent *agent = m_org->user(id);
    if (!agent)
        return {};
    const SimPresenceDefinition *current = m_org->definition(agent->presenceDefinitionId);
    // What a lead typically does: send people on break, to meetings, back on queue.
    static const char *const targets[] = {"Available", "OnQueue", "Break", "Meal", "Meeting", "Training", "Away"};
    QString target;
    do {
        target = QString::fromLatin1(targets[m_rng.bounded(int(std::size(targets)))]);
    } while (current && current->systemPresence == target);
    static const char *const reasons[] = {"Coaching", "Coffee", "Lunch", "ReadyForCalls", "Personal"};
    const QString reason = QString::fromLatin1(reasons[m_rng.bounded(int(std::size(reasons)))]);
    const QString error = m_org->setStatus(id, target, reason, QString(), m_org->competitorId());
    return error.isEmpty() ? id : QString();
}
