// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/AlertNotifier.h"

#include "models/StatusLabels.h"
#include "service/AgentDirectory.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QTimer>

namespace {

// Thresholds are in minutes: four looks a minute notice a crossing soon enough.
constexpr int kCheckIntervalMs = 15000;
// How long the tray balloon stays.
constexpr int kTrayMessageMs = 10000;
// A grouped alert names this many agents, then says how many more.
constexpr int kNamesInMessage = 4;

} // namespace

AlertNotifier::AlertNotifier(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kCheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &AlertNotifier::check);
    m_timer->start();
}

void AlertNotifier::setDirectory(AgentDirectory *directory)
{
    m_directory = directory;
    m_alertedStatus.clear();
    m_alertedNotResponding.clear();
}

void AlertNotifier::setThresholds(const QMap<QString, int> &minutes)
{
    m_minutes = minutes;
}

void AlertNotifier::setTrayEnabled(bool enabled)
{
    m_trayEnabled = enabled;
}

// With 10,000 agents the check is a walk of the roster: nothing is formatted for an agent unless an
// alert is due, and the grouped message names only the first few (each check took 9 ms of the UI
// thread when it wrote a line for everyone over a threshold).
void AlertNotifier::check()
{
    if (!m_directory)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 nowSecs = now.toSecsSinceEpoch();
    const QVector<Agent> agents = m_directory->agents();
    struct Over
    {
        const Agent *agent;
        qint64 minutes;
        bool notResponding;
    };
    QList<Over> over;
    QStringList fresh;
    for (const Agent &agent : agents) {
        if (agent.routingStatus != QLatin1String("NOT_RESPONDING")) {
            if (!m_notRespondingSince.isEmpty())
                m_notRespondingSince.remove(agent.id);
        } else if (m_notRespondingSeconds > 0) {
            const qint64 since = m_notRespondingSince.value(agent.id, nowSecs);
            m_notRespondingSince.insert(agent.id, since);
            const qint64 stayed = (nowSecs - since) / 60;
            if (nowSecs - since >= m_notRespondingSeconds) {
                over.append({&agent, stayed, true});
                qint64 &alerted = m_alertedNotResponding[agent.id];
                if (alerted != since) {
                    alerted = since;
                    const QString message
                        = tr("%1 has not been responding for %n minute(s): no interactions reach them.", nullptr,
                            int(stayed))
                              .arg(agent.name);
                    fresh << message;
                    emit alert(agent.id, message);
                }
            }
        }
        const int minutes = m_minutes.value(agent.status, 0);
        if (minutes <= 0 || !agent.statusSince.isValid())
            continue;
        // Whole seconds: a poll and a push may stamp the same stay a few milliseconds apart.
        const qint64 since = agent.statusSince.toSecsSinceEpoch();
        const qint64 stayed = (nowSecs - since) / 60;
        if (stayed < minutes)
            continue;
        over.append({&agent, stayed, false});
        qint64 &alerted = m_alertedStatus[agent.id];
        if (alerted == since)
            continue;
        alerted = since;
        const QString message = tr("%1 has been %2 for %n minute(s).", nullptr, int(stayed))
                                    .arg(agent.name, StatusLabels::statusName(agent.status));
        fresh << message;
        emit alert(agent.id, message);
    }
    if (fresh.isEmpty())
        return;
    QStringList overIds;
    QStringList overTexts;
    for (const Over &o : std::as_const(over)) {
        overIds << o.agent->id;
        if (overTexts.size() == kNamesInMessage)
            continue;
        overTexts << (o.notResponding ? tr("%1 (not responding, %n min)", nullptr, int(o.minutes)).arg(o.agent->name)
                                      : tr("%1 (%2, %n min)", nullptr, int(o.minutes))
                                            .arg(o.agent->name, StatusLabels::statusName(o.agent->status)));
    }
    // One message for everyone over a threshold now, not one that replaces the last.
    const QString grouped = overIds.size() == 1 ? fresh.constFirst() : groupedText(overTexts, int(overIds.size()));
    emit alertsGrouped(overIds, grouped);
    if (m_trayEnabled && QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->setToolTip(QStringLiteral("StatusDesk"));
            m_tray->show();
        }
        // Notification bodies are plain text on every platform Qt supports.
        m_tray->showMessage(tr("Agent over threshold"), grouped, QApplication::windowIcon(), kTrayMessageMs);
    }
}

QString AlertNotifier::groupedText(const QStringList &firstNames, int total)
{
    QString text
        = tr("%n agent(s) over their alert threshold: ", nullptr, total) + firstNames.join(QStringLiteral(", "));
    if (total > firstNames.size())
        text += QLatin1Char(' ') + tr("and %n more.", nullptr, total - int(firstNames.size()));
    return text;
}
