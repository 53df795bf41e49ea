// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>

class AgentDirectory;
class QSystemTrayIcon;
class QTimer;

// Watches how long each agent has been in its status and raises one desktop notification (system
// tray) when agents pass the threshold of their status, grouped: one message names everyone over a
// threshold. Once per agent and stay: a new status starts a new stay.
class AlertNotifier : public QObject
{
    Q_OBJECT
public:
    explicit AlertNotifier(QObject *parent = nullptr);

    void setDirectory(AgentDirectory *directory);
    // Minutes per status key; 0 or absent: no alert for that status.
    void setThresholds(const QMap<QString, int> &minutes);
    void setTrayEnabled(bool enabled);
    // Seconds an agent may stay NOT_RESPONDING before an alert (default 120; 0: none). Counted from when
    // this console first saw the routing status: the roster does not carry its start time.
    void setNotRespondingThreshold(int seconds) { m_notRespondingSeconds = qMax(0, seconds); }
    // Runs one check now (the timer runs one every 15 s).
    void check();

signals:
    void alert(const QString &agentId, const QString &message);
    // After a check that found a new crossing: everyone over a threshold now, in one message.
    void alertsGrouped(const QStringList &agentIds, const QString &message);

private:
    // "N agents over their alert threshold: " the first names, then how many more.
    static QString groupedText(const QStringList &firstNames, int total);

    QPointer<AgentDirectory> m_directory;
    QMap<QString, int> m_minutes;
    QHash<QString, qint64> m_alertedStatus; // the stay (its start, epoch seconds) last reported, per agent
    QHash<QString, qint64> m_alertedNotResponding; // the same for not responding
    int m_notRespondingSeconds = 120;
    QHash<QString, qint64> m_notRespondingSince; // first seen NOT_RESPONDING (epoch seconds), per agent
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_timer;
    bool m_trayEnabled = true;
};
