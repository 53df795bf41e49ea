// SPDX-License-Identifier: GPL-3.0-or-later
// statusdesk-cli end to end: the real executable as a child process against an in-process simulator,
// every command, --json, and the exit codes 0, 1, 2, 3, 4, 5, 6 and 7.
#include "../api/RawHttpServer.h"
#include "audit/AuditStore.h"
#include "sim/SimOrganisation.h"
#include "support/SimFixture.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString canonical(const QString &systemPresence)
{
    QString key = systemPresence;
    key.remove(QLatin1Char(' ')).remove(QLatin1Char('_'));
    return key;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void auditKeyCheckpointAndAnchor();
    void initTestCase();
    void init();
    void cleanup();
    void usageErrors_data();
    void usageErrors();
    void agentsList();
    void agentsListScoped();
    void statusGet();
    void statusSet_data();
    void statusSet();
    void bulkSet_data();
    void bulkSet();
    void bulkSetThousandAgents();
    void queuesListActivateDeactivate();
    void queuesRefusalsAndExitCodes();
    void authenticationFailure();
    void secretsStayOutOfLogsAndAudit();
    void networkFailure();
    void serverFailure();
    void auditCommands();
    void webhooksListAndFlush();
    void metricsEndpoint();
    void crashMidChangeIsReconciled();
    void lostAnswerIsAuditedUnknownThenApplied();
    void serverTextCannotDriveTheTerminal();
    void secretsFromFiles();
    void speaksTheLanguageOfTheLocale();

private:
    CliRun run(const QStringList &arguments, bool withServer = true, const QStringList &environment = {},
        int timeoutMs = 30000);
    QStringList baseArguments() const;
    QString simStatus(const QString &agentId) const;
    void setSimStatus(const QString &agentId, const QString &status);
    QStringList auditOutcomes(const QString &agentId);
    QStringList meetingAgents(int count, QString *team = nullptr);

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_program;
};

void TestCli::initTestCase()
{
    m_program = TestSupport::binaryDir() + QLatin1String("/statusdesk-cli");
    QVERIFY2(QFileInfo::exists(m_program), qPrintable(m_program));
}

void TestCli::init()
{
    m_sim = std::make_unique<SimFixture>();
    SimConfig config;
    config.agents = 20;
    config.seed = 21;
    QVERIFY(!m_sim->start(config).isEmpty());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::cleanup()
{
    m_sim.reset();
    m_dir.reset();
}

QStringList TestCli::baseArguments() const
{
    QUrl webhook = m_sim->baseUrl();
    webhook.setPath(QStringLiteral("/sim/webhooks/payroll"));
    return {QStringLiteral("--api-base"), m_sim->baseUrl().toString(), QStringLiteral("--client-id"),
        QStringLiteral("statusdesk-demo"), QStringLiteral("--client-secret"), QStringLiteral("statusdesk-demo-secret"),
        QStringLiteral("--audit-db"), m_dir->filePath(QStringLiteral("audit.sqlite")), QStringLiteral("--webhook"),
        webhook.toString()};
}

// Runs the CLI without blocking the event loop: the simulator lives in this process.
CliRun TestCli::run(const QStringList &arguments, bool withServer, const QStringList &environment, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"GENESYS_CLIENT_ID", "GENESYS_CLIENT_SECRET", "GENESYS_REGION", "WEBHOOK_ENDPOINT",
             "WEBHOOK_SECRET", "STATUSDESK_API_BASE", "STATUSDESK_PROTOCOL", "STATUSDESK_AUDIT_KEY"})
        env.remove(QString::fromLatin1(name));
    // English unless a test asks for a language: the messages follow the locale.
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const QString &assignment : environment)
        env.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.setProgram(m_program);
    process.setArguments(withServer ? baseArguments() + arguments : arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    CliRun result;
    if (!process.waitForStarted(10000) || !finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString TestCli::simStatus(const QString &agentId) const
{
    SimOrganisation *org = m_sim->server()->organisation();
    const SimPresenceDefinition *definition = org->definition(org->user(agentId)->presenceDefinitionId);
    return definition ? canonical(definition->systemPresence) : QString();
}

void TestCli::setSimStatus(const QString &agentId, const QString &status)
{
    SimOrganisation *org = m_sim->server()->organisation();
    QVERIFY(org->setStatus(agentId, status, QStringLiteral("Coaching"), QString(), org->competitorId()).isEmpty());
}

QStringList TestCli::meetingAgents(int count, QString *team)
{
    SimOrganisation *org = m_sim->server()->organisation();
    QHash<QString, QStringList> byTeam;
    for (const SimAgent &agent : org->users()) {
        if (agent.state == QLatin1String("active") && !org->teamName(agent).isEmpty())
            byTeam[org->teamName(agent)].append(agent.id);
    }
    QString best;
    for (auto it = byTeam.cbegin(); it != byTeam.cend(); ++it) {
        if (best.isEmpty() || it.value().size() > byTeam.value(best).size())
            best = it.key();
    }
    const QStringList ids = byTeam.value(best).mid(0, count);
    for (const QString &id : ids)
        setSimStatus(id, QStringLiteral("Meeting"));
    if (team)
        *team = best;
    return ids;
}

QStringList TestCli::auditOutcomes(const QString &agentId)
{
    const CliRun listed = run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
        QStringLiteral("--agent"), agentId});
    QStringList outcomes;
    const QJsonArray entries = QJsonDocument::fromJson(listed.out).array();
    for (const QJsonValue &entry : entries)
        outcomes.append(entry.toObject().value(QStringLiteral("outcome")).toString());
    return outcomes;
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")};
    QTest::newRow("status set without target")
        << QStringList {QStringLiteral("status"), QStringLiteral("set"), QStringLiteral("someone")};
    QTest::newRow("bulk without selection")
        << QStringList {QStringLiteral("bulk"), QStringLiteral("set"), QStringLiteral("Available")};
    QTest::newRow("bulk with two selections") << QStringList {QStringLiteral("bulk"), QStringLiteral("set"),
        QStringLiteral("--all"), QStringLiteral("--agents"), QStringLiteral("a,b"), QStringLiteral("Available")};
    QTest::newRow("team and reports-to") << QStringList {QStringLiteral("agents"), QStringLiteral("list"),
        QStringLiteral("--team"), QStringLiteral("Billing"), QStringLiteral("--reports-to"), QStringLiteral("me")};
    QTest::newRow("bad protocol") << QStringList {QStringLiteral("--protocol"), QStringLiteral("carrier-pigeon"),
        QStringLiteral("agents"), QStringLiteral("list")};
    QTest::newRow("unknown outcome") << QStringList {QStringLiteral("audit"), QStringLiteral("list"),
        QStringLiteral("--outcome"), QStringLiteral("applied-over-concurrent")};
    QTest::newRow("export without format") << QStringList {QStringLiteral("audit"), QStringLiteral("export")};
    QTest::newRow("option of another command") << QStringList {
        QStringLiteral("agents"), QStringLiteral("list"), QStringLiteral("--reason"), QStringLiteral("x")};
    QTest::newRow("bad on-conflict") << QStringList {QStringLiteral("status"), QStringLiteral("set"),
        QStringLiteral("a"), QStringLiteral("Break"), QStringLiteral("--on-conflict"), QStringLiteral("maybe")};
    QTest::newRow("unknown agent") << QStringList {
        QStringLiteral("status"), QStringLiteral("get"), QStringLiteral("Nobody Of That Name")};
    QTest::newRow("flush timeout beyond a day") << QStringList {
        QStringLiteral("--timeout"), QStringLiteral("3000000"), QStringLiteral("webhooks"), QStringLiteral("flush")};
    QTest::newRow("page size beyond 500") << QStringList {
        QStringLiteral("--page-size"), QStringLiteral("501"), QStringLiteral("agents"), QStringLiteral("list")};
    QTest::newRow("page size zero") << QStringList {
        QStringLiteral("--page-size"), QStringLiteral("0"), QStringLiteral("agents"), QStringLiteral("list")};
    QTest::newRow("unknown region") << QStringList {
        QStringLiteral("--region"), QStringLiteral("mars-north-1"), QStringLiteral("agents"), QStringLiteral("list")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QStringList full = arguments;
    // "--region" must not be overridden by --api-base: drop the base for that row.
    const bool withServer = !arguments.contains(QStringLiteral("--region"));
    if (!withServer) {
        full = QStringList {QStringLiteral("--client-id"), QStringLiteral("x"), QStringLiteral("--client-secret"),
                   QStringLiteral("y"), QStringLiteral("--audit-db"), m_dir->filePath(QStringLiteral("audit.sqlite"))}
            + arguments;
    }
    const CliRun result = run(full, withServer);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.isEmpty());
}

void TestCli::agentsList()
{
    const CliRun table = run({QStringLiteral("agents"), QStringLiteral("list")});
    QCOMPARE(table.exitCode, 0);
    const CliRun json = run({QStringLiteral("--json"), QStringLiteral("agents"), QStringLiteral("list")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray agents = QJsonDocument::fromJson(json.out).array();
    QVERIFY(agents.size() >= 20);
    const QStringList lines = QString::fromUtf8(table.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), agents.size() + 1);
    // Smaller pages give the same roster.
    const CliRun paged = run({QStringLiteral("--json"), QStringLiteral("--page-size"), QStringLiteral("7"),
        QStringLiteral("agents"), QStringLiteral("list")});
    QCOMPARE(paged.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(paged.out).array().size(), agents.size());
    QVERIFY(lines.constFirst().startsWith(QLatin1String("ID")));
    const QJsonObject first = agents.first().toObject();
    QCOMPARE(first.value(QStringLiteral("status")).toString(), simStatus(first.value(QStringLiteral("id")).toString()));
    QVERIFY(table.out.contains(first.value(QStringLiteral("name")).toString().toUtf8()));
}

void TestCli::agentsListScoped()
{
    const SimOrganisation *org = m_sim->server()->organisation();
    const CliRun support = run({QStringLiteral("--json"), QStringLiteral("agents"), QStringLiteral("list"),
        QStringLiteral("--team"), QStringLiteral("support")});
    QVERIFY2(support.exitCode == 0, support.err.constData());
    const QJsonArray members = QJsonDocument::fromJson(support.out).array();
    QVERIFY(!members.isEmpty());
    for (const QJsonValue &v : members) {
        const SimAgent *user = org->user(v.toObject().value(QStringLiteral("id")).toString());
        QVERIFY(user);
        QCOMPARE(v.toObject().value(QStringLiteral("team")).toString(), QStringLiteral("Support"));
        QCOMPARE(org->teamName(*user), QStringLiteral("Support"));
        QCOMPARE(v.toObject().value(QStringLiteral("department")).toString(), user->department);
    }
    const SimAgent *lead = org->user(org->supervisorId());
    const CliRun reports = run({QStringLiteral("--json"), QStringLiteral("agents"), QStringLiteral("list"),
        QStringLiteral("--reports-to"), lead->name});
    QVERIFY2(reports.exitCode == 0, reports.err.constData());
    const QJsonArray reportList = QJsonDocument::fromJson(reports.out).array();
    QCOMPARE(reportList.size(), int(org->directReports(lead->id).size()));
    for (const QJsonValue &v : reportList)
        QCOMPARE(org->user(v.toObject().value(QStringLiteral("id")).toString())->managerId, lead->id);

    // "S" matches Sales, Support and Support Escalations by prefix and none exactly.
    const CliRun ambiguous
        = run({QStringLiteral("agents"), QStringLiteral("list"), QStringLiteral("--team"), QStringLiteral("S")});
    QCOMPARE(ambiguous.exitCode, 2);
    for (const char *candidate : {"Sales", "Support", "Support Escalations"})
        QVERIFY2(ambiguous.err.contains(candidate), ambiguous.err.constData());
    const CliRun unknown = run({QStringLiteral("bulk"), QStringLiteral("set"), QStringLiteral("--team"),
        QStringLiteral("Nobody"), QStringLiteral("Available")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("Nobody"));
}

void TestCli::statusGet()
{
    const QString id = m_sim->server()->organisation()->activeAgentAt(0);
    const QString name = m_sim->server()->organisation()->user(id)->name;
    const CliRun result = run({QStringLiteral("--json"), QStringLiteral("status"), QStringLiteral("get"), name});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject agent = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(agent.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(agent.value(QStringLiteral("status")).toString(), simStatus(id));
}

void TestCli::statusSet_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("finalStatus");
    QTest::addColumn<QString>("outcome"); // one audited outcome that must be there
    for (const char *protocol : {"genesys", "status-api"}) {
        const QString p = QString::fromLatin1(protocol);
        QTest::addRow("%s applied", protocol) << p << QStringList {} << "Available" << 0 << "Available"
                                              << "applied";
        QTest::addRow("%s 'On Queue' spelled out", protocol) << p << QStringList {} << "On Queue" << 0 << "OnQueue"
                                                             << "applied";
        QTest::addRow("%s refused", protocol) << p << QStringList {} << "Offline" << 3 << "Meeting"
                                              << "validation_failed";
        QTest::addRow("%s expect, abort", protocol)
            << p << QStringList {QStringLiteral("--expect"), QStringLiteral("Break")} << "Available" << 4 << "Meeting"
            << "conflict";
        QTest::addRow("%s expect, keep theirs", protocol)
            << p
            << QStringList {QStringLiteral("--expect"), QStringLiteral("Break"), QStringLiteral("--on-conflict"),
                   QStringLiteral("keep-theirs")}
            << "Available" << 0 << "Meeting"
            << "conflict_resolved";
        QTest::addRow("%s expect, apply latest", protocol)
            << p
            << QStringList {QStringLiteral("--expect"), QStringLiteral("Break"), QStringLiteral("--on-conflict"),
                   QStringLiteral("apply-latest")}
            << "Available" << 0 << "Available"
            << "applied";
        QTest::addRow("%s expect met", protocol)
            << p << QStringList {QStringLiteral("--expect"), QStringLiteral("Meeting")} << "Available" << 0
            << "Available"
            << "applied";
    }
}

void TestCli::statusSet()
{
    QFETCH(QString, protocol);
    QFETCH(QStringList, extra);
    QFETCH(QString, target);
    QFETCH(int, exitCode);
    QFETCH(QString, finalStatus);
    QFETCH(QString, outcome);

    const QString id = m_sim->server()->organisation()->activeAgentAt(1);
    setSimStatus(id, QStringLiteral("Meeting"));
    const CliRun result = run(QStringList {QStringLiteral("--protocol"), protocol, QStringLiteral("--json"),
                                  QStringLiteral("status"), QStringLiteral("set"), id, target}
        + extra);
    QVERIFY2(result.exitCode == exitCode, result.err.constData());
    QCOMPARE(simStatus(id), finalStatus);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QStringLiteral("agent_id")).toString(), id);
    const QStringList outcomes = auditOutcomes(id);
    QVERIFY2(outcomes.contains(outcome), qPrintable(outcomes.join(QLatin1Char(','))));
}

void TestCli::bulkSet_data()
{
    QTest::addColumn<QString>("selection");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("team, all applied") << "team" << 0;
    QTest::newRow("team with --all") << "team-all" << 0;
    QTest::newRow("agents, partly refused") << "partial" << 7;
    QTest::newRow("agents, all refused") << "refused" << 3;
    QTest::newRow("agents, one already there") << "unchanged" << 0;
}

void TestCli::bulkSet()
{
    QFETCH(QString, selection);
    QFETCH(int, exitCode);
    QString team;
    const QStringList ids = meetingAgents(3, &team);
    QVERIFY(ids.size() == 3);
    QStringList arguments {QStringLiteral("--json"), QStringLiteral("bulk"), QStringLiteral("set")};
    if (selection.startsWith(QLatin1String("team"))) {
        // Everyone in the team to a meeting first, so that Available is allowed for all of them.
        const QStringList members = meetingAgents(1000);
        Q_UNUSED(members)
        arguments << QStringLiteral("--team") << team;
        if (selection == QLatin1String("team-all"))
            arguments << QStringLiteral("--all");
    } else {
        // Leaving OnQueue needs a reason, and none is given; an agent already Available is unchanged.
        setSimStatus(ids.at(1),
            selection == QLatin1String("unchanged") ? QStringLiteral("Available") : QStringLiteral("OnQueue"));
        const QStringList chosen
            = selection == QLatin1String("refused") ? QStringList {ids.at(1)} : QStringList {ids.at(0), ids.at(1)};
        arguments << QStringLiteral("--agents") << chosen.join(QLatin1Char(','));
    }
    arguments << QStringLiteral("Available");
    const CliRun result = run(arguments);
    QVERIFY2(result.exitCode == exitCode, result.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(result.out).object();
    QVERIFY(summary.value(QStringLiteral("total")).toInt() >= 1);
    QVERIFY(result.err.contains("progress"));
    if (selection != QLatin1String("refused"))
        QCOMPARE(simStatus(ids.at(0)), QStringLiteral("Available"));
    if (selection.startsWith(QLatin1String("team"))) {
        // The Genesys team's members, its lead (a member, already Available) included, and no one else.
        const SimOrganisation *org = m_sim->server()->organisation();
        int members = 0;
        for (const SimTeam &t : org->teams())
            members += t.name == team ? int(t.memberIds.size()) : 0;
        QCOMPARE(summary.value(QStringLiteral("total")).toInt(), members);
        QCOMPARE(summary.value(QStringLiteral("applied")).toInt() + summary.value(QStringLiteral("unchanged")).toInt(),
            members);
    }
    if (selection == QLatin1String("unchanged")) {
        QCOMPARE(summary.value(QStringLiteral("applied")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("unchanged")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("rejected")).toInt(), 0);
        QCOMPARE(auditOutcomes(ids.at(1)), (QStringList {QStringLiteral("intent"), QStringLiteral("unchanged")}));
        QTRY_VERIFY_WITH_TIMEOUT(!m_sim->server()->webhookDeliveries(QStringLiteral("payroll")).isEmpty(), 5000);
        const QJsonArray deliveries = m_sim->server()->webhookDeliveries(QStringLiteral("payroll"));
        for (const QJsonValue &delivery : deliveries)
            QVERIFY(!QJsonDocument(delivery.toObject()).toJson().contains(ids.at(1).toUtf8()));
    }
}

// A thousand agents at Genesys' default 300 requests a minute with the client paced at the same rate:
// no 429, two requests a chunk of 25 (compare read, bulk PUT) and a few to sign in and load the roster;
// the agents already there are unchanged and the exit code is 0.
void TestCli::bulkSetThousandAgents()
{
    m_sim = std::make_unique<SimFixture>();
    SimConfig config;
    config.agents = 1000;
    config.seed = 23;
    config.rateLimitPerMinute = 300;
    QVERIFY(!m_sim->start(config).isEmpty());
    SimOrganisation *org = m_sim->server()->organisation();
    int active = 0;
    int already = 0;
    for (const SimAgent &agent : org->users()) {
        if (agent.state != QLatin1String("active"))
            continue;
        setSimStatus(agent.id, active % 10 == 0 ? QStringLiteral("Available") : QStringLiteral("Meeting"));
        already += active % 10 == 0 ? 1 : 0;
        ++active;
    }
    m_sim->server()->resetCounters();
    constexpr int chunk = 25;
    const CliRun result = run({QStringLiteral("--json"), QStringLiteral("--rate-limit"), QStringLiteral("300"),
                                  QStringLiteral("--bulk-chunk"), QString::number(chunk), QStringLiteral("bulk"),
                                  QStringLiteral("set"), QStringLiteral("--all"), QStringLiteral("Available")},
        true, {}, 120000);
    QVERIFY2(result.exitCode == 0, result.err.right(2000).constData());
    const QJsonObject summary = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(summary.value(QStringLiteral("total")).toInt(), active);
    QCOMPARE(summary.value(QStringLiteral("unchanged")).toInt(), already);
    QCOMPARE(summary.value(QStringLiteral("applied")).toInt(), active - already);
    QCOMPARE(m_sim->server()->answered429(), 0);
    // Sign-in, catalogue and the roster's pages of 100, then two requests a chunk and a read-back per
    // batch of 500.
    const int chunks = (active + chunk - 1) / chunk;
    const int setup = 2 + (int(org->users().size()) + 99) / 100;
    const qint64 served = m_sim->server()->requestsServed();
    qInfo("requests served: %lld for %d chunks", served, chunks);
    QVERIFY2(served <= setup + 2 * chunks + 3, qPrintable(QString::number(served)));
    for (const SimAgent &agent : org->users()) {
        if (agent.state == QLatin1String("active"))
            QCOMPARE(simStatus(agent.id), QStringLiteral("Available"));
    }
}

// queues list shows both kinds of membership; activate and deactivate are confirmed against the
// simulator's state, which it changes only after its delay.
void TestCli::queuesListActivateDeactivate()
{
    SimOrganisation *org = m_sim->server()->organisation();
    m_sim->server()->setQueueApplyDelay(300);
    const SimAgent *agent = nullptr;
    for (const SimAgent &a : org->users()) {
        if (a.state == QLatin1String("active") && a.queueIds.size() == 2 && a.joinedQueueIds.size() == 1)
            agent = &a;
    }
    QVERIFY(agent);
    const QString id = agent->id;
    const QString general = agent->queueIds.last();
    QVERIFY(!agent->joinedQueueIds.contains(general));

    const CliRun list = run({QStringLiteral("--json"), QStringLiteral("queues"), QStringLiteral("list"), id});
    QVERIFY2(list.exitCode == 0, list.err.constData());
    const QJsonArray memberships = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(memberships.size(), 2);
    for (const QJsonValue &v : memberships) {
        const QJsonObject m = v.toObject();
        QCOMPARE(m.value(QStringLiteral("active")).toBool(),
            agent->joinedQueueIds.contains(m.value(QStringLiteral("queue_id")).toString()));
        QVERIFY(m.contains(QStringLiteral("active_member_count")));
        QVERIFY(!m.contains(QStringLiteral("joined"))); // our names, not Genesys'
    }
    const CliRun table = run({QStringLiteral("queues"), QStringLiteral("list"), id});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains("General"));
    QVERIFY(table.out.startsWith("QUEUE ID"));

    // By name, case-insensitive.
    const CliRun activated = run({QStringLiteral("--json"), QStringLiteral("queues"), QStringLiteral("activate"), id,
        QStringLiteral("general"), QStringLiteral("--reason"), QStringLiteral("Coaching")});
    QVERIFY2(activated.exitCode == 0, activated.err.constData());
    const QJsonObject result = QJsonDocument::fromJson(activated.out).array().first().toObject();
    QCOMPARE(result.value(QStringLiteral("outcome")).toString(), QStringLiteral("applied"));
    QCOMPARE(result.value(QStringLiteral("queue_id")).toString(), general);
    QCOMPARE(result.value(QStringLiteral("active")).toBool(false), true);
    QVERIFY(org->user(id)->joinedQueueIds.contains(general));
    QVERIFY(auditOutcomes(id).contains(QStringLiteral("applied")));

    const CliRun again = run({QStringLiteral("queues"), QStringLiteral("activate"), id, general});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("unchanged"));

    const CliRun deactivated = run({QStringLiteral("queues"), QStringLiteral("deactivate"), id, general});
    QVERIFY2(deactivated.exitCode == 0, deactivated.err.constData());
    QVERIFY(deactivated.out.contains("applied"));
    QVERIFY(!org->user(id)->joinedQueueIds.contains(general));
}

void TestCli::queuesRefusalsAndExitCodes()
{
    SimOrganisation *org = m_sim->server()->organisation();
    m_sim->server()->setQueueApplyDelay(300);
    const QString id = org->activeAgentAt(0);
    const QString team = org->user(id)->queueIds.first();
    QString backOffice;
    for (const SimQueue &q : org->queues()) {
        if (q.name == QLatin1String("Back Office"))
            backOffice = q.id;
    }
    // Not a member: told, nothing sent, exit 1. With an applied one beside it: 7.
    const CliRun notMember
        = run({QStringLiteral("--json"), QStringLiteral("queues"), QStringLiteral("activate"), id, backOffice});
    QCOMPARE(notMember.exitCode, 1);
    QCOMPARE(
        QJsonDocument::fromJson(notMember.out).array().first().toObject().value(QStringLiteral("outcome")).toString(),
        QStringLiteral("not_member"));
    QCOMPARE(
        m_sim->server()->requestsByPath().value(QStringLiteral("PATCH /api/v2/users/%1/queues").arg(id)).toInt(), 0);

    // A rule asking for a reason: refused, exit 3.
    QFile shipped(QStringLiteral(STATUSDESK_SOURCE_DIR "/resources/rules/default-rules.json"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QJsonObject rules = QJsonDocument::fromJson(shipped.readAll()).object();
    rules.insert(QStringLiteral("queues"),
        QJsonObject {{QStringLiteral("reasonRequired"), QJsonArray {QStringLiteral("deactivate")}}});
    const QString rulesPath = m_dir->filePath(QStringLiteral("rules.json"));
    QFile file(rulesPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(rules).toJson());
    file.close();
    const CliRun refused
        = run({QStringLiteral("--rules"), rulesPath, QStringLiteral("queues"), QStringLiteral("deactivate"), id, team});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY(refused.out.contains("rejected"));
    QVERIFY(org->user(id)->joinedQueueIds.contains(team));
    QVERIFY(auditOutcomes(id).contains(QStringLiteral("validation_failed")));

    // Usage and protocol.
    QCOMPARE(run({QStringLiteral("queues"), QStringLiteral("activate"), id}).exitCode, 2);
    QCOMPARE(
        run({QStringLiteral("queues"), QStringLiteral("list"), id, QStringLiteral("--reason"), QStringLiteral("Sick")})
            .exitCode,
        2);
    QCOMPARE(run({QStringLiteral("queues"), QStringLiteral("list"), QStringLiteral("nobody-at-all")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("--protocol"), QStringLiteral("status-api"), QStringLiteral("queues"),
                     QStringLiteral("list"), id})
                 .exitCode,
        2);

    // Without routing:queue:view: exit 5.
    m_sim->stop();
    m_sim = std::make_unique<SimFixture>();
    SimConfig config;
    config.agents = 20;
    config.seed = 21;
    config.clients = {{QStringLiteral("statusdesk-demo"), QStringLiteral("statusdesk-demo-secret"),
        {QStringLiteral("presence:userPresence:edit"), QStringLiteral("presence:presenceDefinition:view"),
            QStringLiteral("groups:team:view"), QStringLiteral("directory:user:view")}}};
    QVERIFY(!m_sim->start(config).isEmpty());
    const CliRun denied = run({QStringLiteral("queues"), QStringLiteral("list"), id});
    QVERIFY2(denied.exitCode == 5, denied.err.constData());
    QVERIFY(denied.err.contains("routing:queue:view"));
}

void TestCli::authenticationFailure()
{
    QStringList arguments = baseArguments();
    arguments[arguments.indexOf(QStringLiteral("statusdesk-demo-secret"))] = QStringLiteral("wrong-secret");
    const CliRun result = run(arguments + QStringList {QStringLiteral("agents"), QStringLiteral("list")}, false);
    QCOMPARE(result.exitCode, 5);
    QVERIFY(!result.err.contains("wrong-secret")); // a secret never reaches the output
}

// With every StatusDesk log category on, a change with a webhook leaves neither secret nor token in
// the output, the logs or the audit database.
void TestCli::secretsStayOutOfLogsAndAudit()
{
    const QString id = m_sim->server()->organisation()->activeAgentAt(3);
    setSimStatus(id, QStringLiteral("Meeting"));
    const CliRun result = run({QStringLiteral("--webhook-secret"), QStringLiteral("hmac-key-never-shown"),
                                  QStringLiteral("status"), QStringLiteral("set"), id, QStringLiteral("Available")},
        true, {QStringLiteral("QT_LOGGING_RULES=statusdesk.*=true")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(simStatus(id), QStringLiteral("Available"));
    QVERIFY2(result.err.contains("statusdesk.api"), result.err.constData()); // the logs were on
    QByteArray audit;
    const QStringList files = QDir(m_dir->path()).entryList({QStringLiteral("audit.sqlite*")}, QDir::Files);
    for (const QString &name : files) {
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        audit += file.readAll();
    }
    QVERIFY(audit.contains(id.toUtf8())); // the change was audited, in plain text
    for (const QByteArray &where : {result.out, result.err, audit}) {
        QVERIFY(!where.contains("statusdesk-demo-secret"));
        QVERIFY(!where.contains("hmac-key-never-shown"));
        QVERIFY(!where.contains("Bearer"));
    }
}

void TestCli::networkFailure()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nobody listens there now
    QStringList arguments = baseArguments();
    arguments[1] = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const CliRun result = run(arguments + QStringList {QStringLiteral("agents"), QStringLiteral("list")}, false);
    QCOMPARE(result.exitCode, 6);
}

void TestCli::serverFailure()
{
    // The roster keeps failing after the pipeline's retries: a server failure, not a usage error.
    m_sim->server()->failNext("GET", QStringLiteral("/api/v2/users"), 500, 1000);
    const CliRun result = run({QStringLiteral("agents"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 6);
    QVERIFY(!result.err.isEmpty());
}

void TestCli::auditCommands()
{
    const QString id = m_sim->server()->organisation()->activeAgentAt(2);
    setSimStatus(id, QStringLiteral("Meeting"));
    QCOMPARE(run({QStringLiteral("status"), QStringLiteral("set"), id, QStringLiteral("Available")}).exitCode, 0);
    // The CLI waited for the webhook of its change before it exited.
    QCOMPARE(m_sim->server()->webhookDeliveries(QStringLiteral("payroll")).size(), 1);

    const CliRun table = run({QStringLiteral("audit"), QStringLiteral("list")});
    QCOMPARE(table.exitCode, 0);
    // Labels, not the stored identifiers.
    QVERIFY2(table.out.contains("Applied") && table.out.contains("Webhook delivered"), table.out.constData());
    QVERIFY2(!table.out.contains("webhook_delivered"), table.out.constData());
    const CliRun filtered
        = run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--outcome"),
            QStringLiteral("intent"), QStringLiteral("--since"), QStringLiteral("2020-01-01T00:00:00Z")});
    QCOMPARE(filtered.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(filtered.out).array().size(), 1);

    const CliRun verify = run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(verify.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(verify.out).object().value(QStringLiteral("ok")).toBool());

    const CliRun jsonl
        = run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("jsonl")});
    QCOMPARE(jsonl.exitCode, 0);
    const QList<QByteArray> lines = jsonl.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3); // intent, applied, webhook_delivered
    QStringList outcomes;
    for (const QByteArray &line : lines) {
        QVERIFY(QJsonDocument::fromJson(line).isObject());
        outcomes.append(QJsonDocument::fromJson(line).object().value(QStringLiteral("outcome")).toString());
    }
    QCOMPARE(outcomes,
        (QStringList {QStringLiteral("intent"), QStringLiteral("applied"), QStringLiteral("webhook_delivered")}));
    const CliRun csv
        = run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    QCOMPARE(csv.out.trimmed().split('\n').size(), 4); // header and three entries

    // Someone edits the history behind StatusDesk's back: verify says so and fails.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(m_dir->filePath(QStringLiteral("audit.sqlite")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE audit_entries SET to_status = 'Break' WHERE outcome = 'applied'")));
        QCOMPARE(query.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    const CliRun broken = run({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY(broken.out.contains("BROKEN"));
}

void TestCli::auditKeyCheckpointAndAnchor()
{
    const QString path = m_dir->filePath(QStringLiteral("audit.sqlite"));
    const QString keyVariable = QStringLiteral("STATUSDESK_AUDIT_KEY=the team key of this test 0123");
    {
        QString error;
        std::unique_ptr<AuditStore> store = AuditStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->setKey(AuditKey::fromText("the team key of this test 0123")));
        for (int i = 0; i < 4; ++i) {
            AuditEntry entry;
            entry.agentId = QStringLiteral("agent-%1").arg(i);
            entry.outcome = AuditOutcome::Applied;
            QVERIFY2(store->append(entry, &error), qPrintable(error));
        }
    }
    const QStringList verify {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")};
    const CliRun keyed = run(verify, true, {keyVariable});
    QCOMPARE(keyed.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(keyed.out).object().value(QStringLiteral("keyed_from")).toInt(), 1);
    QCOMPARE(run(verify).exitCode, 1); // a keyed chain does not verify without its key

    const QString checkpoint = m_dir->filePath(QStringLiteral("checkpoint.json"));
    QCOMPARE(
        run({QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--output"), checkpoint}).exitCode,
        1); // no key, no signature
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--output"), checkpoint}, true,
                 {keyVariable})
                 .exitCode,
        0);
    const QStringList anchored {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify"),
        QStringLiteral("--anchor"), checkpoint};
    QCOMPARE(run(anchored, true, {keyVariable}).exitCode, 0);
    // Another key does not match the log: nothing is written with it (no marker buries the chain).
    const CliRun otherKey
        = run(anchored, true, {QStringLiteral("STATUSDESK_AUDIT_KEY=some other key of the same length")});
    QCOMPARE(otherKey.exitCode, 1);
    QVERIFY2(otherKey.err.contains("another key"), otherKey.err.constData());
    QCOMPARE(run(verify, true, {keyVariable}).exitCode, 0);
    // Not an anchor at all: exit 8.
    const QString garbage = m_dir->filePath(QStringLiteral("garbage.jsonl"));
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not json\n");
    file.close();
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"), garbage}, true,
                 {keyVariable})
                 .exitCode,
        8);

    // The tail removed and the head moved: the chain alone is intact, the checkpoint names the truncation.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("truncate"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("DELETE FROM audit_entries WHERE id = 4")));
        QVERIFY(query.exec(QStringLiteral("UPDATE audit_chain_head SET last_id = 3, last_hash = (SELECT hash FROM "
                                          "audit_entries WHERE id = 3) WHERE id = 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("truncate"));
    const CliRun afterTruncation = run(verify, true, {keyVariable});
    QVERIFY2(afterTruncation.exitCode == 0, afterTruncation.out.constData());
    const CliRun truncated = run(anchored, true, {keyVariable});
    QCOMPARE(truncated.exitCode, 1);
    const QJsonObject verdict = QJsonDocument::fromJson(truncated.out).object();
    QCOMPARE(verdict.value(QStringLiteral("problem")).toString(), QStringLiteral("truncated"));
    QCOMPARE(verdict.value(QStringLiteral("first_bad_id")).toInt(), 4);

    // A key file others may read is refused.
    const QString keyFile = m_dir->filePath(QStringLiteral("audit.key"));
    QFile key(keyFile);
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write("the team key of this test 0123\n");
    key.close();
    QVERIFY(key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    const QStringList withFile {
        QStringLiteral("--audit-key-file"), keyFile, QStringLiteral("audit"), QStringLiteral("verify")};
    const CliRun refused = run(withFile);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("chmod 600"), refused.err.constData());
    QVERIFY(key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(run(withFile).exitCode, 0);
}

void TestCli::webhooksListAndFlush()
{
    // The endpoint fails while the change is made, so the event stays pending.
    m_sim->server()->failWebhooks(QStringLiteral("payroll"), 503, 1000);
    const QString id = m_sim->server()->organisation()->activeAgentAt(3);
    setSimStatus(id, QStringLiteral("Meeting"));
    QCOMPARE(run({QStringLiteral("status"), QStringLiteral("set"), id, QStringLiteral("Available")}).exitCode, 0);

    const CliRun listed = run({QStringLiteral("--json"), QStringLiteral("webhooks"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray deliveries = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(deliveries.size(), 1);
    QCOMPARE(deliveries.first().toObject().value(QStringLiteral("agent_id")).toString(), id);
    QCOMPARE(deliveries.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));

    const CliRun failing
        = run({QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("webhooks"), QStringLiteral("flush")});
    QCOMPARE(failing.exitCode, 6);

    m_sim->server()->failWebhooks(QStringLiteral("payroll"), 200, 0);
    SimFixture healthy; // a second sink that answers, so that the first one's scripted failures do not matter
    QVERIFY(!healthy.start().isEmpty());
    QStringList arguments = baseArguments();
    QUrl sink = healthy.baseUrl();
    sink.setPath(QStringLiteral("/sim/webhooks/payroll"));
    arguments[arguments.indexOf(QStringLiteral("--webhook")) + 1] = sink.toString();
    const CliRun flushed = run(
        arguments + QStringList {QStringLiteral("--json"), QStringLiteral("webhooks"), QStringLiteral("flush")}, false);
    QVERIFY2(flushed.exitCode == 0, flushed.err.constData());
    QCOMPARE(QJsonDocument::fromJson(flushed.out).object().value(QStringLiteral("pending")).toInt(), 0);
    QCOMPARE(healthy.server()->webhookDeliveries(QStringLiteral("payroll")).size(), 1);
}

void TestCli::metricsEndpoint()
{
    const CliRun result = run(
        {QStringLiteral("--metrics-port"), QStringLiteral("0"), QStringLiteral("agents"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.contains("metrics at http://127.0.0.1:"));
}

// kill -9 between the intent and the answer; the next run reads the agent and closes the intent.
void TestCli::crashMidChangeIsReconciled()
{
    const QString id = m_sim->server()->organisation()->activeAgentAt(4);
    setSimStatus(id, QStringLiteral("Meeting"));
    m_sim->server()->setLatency(800, 800); // slow enough to kill the CLI while its write is on the way

    QProcess process;
    process.setProgram(m_program);
    process.setArguments(baseArguments()
        + QStringList {QStringLiteral("status"), QStringLiteral("set"), id, QStringLiteral("Available")});
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    QVERIFY(process.waitForStarted(10000));
    const QString path = m_dir->filePath(QStringLiteral("audit.sqlite"));
    auto intents = [&path] {
        if (!QFileInfo::exists(path))
            return 0;
        int count = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("SELECT count(*) FROM audit_entries WHERE outcome = 'intent'"))
                    && query.next())
                    count = query.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return count;
    };
    QTRY_COMPARE_WITH_TIMEOUT(intents(), 1, 20000);
    process.kill();
    QVERIFY(finished.wait(10000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    m_sim->server()->setLatency(0, 0);

    const CliRun next = run({QStringLiteral("status"), QStringLiteral("get"), id});
    QCOMPARE(next.exitCode, 0);
    const QStringList outcomes = auditOutcomes(id);
    QCOMPARE(outcomes.constFirst(), QStringLiteral("intent"));
    QVERIFY2(outcomes.contains(QStringLiteral("reconciled")), qPrintable(outcomes.join(QLatin1Char(','))));
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
}

// The server applies the write and answers 500 every time: the CLI reads the agent back, reports the
// change as applied (and why it knows), and the audit's unknown entry is found by --outcome and exported.
void TestCli::lostAnswerIsAuditedUnknownThenApplied()
{
    const QString id = m_sim->server()->organisation()->activeAgentAt(6);
    setSimStatus(id, QStringLiteral("Meeting"));
    m_sim->server()->failAfterApplying(
        "PATCH", QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(id), 500, 10);
    const CliRun set = run({QStringLiteral("status"), QStringLiteral("set"), id, QStringLiteral("Available")});
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QVERIFY2(
        set.out.contains("applied") && set.out.contains("a read of the agent told the outcome"), set.out.constData());
    QCOMPARE(simStatus(id), QStringLiteral("Available"));
    QCOMPARE(m_sim->server()->webhookDeliveries(QStringLiteral("payroll")).size(), 1);

    const CliRun unknown = run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
        QStringLiteral("--outcome"), QStringLiteral("unknown")});
    QCOMPARE(unknown.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(unknown.out).array();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("unknown"));
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("agent_id")).toString(), id);
    const QStringList outcomes = auditOutcomes(id);
    QCOMPARE(outcomes.indexOf(QStringLiteral("unknown")) < outcomes.indexOf(QStringLiteral("applied")), true);

    const CliRun jsonl
        = run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("jsonl")});
    QCOMPARE(jsonl.exitCode, 0);
    QVERIFY(jsonl.out.contains("\"outcome\":\"unknown\""));
    const CliRun csv
        = run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.contains(",unknown,"));
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
}

// A login server's error_description with a terminal title escape, a screen clear, a bell and a
// bidi override reaches stderr with none of them.
void TestCli::serverTextCannotDriveTheTerminal()
{
    RawHttpServer login;
    const QUrl base = login.start();
    QVERIFY(base.isValid());
    login.script({RawHttpServer::response(401,
        R"({"error":"invalid_client","error_description":"bad \u001b]0;pwned\u0007 client \u001b[2J\u202eterces"})")});
    QStringList arguments = baseArguments();
    arguments[1] = base.toString();
    const CliRun result = run(arguments + QStringList {QStringLiteral("agents"), QStringLiteral("list")}, false);
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(result.err.contains("client"), result.err.constData()); // the message is there
    for (const QByteArray &forbidden : {QByteArray("\x1b"), QByteArray("\x07"), QByteArray("\xe2\x80\xae")})
        QVERIFY2(!result.err.contains(forbidden) && !result.out.contains(forbidden), result.err.toHex().constData());
}

// The secrets come from files, so that no other user sees them in the process list.
void TestCli::secretsFromFiles()
{
    QFile clientSecret(m_dir->filePath(QStringLiteral("client-secret")));
    QVERIFY(clientSecret.open(QIODevice::WriteOnly));
    clientSecret.write("statusdesk-demo-secret\n");
    clientSecret.close();
    QFile webhookSecret(m_dir->filePath(QStringLiteral("webhook-secret")));
    QVERIFY(webhookSecret.open(QIODevice::WriteOnly));
    webhookSecret.write("hmac-from-a-file\n");
    webhookSecret.close();
    QStringList arguments = baseArguments();
    const int at = int(arguments.indexOf(QStringLiteral("--client-secret")));
    arguments.remove(at, 2);
    const QStringList files {QStringLiteral("--client-secret-file"), clientSecret.fileName(),
        QStringLiteral("--webhook-secret-file"), webhookSecret.fileName()};

    const QString id = m_sim->server()->organisation()->activeAgentAt(2);
    setSimStatus(id, QStringLiteral("Meeting"));
    const CliRun changed = run(arguments + files
            + QStringList {QStringLiteral("status"), QStringLiteral("set"), id, QStringLiteral("Available")},
        false);
    QVERIFY2(changed.exitCode == 0, changed.err.constData());
    QCOMPARE(simStatus(id), QStringLiteral("Available"));
    // The webhook was signed with the key from the file.
    const QJsonArray deliveries = m_sim->server()->webhookDeliveries(QStringLiteral("payroll"));
    QVERIFY(!deliveries.isEmpty());
    const QJsonObject last = deliveries.last().toObject();
    const QByteArray body = last.value(QStringLiteral("rawBody")).toString().toUtf8();
    const QByteArray expected
        = "sha256=" + QMessageAuthenticationCode::hash(body, "hmac-from-a-file", QCryptographicHash::Sha256).toHex();
    QCOMPARE(
        last.value(QStringLiteral("headers")).toObject().value(QStringLiteral("x-statusdesk-signature")).toString(),
        QString::fromLatin1(expected));

    const CliRun missing = run(arguments
            + QStringList {QStringLiteral("--client-secret-file"), m_dir->filePath(QStringLiteral("nope")),
                QStringLiteral("agents"), QStringLiteral("list")},
        false);
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("nope"), missing.err.constData());
    const CliRun both = run(
        baseArguments() + files.mid(0, 2) + QStringList {QStringLiteral("agents"), QStringLiteral("list")}, false);
    QCOMPARE(both.exitCode, 2);
}

// LANG/LC_ALL=de_DE.UTF-8: German messages, help and table headers; the --json output and the exit
// codes are the same as in English, so that scripts do not depend on the language.
void TestCli::speaksTheLanguageOfTheLocale()
{
    const QStringList german {QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LC_ALL=de_DE.UTF-8")};
    const CliRun unknownDe = run({QStringLiteral("frobnicate"), QStringLiteral("now")}, false, german);
    const CliRun unknownEn = run({QStringLiteral("frobnicate"), QStringLiteral("now")}, false);
    QCOMPARE(unknownDe.exitCode, 2);
    QCOMPARE(unknownEn.exitCode, 2);
    QVERIFY2(unknownDe.err.contains("Unbekannter Befehl"), unknownDe.err.constData());
    QVERIFY2(unknownEn.err.contains("Unknown command"), unknownEn.err.constData());
    const CliRun plural
        = run({QStringLiteral("agents"), QStringLiteral("list"), QStringLiteral("extra")}, false, german);
    QCOMPARE(plural.exitCode, 2);
    QVERIFY2(plural.err.contains("erwartet 0 Argumente"), plural.err.constData());

    const CliRun help = run({QStringLiteral("--help")}, false, german);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains("Befehle:") && help.out.contains("JSON-Ausgabe statt Tabellen."), help.out.constData());

    const CliRun table = run({QStringLiteral("agents"), QStringLiteral("list")}, true, german);
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.startsWith("ID") && table.out.contains("SEIT"), table.out.constData());
    QVERIFY2(!table.out.contains("OnQueue") && !table.out.contains("OFF_QUEUE"), table.out.constData());

    const CliRun jsonDe
        = run({QStringLiteral("--json"), QStringLiteral("agents"), QStringLiteral("list")}, true, german);
    const CliRun jsonEn = run({QStringLiteral("--json"), QStringLiteral("agents"), QStringLiteral("list")});
    QCOMPARE(jsonDe.exitCode, 0);
    QCOMPARE(jsonEn.exitCode, 0);
    // Everything but the read times and the organisation's own label, which comes in the lead's language.
    auto withoutReadTimes = [](const QByteArray &out) {
        QJsonArray agents = QJsonDocument::fromJson(out).array();
        for (auto it = agents.begin(); it != agents.end(); ++it) {
            QJsonObject agent = it->toObject();
            agent.remove(QStringLiteral("last_confirmed"));
            agent.remove(QStringLiteral("presence_label"));
            *it = agent;
        }
        return agents;
    };
    const QJsonArray de = withoutReadTimes(jsonDe.out);
    QCOMPARE(de.size(), 20);
    QCOMPARE(de, withoutReadTimes(jsonEn.out));

    // A refused change: the same exit code and outcome in both languages.
    const QString agent = de.at(0).toObject().value(QStringLiteral("id")).toString();
    const CliRun refusedDe = run({QStringLiteral("--json"), QStringLiteral("status"), QStringLiteral("set"), agent,
                                     QStringLiteral("NoSuchStatus")},
        true, german);
    const CliRun refusedEn = run({QStringLiteral("--json"), QStringLiteral("status"), QStringLiteral("set"), agent,
        QStringLiteral("NoSuchStatus")});
    QCOMPARE(refusedDe.exitCode, refusedEn.exitCode);
    QCOMPARE(QJsonDocument::fromJson(refusedDe.out).object().value(QStringLiteral("outcome")),
        QJsonDocument::fromJson(refusedEn.out).object().value(QStringLiteral("outcome")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
