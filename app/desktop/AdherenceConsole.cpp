// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/AdherenceConsole.h"

#include "audit/AuditStore.h"
#include "models/AdherenceLabels.h"
#include "service/AdherenceMonitor.h"
#include "service/AgentDirectory.h"
#include "service/DayLog.h"
#include "service/DayLogRecorder.h"
#include "service/Session.h"

#include <QLocale>
#include <QTimer>

namespace {

constexpr int kNamesInAlert = 3;

} // namespace

AdherenceConsole::AdherenceConsole(QObject *parent)
    : QObject(parent)
{
}

// Quietly: the window that listens may be half gone.
AdherenceConsole::~AdherenceConsole()
{
    delete m_monitor;
    delete m_recorder;
}

QString AdherenceConsole::dayLogFolder() const
{
    return m_log ? m_log->folder() : QString();
}

void AdherenceConsole::attach(Session *session)
{
    // The same session ready again (another scope): the monitor stays, with the episodes it has alerted,
    // and reads the new roster at once; a new one would alert them all again.
    if (session && session == m_session && m_monitor) {
        m_monitor->restartRound();
        emit countChanged(m_monitor->outOfAdherenceCount(), m_monitor->permissionMissing());
        return;
    }
    delete m_monitor;
    m_monitor = nullptr;
    delete m_recorder;
    m_recorder = nullptr;
    m_log.reset();
    m_pendingAlerts.clear();
    m_session = session;
    if (!session) {
        emit countChanged(0, false);
        return;
    }
    m_log = std::make_unique<DayLog>(DayLog::folderBeside(session->profile().effectiveAuditLocation()));
    m_recorder = new DayLogRecorder(m_log.get(), session->directory(), session->clock(), this);
    m_recorder->setAudit(session->audit());
    m_monitor = new AdherenceMonitor(session->api(), session->directory(), session->clock(), this);
    m_recorder->setAdherence(m_monitor);
    connect(m_monitor, &AdherenceMonitor::updated, this,
        [this] { emit countChanged(m_monitor->outOfAdherenceCount(), m_monitor->permissionMissing()); });
    connect(m_monitor, &AdherenceMonitor::permissionMissingChanged, this,
        [this](bool missing) { emit countChanged(0, missing); });
    connect(m_monitor, &AdherenceMonitor::overThreshold, this,
        [this](const QString &agentId) { onOverThreshold(agentId); });
    m_monitor->start();
}

void AdherenceConsole::onOverThreshold(const QString &agentId)
{
    if (m_pendingAlerts.isEmpty())
        QTimer::singleShot(0, this, &AdherenceConsole::flushAlerts);
    m_pendingAlerts.append(agentId);
}

// One message for every agent that crossed in the same check.
void AdherenceConsole::flushAlerts()
{
    if (!m_session || !m_monitor || m_pendingAlerts.isEmpty())
        return;
    QStringList names;
    for (const QString &id : std::as_const(m_pendingAlerts)) {
        if (names.size() == kNamesInAlert)
            break;
        const auto agent = m_session->directory()->agent(id);
        const AgentAdherence a = m_monitor->adherence(id);
        names.append(
            tr("%1 (scheduled: %2)").arg(agent ? agent->name : id, AdherenceLabels::category(a.scheduledCategory)));
    }
    const int more = int(m_pendingAlerts.size()) - int(names.size());
    QString message = tr("Out of adherence past the threshold: %1").arg(QLocale().createSeparatedList(names));
    if (more > 0)
        message += QLatin1Char(' ') + tr("and %n more", nullptr, more);
    m_pendingAlerts.clear();
    emit alert(message);
}
