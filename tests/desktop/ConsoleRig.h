// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/SimConfig.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class AppSettings;
class ChangeDialog;
class MainWindow;
class QTemporaryDir;
class SecretStore;
class SimFixture;

// The console against the in-process simulator, offscreen, as the GUI tests drive it: a simulator, a
// temporary folder, settings, a secret store and the main window, and the moves every test needs.
// A test class inherits it beside QObject and calls startRig() in init() and stopRig() in cleanup().
class ConsoleRig
{
public:
    static constexpr int kWait = 20000;

    ConsoleRig();
    ~ConsoleRig();
    ConsoleRig(const ConsoleRig &) = delete;
    ConsoleRig &operator=(const ConsoleRig &) = delete;

protected:
    bool startRig(const SimConfig &config);
    void stopRig();

    // Signs the window in to the simulator as the demo client; true once every agent is in the roster.
    // The client's limiter allows requestsPerMinute and the simulator serverPerMinute.
    bool signIn(bool liveUpdates, const QUrl &webhook, int requestsPerMinute, int serverPerMinute);
    QUrl payrollSink() const;

    QString statusOf(const QString &agentId) const; // in the simulator
    void setStatus(const QString &agentId, const QString &statusKey); // in the simulator, as a competitor
    QString agentInTeam(const QString &team, int skip = 0) const;
    int rowOf(const QString &agentId) const;
    void selectAgents(const QStringList &ids);
    // Enter on the roster asks for the change, as a lead would.
    ChangeDialog *openChangeDialog(const QStringList &ids);

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    AppSettings *m_settings = nullptr;
    SecretStore *m_secrets = nullptr;
    MainWindow *m_window = nullptr;
    int m_agents = 0;
    int m_bulkWriteChunk = 50; // the profile's agents per bulk PUT at the next signIn()
};
