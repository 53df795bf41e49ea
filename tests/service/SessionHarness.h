// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditEntry.h"
#include "core/StatusChange.h"
#include "service/Profile.h"
#include "service/Session.h"
#include "support/SimFixture.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

// A Session signed in to an in-process simulator, with its audit store in a temporary folder: the
// real parts of one status change, for the service tests and the benchmark.
class SessionHarness
{
public:
    SessionHarness();
    ~SessionHarness();

    // One clock for the simulator and the session (nullptr, the default: the system clock); set it
    // before startSim(). It must outlive the harness.
    void setClock(Clock *clock) { m_clock = clock; }
    // Live updates (push, polling) of the sessions started next; on by default.
    void setLiveUpdates(bool enabled) { m_liveUpdates = enabled; }
    // Starts the simulator; false on failure. Change the sim's organisation before startSession().
    bool startSim(const SimConfig &config = SimConfig());
    Profile profile(Protocol protocol) const;
    // Builds and starts a Session, waits for ready(); nullptr (with the reason in lastError()) on failure.
    Session *startSession(const Profile &profile);
    Session *startSession(Protocol protocol) { return startSession(profile(protocol)); }
    void stopSession();

    SimFixture &sim() { return m_sim; }
    SimServer *server() const { return m_sim.server(); }
    Session *session() const { return m_session.get(); }
    QString auditPath() const;
    QString lastError() const { return m_error; }

    // The first change the rules allow without a reason for some agent (skipping the given agents).
    std::optional<StatusChange> allowedChange(const QStringList &skipAgents = {}) const;
    // Every audit entry of one agent, oldest first.
    QVector<AuditEntry> auditOf(const QString &agentId) const;
    QStringList outcomesOf(const QString &agentId) const;
    // The simulator's view of an agent's canonical status.
    QString simStatus(const QString &agentId) const;
    // Puts an agent in a status in the simulator (as the competitor); true on success.
    bool setSimStatus(const QString &agentId, const QString &status, const QString &reason = QString());

private:
    bool m_liveUpdates = true;
    Clock *m_clock = nullptr;
    SimFixture m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    QString m_error;
};
