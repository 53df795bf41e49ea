// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Agent.h"
#include "core/RuleViolation.h"
#include "desktop/ConflictVerdict.h"
#include "desktop/TargetOption.h"
#include "service/BulkChange.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class AgentTableModel;
class BulkChangeDialog;
class ChangeDialog;
class ChangeAuthors;
class ConflictDialog;
class MessageBar;
class Session;
class QWidget;

// Turns a lead's request into status changes: the change dialog with the targets the rules allow,
// one change or a bulk change, the conflict dialog (or the bulk review), and a clear message for every
// outcome. All dialogs are opened with open(): nothing here blocks.
class ChangeController : public QObject
{
    Q_OBJECT
public:
    ChangeController(AgentTableModel *roster, MessageBar *messages, QWidget *window);
    ~ChangeController() override;

    // Every refusal as one sentence list for the lead.
    static QString violationText(const RuleViolations &violations);

    void setSession(Session *session);
    // Who made an agent's state, for the conflict dialog (not owned; may be null).
    void setAuthors(ChangeAuthors *authors);

    // Opens the change dialog for these agents, with presetTarget preselected when allowed.
    void requestChange(const QStringList &agentIds, const QString &presetTarget = {});
    // The targets offered for these agents, as the rules judge them now.
    TargetOptions targetsFor(const QVector<Agent> &agents) const;

    // The dialogs open now (nullptr when none), for tests and screenshots.
    ChangeDialog *changeDialog() const;
    ConflictDialog *conflictDialog() const;
    BulkChangeDialog *bulkDialog() const;

signals:
    void changeFinished(const ChangeResult &result);
    void bulkFinished(const BulkSummary &summary);

private:
    QVector<Agent> agentsFor(const QStringList &ids) const;
    // Why the rules refuse this change (a reason still to pick aside), or empty.
    QString refusalFor(const StatusChange &change) const;
    ConflictVerdict verdictFor(const ChangeConflict &conflict) const;
    QString refusedRequestText(const QVector<Agent> &agents, const TargetOptions &targets, const QString &target) const;
    QString previewFor(const QVector<Agent> &agents, const QString &target, const QString &reason) const;
    QString label(const QString &statusKey) const;
    QStringList reasonCodes() const;
    void startSingle(const Agent &agent, const QString &target, const QString &reason);
    void startBulk(const QVector<Agent> &agents, const QString &target, const QString &reason);
    void runBulk(const QVector<StatusChange> &changes, BulkChangeDialog *dialog);
    void onConflict(const ChangeConflict &conflict);
    void onConcurrentChangeOverwritten(const ChangeResult &result);
    void onFinished(const ChangeResult &result);
    void reportFailure(const ChangeResult &result);

    AgentTableModel *m_roster;
    MessageBar *m_messages;
    QWidget *m_window;
    QPointer<Session> m_session;
    QPointer<ChangeAuthors> m_authors;
    QSet<QString> m_mine; // change ids started here (not by a bulk change)
    QHash<QString, StatusChange> m_retry;
    QPointer<ChangeDialog> m_changeDialog;
    QPointer<ConflictDialog> m_conflictDialog;
    QPointer<BulkChangeDialog> m_bulkDialog;
};
