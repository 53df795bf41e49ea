// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditEntry.h"
#include "core/Agent.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

class AgentDirectory;
class AuditStore;
class AuditStoreReader;
class QTimer;

// Who made an agent's current status, for the roster's "Changed by" column. Genesys presence does not
// say who set it, so the audit history does: the newest applied entry of the agent, if it left the
// version the row shows now, names the supervisor (this console's log, or every console's when the team
// shares a PostgreSQL log). Otherwise the server's word where it gives one, and else "another client":
// a cell is never left empty for the lead to guess at.
class ChangeAuthors : public QObject
{
    Q_OBJECT
public:
    // How long after a row changed to an unknown version the log is asked again (another console may
    // commit its entry a moment after the server told us), and once more after the second delay.
    static constexpr int kRecheckMs = 1000;
    static constexpr int kLastRecheckMs = 5000;

    explicit ChangeAuthors(QObject *parent = nullptr);
    ~ChangeAuthors() override;

    // Reads the log for the whole roster (on a reader thread: authorsReset() follows the answer), then
    // follows new entries and changed rows. Either may be nullptr (signed out). `self`: the supervisor
    // name this console writes, shown as "you".
    void attach(AuditStore *store, AgentDirectory *directory, const QString &self);

    // The text of the "Changed by" cell for this row.
    QString changedBy(const Agent &agent) const;
    // True when the log names who left the row's current version.
    bool isKnown(const Agent &agent) const;

signals:
    void authorChanged(const QString &agentId);
    void authorsReset();

private:
    void take(const AuditEntry &entry);
    void onAgentChanged(const QString &id);
    void recheck(bool last);
    void onLatestApplied(quint64 ticket, const QVector<AuditEntry> &entries);
    const AuditEntry *matching(const Agent &agent) const;

    QPointer<AuditStore> m_store;
    QPointer<AgentDirectory> m_directory;
    QString m_self;
    QHash<QString, AuditEntry> m_latest; // agent id -> newest applied entry
    QSet<QString> m_unknown; // rows to ask the log about again
    QSet<QString> m_lastChance;
    QTimer *m_recheck;
    QTimer *m_lastRecheck;
    // The log is read off the UI thread: with a competitor changing hundreds of agents a second the
    // rechecks ask about thousands of rows, and a query that long froze the window.
    std::unique_ptr<AuditStoreReader> m_reader;
    quint64 m_initialTicket = 0;
    QHash<quint64, QStringList> m_firstRechecks; // ticket -> rows asked about the first time
};
