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
    m_alerted.clear();
}

void AlertNotifier::setThresholds(const QMap<QString, int> &minutes)
{
    m_minutes = minutes;
}

void AlertNotifier::setTrayEnabled(bool enabled)
{
    m_trayEnabled = enabled;
}

void AlertNotifier::check()
{
    if (!m_directory)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QVector<Agent> agents = m_directory->agents();
    QStringList overIds;
    QStringList overTexts;
    QStringList fresh;
    for (const Agent &agent : agents) {
        if (agent.routingStatus != QLatin1String("NOT_RESPONDING")) {
            m_notRespondingSince.remove(agent.id);
        } else if (m_notRespondingSeconds > 0) {
            const QDateTime since = m_notRespondingSince.value(agent.id, now);
            m_notRespondingSince.insert(agent.id, since);
            const qint64 stayed = since.secsTo(now) / 60;
            if (since.secsTo(now) >= m_notRespondingSeconds) {
                overIds << agent.id;
                overTexts << tr("%1 (not responding, %n min)", nullptr, int(stayed)).arg(agent.name);
                const QString stay = agent.id + QStringLiteral("|nr|") + QString::number(since.toSecsSinceEpoch());
                if (!m_alerted.contains(stay)) {
                    m_alerted.insert(stay);
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
        const qint64 stayed = agent.statusSince.secsTo(now) / 60;
        if (stayed < minutes)
            continue;
        overIds << agent.id;
        overTexts
            << tr("%1 (%2, %n min)", nullptr, int(stayed)).arg(agent.name, StatusLabels::statusName(agent.status));
        // Whole seconds: a poll and a push may stamp the same stay a few milliseconds apart.
        const QString stay = agent.id + QLatin1Char('|') + QString::number(agent.statusSince.toSecsSinceEpoch());
        if (m_alerted.contains(stay))
            continue;
        m_alerted.insert(stay);
        const QString message = tr("%1 has been %2 for %n minute(s).", nullptr, int(stayed))
                                    .arg(agent.name, StatusLabels::statusName(agent.status));
        fresh << message;
        emit alert(agent.id, message);
    }
    if (fresh.isEmpty())
        return;
    // One message for everyone over a threshold now, not one that replaces the last.
    const QString grouped = overIds.size() == 1 ? fresh.constFirst() : groupedText(overTexts);
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

QString AlertNotifier::groupedText(const QStringList &agents)
{
    QStringList shown = agents.mid(0, kNamesInMessage);
    QString text = tr("%n agent(s) over their alert threshold: ", nullptr, int(agents.size()))
        + shown.join(QStringLiteral(", "));
    if (agents.size() > kNamesInMessage)
        text += QLatin1Char(' ') + tr("and %n more.", nullptr, int(agents.size() - kNamesInMessage));
    return text;
}
