// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleRig.h"

#include "core/StatusCatalogue.h"
#include "desktop/AppSettings.h"
#include "desktop/ChangeController.h"
#include "desktop/MainWindow.h"
#include "desktop/RosterView.h"
#include "desktop/SecretStore.h"
#include "models/AgentFilterProxyModel.h"
#include "models/AgentTableModel.h"
#include "service/Profile.h"
#include "sim/SimOrganisation.h"
#include "support/SimFixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

ConsoleRig::ConsoleRig() = default;

ConsoleRig::~ConsoleRig()
{
    stopRig();
}

bool ConsoleRig::startRig(const SimConfig &config)
{
    // The default audit log outlives a run in the test folders, keyed with the key of that run's
    // throw-away keychain, which this run does not hold: every rig starts without it.
    if (QStandardPaths::isTestModeEnabled()) {
        const QString log = Profile::defaultAuditLocation();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(log + suffix);
    }
    m_sim = std::make_unique<SimFixture>();
    if (m_sim->start(config).isEmpty())
        return false;
    m_agents = config.agents;
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return false;
    m_settings = new AppSettings(m_dir->filePath(QStringLiteral("settings.ini")), nullptr);
    m_secrets = new SecretStore;
    m_window = new MainWindow(m_settings, m_secrets);
    m_window->setAskScopeOnSignIn(false);
    return true;
}

void ConsoleRig::stopRig()
{
    delete m_window;
    m_window = nullptr;
    delete m_secrets;
    m_secrets = nullptr;
    delete m_settings;
    m_settings = nullptr;
    m_sim.reset();
    m_dir.reset();
}

bool ConsoleRig::signIn(bool liveUpdates, const QUrl &webhook, int requestsPerMinute, int serverPerMinute)
{
    m_window->setLiveUpdates(liveUpdates);
    m_window->show();
    AppSettings::StoredProfile stored = AppSettings::demoProfile(m_sim->baseUrl());
    stored.profile.auditLocation = m_dir->filePath(QStringLiteral("audit.sqlite"));
    stored.profile.rateLimitPerMinute = requestsPerMinute;
    stored.profile.bulkWriteChunk = m_bulkWriteChunk;
    m_sim->server()->setRateLimit(serverPerMinute);
    stored.profile.webhookUrl = webhook;
    QSignalSpy ready(m_window, &MainWindow::sessionReady);
    m_window->startSession(stored, QStringLiteral("statusdesk-demo-secret"));
    return ready.wait(kWait) && m_window->agentModel()->rowCount() == m_agents;
}

QUrl ConsoleRig::payrollSink() const
{
    return m_sim->baseUrl().resolved(QUrl(QStringLiteral("/sim/webhooks/payroll")));
}

QString ConsoleRig::statusOf(const QString &agentId) const
{
    const SimOrganisation *org = m_sim->server()->organisation();
    const SimAgent *agent = org->user(agentId);
    if (!agent)
        return {};
    const SimPresenceDefinition *definition = org->definition(agent->presenceDefinitionId);
    return definition ? StatusCatalogue::canonicalKey(definition->systemPresence) : QString();
}

void ConsoleRig::setStatus(const QString &agentId, const QString &statusKey)
{
    SimOrganisation *org = m_sim->server()->organisation();
    const SimPresenceDefinition *definition = org->systemDefinition(statusKey);
    QVERIFY2(definition, qPrintable(statusKey));
    QCOMPARE(org->setPresence(agentId, definition->id, std::nullopt, org->competitorId()), QString());
}

QString ConsoleRig::agentInTeam(const QString &team, int skip) const
{
    const SimOrganisation *org = m_sim->server()->organisation();
    for (const SimAgent &user : org->users()) {
        if (org->teamName(user) == team && user.state == QLatin1String("active") && skip-- == 0)
            return user.id;
    }
    return {};
}

int ConsoleRig::rowOf(const QString &agentId) const
{
    return m_window->agentModel()->rowOf(agentId);
}

void ConsoleRig::selectAgents(const QStringList &ids)
{
    RosterView *roster = m_window->roster();
    roster->table()->clearSelection();
    for (const QString &id : ids) {
        const QModelIndex source = m_window->agentModel()->index(rowOf(id), 0);
        const QModelIndex index = roster->proxy()->mapFromSource(source);
        roster->table()->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        roster->table()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
}

ChangeDialog *ConsoleRig::openChangeDialog(const QStringList &ids)
{
    selectAgents(ids);
    QTableView *table = m_window->roster()->table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    return m_window->changes()->changeDialog();
}
