// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class AgentDirectory;
class StatusChangeService;
struct ChangeConflict;
struct ChangeResult;

// Clears an agent's NOT_RESPONDING routing status the one way known to work: two ordinary status
// changes, each validated, audited and sent to payroll like any other: Off Queue (Available, with the
// lead's reason, which the rules ask for when leaving On Queue), then On Queue again. Setting On Queue
// alone is not known to clear it, and the rules refuse "already On Queue". A conflict on the way is not
// guessed at: the step is cancelled and the clearing ends there. finished() comes once per clear().
class NotRespondingClearer : public QObject
{
    Q_OBJECT

public:
    NotRespondingClearer(StatusChangeService *changes, AgentDirectory *directory, QObject *parent = nullptr);

    // Starts clearing; false (with the reason) when the agent is unknown, not NOT_RESPONDING, or already
    // being cleared.
    bool clear(const QString &agentId, const QString &reason, QString *error = nullptr);
    bool isClearing(const QString &agentId) const;

signals:
    // cleared: both changes applied. message: for the lead.
    void finished(const QString &agentId, bool cleared, const QString &message);

private:
    void onConflict(const ChangeConflict &conflict);
    void onFinished(const ChangeResult &result);

    QPointer<StatusChangeService> m_changes;
    QPointer<AgentDirectory> m_directory;
    struct Clearing
    {
        QString agentId;
        QString reason;
        bool onQueueStep = false;
    };
    QHash<QString, Clearing> m_byChange; // change id -> the clearing it belongs to
};
