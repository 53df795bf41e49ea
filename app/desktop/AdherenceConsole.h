// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class AdherenceMonitor;
class DayLog;
class DayLogRecorder;
class Session;

// The console's adherence and day log for one session: the AdherenceMonitor that keeps the roster's
// Scheduled column fresh, and the DayLogRecorder that writes what the console sees beside the audit file.
// Turns the monitor's threshold crossings into one grouped message per round.
class AdherenceConsole : public QObject
{
    Q_OBJECT

public:
    explicit AdherenceConsole(QObject *parent = nullptr);
    ~AdherenceConsole() override;

    // Starts for a ready session (nullptr: stops; the monitor and recorder go). The session it already
    // has, ready again after a scope change, keeps them: alerts already given are not given again.
    void attach(Session *session);
    AdherenceMonitor *monitor() const { return m_monitor; }
    DayLogRecorder *recorder() const { return m_recorder; }
    QString dayLogFolder() const;

signals:
    // The agents out of adherence now, or that the permission is missing.
    void countChanged(int outOfAdherence, bool permissionMissing);
    void alert(const QString &message);

private:
    void onOverThreshold(const QString &agentId);
    void flushAlerts();

    QPointer<Session> m_session;
    AdherenceMonitor *m_monitor = nullptr;
    DayLogRecorder *m_recorder = nullptr;
    std::unique_ptr<DayLog> m_log;
    QStringList m_pendingAlerts;
};
