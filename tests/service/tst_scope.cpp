// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionHarness.h"
#include "api/ApiClient.h"
#include "api/ScopeLoader.h"
#include "api/ScopeResolver.h"
#include "service/AgentDirectory.h"
#include "service/StatusChangeService.h"
#include "sim/SimOrganisation.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

// Roster scopes against the simulator: a team or a lead's direct reports load in requests proportional to
// the scope, and names resolve exactly-first.
class TestScope : public QObject
{
    Q_OBJECT

private:
    SessionHarness m_harness;
    Session *m_session = nullptr;

    struct Outcome
    {
        bool ok = false;
        AgentList agents;
        ScopeResolver::Problem problem;
        qint64 requests = 0;
    };

    Outcome load(const RosterScope &scope)
    {
        ScopeLoader loader(m_session->api(), m_session->gateway());
        QSignalSpy loaded(&loader, &ScopeLoader::loaded);
        QSignalSpy failed(&loader, &ScopeLoader::failed);
        QSignalSpy sent(m_session->api(), &ApiClient::requestFinished);
        m_harness.server()->resetCounters();
        loader.load(scope);
        Outcome out;
        if (!QTest::qWaitFor([&] { return loaded.count() + failed.count() > 0; }, 60000))
            return out;
        out.requests = m_harness.server()->requestsServed();
        for (const QList<QVariant> &request : std::as_const(sent))
            qInfo("sent %s %s", request.at(0).toByteArray().constData(), qPrintable(request.at(1).toString()));
        out.ok = loaded.count() == 1;
        if (out.ok)
            out.agents = loaded.at(0).at(0).value<AgentList>();
        else
            out.problem = failed.at(0).at(0).value<ScopeResolver::Problem>();
        if (!out.ok)
            qInfo("scope problem: %s", qPrintable(out.problem.message()));
        return out;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<AgentList>("AgentList");
        qRegisterMetaType<ScopeResolver::Problem>("ScopeResolver::Problem");
        SimConfig config;
        config.agents = 10000;
        config.rateLimitPerMinute = 0;
        QVERIFY(m_harness.startSim(config));
        // No push or polling: nothing but the scope's own requests reaches the server while it is counted.
        m_harness.setLiveUpdates(false);
        m_session = m_harness.startSession(Protocol::Genesys);
        QVERIFY2(m_session, qPrintable(m_harness.lastError()));
    }

    void aTeamOfThirtyCostsThreeRequests()
    {
        const Outcome o = load(RosterScope::teams({QStringLiteral("escalations")}));
        QVERIFY(o.ok);
        QCOMPARE(o.agents.size(), 30);
        for (const Agent &a : o.agents) {
            QCOMPARE(a.team, QStringLiteral("Escalations"));
            QVERIFY(!a.status.isEmpty());
            QVERIFY(!a.routingStatus.isEmpty());
            QVERIFY(!a.department.isEmpty() && a.department != a.team);
        }
        qInfo("team of 30 in 10000: %lld requests", o.requests);
        QVERIFY2(o.requests <= 3, qPrintable(QString::number(o.requests)));
    }

    // The session's own roster in the scope: reloading it costs the same three requests.
    void theSessionReloadsItsScope()
    {
        QSignalSpy ready(m_session, &Session::ready);
        m_session->changeScope(RosterScope::teams({QStringLiteral("Escalations")}));
        QVERIFY(ready.wait(20000));
        QCOMPARE(m_session->directory()->size(), 30);
        QSignalSpy reset(m_session->directory(), &AgentDirectory::agentsReset);
        m_harness.server()->resetCounters();
        m_session->directory()->refresh();
        QVERIFY(reset.wait(20000));
        QCOMPARE(m_session->directory()->size(), 30);
        qInfo("reload of a team of 30: %lld requests", m_harness.server()->requestsServed());
        QVERIFY(m_harness.server()->requestsServed() <= 3);
    }

    void directReportsOfALeadById()
    {
        const QString lead = m_harness.server()->organisation()->supervisorId();
        const Outcome o = load(RosterScope::directReports(lead));
        QVERIFY(o.ok);
        QCOMPARE(o.agents.size(), 12);
        for (const Agent &a : o.agents)
            QCOMPARE(a.managerId, lead);
        QCOMPARE(o.requests, 2);
    }

    void directReportsOfALeadByName()
    {
        const SimOrganisation *org = m_harness.server()->organisation();
        const Outcome o = load(RosterScope::directReports(org->user(org->supervisorId())->name));
        QVERIFY(o.ok);
        QCOMPARE(o.agents.size(), 12);
        QCOMPARE(o.requests, 3);
    }

    void anExactTeamNameWinsOverLongerOnes()
    {
        const Outcome o = load(RosterScope::teams({QStringLiteral("Support")}));
        QVERIFY(o.ok);
        QVERIFY(o.agents.size() > 100); // the whole team, members paged by 100
        for (const Agent &a : o.agents)
            QCOMPARE(a.team, QStringLiteral("Support"));
    }

    void unknownAndAmbiguousNamesListCandidates()
    {
        const Outcome ambiguous = load(RosterScope::teams({QStringLiteral("S")}));
        QVERIFY(!ambiguous.ok);
        QCOMPARE(ambiguous.problem.kind, ScopeResolver::Problem::Kind::Ambiguous);
        QStringList candidates = ambiguous.problem.candidates;
        candidates.sort();
        QCOMPARE(candidates,
            (QStringList {QStringLiteral("Sales"), QStringLiteral("Support"), QStringLiteral("Support Escalations")}));
        QVERIFY(ambiguous.problem.message().contains(QStringLiteral("Support Escalations")));
        const Outcome unknown = load(RosterScope::teams({QStringLiteral("Nobody")}));
        QCOMPARE(unknown.problem.kind, ScopeResolver::Problem::Kind::Unknown);
        const Outcome noUser = load(RosterScope::directReports(QStringLiteral("Zzyzx Nobody")));
        QCOMPARE(noUser.problem.kind, ScopeResolver::Problem::Kind::Unknown);
        // Client credentials have no "me".
        const Outcome me = load(RosterScope::directReports(QStringLiteral("me")));
        QCOMPARE(me.problem.kind, ScopeResolver::Problem::Kind::Server);
    }

    // "At most 2 of a team on Break": with only the lead's reports in the roster, the rest of Support counts.
    void capacityCountsTheWholeTeam()
    {
        SimOrganisation *org = m_harness.server()->organisation();
        const QString lead = org->supervisorId();
        const SimTeam *support = nullptr;
        for (const SimTeam &t : org->teams())
            support = t.name == QLatin1String("Support") ? &t : support;
        QVERIFY(support);
        QSet<QString> reports;
        for (const SimAgent *a : org->directReports(lead))
            reports.insert(a->id);
        // Nobody of Support on Break, except two members outside the lead's reports.
        int outside = 0;
        for (const QString &id : support->memberIds) {
            const SimAgent *a = org->user(id);
            const bool onBreak = !reports.contains(id) && a->managerId != QString() && outside < 2 && id != lead;
            QVERIFY(org->setStatus(id, onBreak ? QStringLiteral("Break") : QStringLiteral("Available"), QString(),
                           QString(), org->competitorId())
                        .isEmpty());
            outside += onBreak ? 1 : 0;
        }
        QCOMPARE(outside, 2);
        QSignalSpy ready(m_session, &Session::ready);
        m_session->changeScope(RosterScope::directReports(lead));
        QVERIFY(ready.wait(20000));
        QCOMPARE(m_session->directory()->size(), int(reports.size()));
        const Agent report = m_session->directory()->agents().constFirst();
        QCOMPARE(report.team, QStringLiteral("Support"));
        StatusChange toBreak = StatusChange::fromAgent(report, QStringLiteral("Break"), QStringLiteral("Coffee"));
        // The roster alone has no one on Break; the team outside it has two: the rule refuses.
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->changes()->validate(toBreak).isEmpty(), 10000);
        const RuleViolations violations = m_session->changes()->validate(toBreak);
        QCOMPARE(violations.constFirst().type, RuleViolation::Type::CapacityReached);
        // Back to the whole organisation: the directory counts the team itself.
        m_session->changeScope(RosterScope::organisation());
        QVERIFY(ready.wait(60000));
    }

    // The members outside the scope are counted again before a change to a limited status: a Break that
    // another console gave one of them meanwhile refuses the change, at the cost of one read by id.
    void aLimitedChangeRecountsTheTeamFirst()
    {
        SimOrganisation *org = m_harness.server()->organisation();
        const QString lead = org->supervisorId();
        const SimTeam *support = nullptr;
        for (const SimTeam &t : org->teams())
            support = t.name == QLatin1String("Support") ? &t : support;
        QVERIFY(support);
        QSet<QString> reports;
        for (const SimAgent *a : org->directReports(lead))
            reports.insert(a->id);
        QStringList outside;
        for (const QString &id : support->memberIds) {
            if (!reports.contains(id))
                outside.append(id);
            QVERIFY(
                org->setStatus(id, QStringLiteral("Available"), QString(), QString(), org->competitorId()).isEmpty());
        }
        QVERIFY(outside.size() >= 2);
        // One of the team outside the lead's reports is on Break: one more is allowed (at most 2).
        QVERIFY(org->setStatus(outside.at(0), QStringLiteral("Break"), QString(), QString(), org->competitorId())
                    .isEmpty());
        const auto usersReads = [this] {
            return qint64(m_harness.server()->requestsByPath().value(QStringLiteral("GET /api/v2/users")).toDouble());
        };
        const qint64 byId = (outside.size() + 99) / 100;
        m_harness.server()->resetCounters();
        QSignalSpy ready(m_session, &Session::ready);
        m_session->changeScope(RosterScope::directReports(lead));
        QVERIFY(ready.wait(20000));
        // The count made at load has reached the server: the reports by id, then the others by id.
        QTRY_COMPARE_WITH_TIMEOUT(usersReads(), qint64((reports.size() + 99) / 100) + byId, 10000);
        const Agent report = m_session->directory()->agents().constFirst();
        QCOMPARE(report.team, QStringLiteral("Support"));
        const StatusChange toBreak = StatusChange::fromAgent(report, QStringLiteral("Break"), QStringLiteral("Coffee"));
        QVERIFY(m_session->changes()->validate(toBreak).isEmpty()); // on the count of the load

        // Meanwhile another console puts a second one outside the scope on Break.
        QVERIFY(org->setStatus(outside.at(1), QStringLiteral("Break"), QString(), QString(), org->competitorId())
                    .isEmpty());
        m_harness.server()->resetCounters();
        QList<ChangeResult> results;
        connect(m_session->changes(), &StatusChangeService::finished, this,
            [&results](const ChangeResult &result) { results.append(result); });
        m_session->changes()->change(toBreak);
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 90000); // the read waits for the read share of the budget
        QCOMPARE(results.at(0).outcome, ChangeResult::Outcome::Rejected);
        QCOMPARE(results.at(0).violations.constFirst().type, RuleViolation::Type::CapacityReached);
        QCOMPARE(m_harness.simStatus(report.id), QStringLiteral("Available"));
        QCOMPARE(usersReads(), byId); // the other members by id, listed at load: nothing more
        QCOMPARE(m_harness.server()->requestsServed(), byId);

        // Back to one: the next change is counted afresh and goes through.
        QVERIFY(org->setStatus(outside.at(1), QStringLiteral("Available"), QString(), QString(), org->competitorId())
                    .isEmpty());
        m_session->changes()->change(toBreak);
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 90000);
        QCOMPARE(results.at(1).outcome, ChangeResult::Outcome::Applied);
        QCOMPARE(m_harness.simStatus(report.id), QStringLiteral("Break"));
        QVERIFY(m_harness.setSimStatus(report.id, QStringLiteral("Available")));
        QVERIFY(org->setStatus(outside.at(0), QStringLiteral("Available"), QString(), QString(), org->competitorId())
                    .isEmpty());
        m_session->changeScope(RosterScope::organisation());
        QVERIFY(ready.wait(60000));
    }

    void thePickRule_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("found");
        QTest::addColumn<int>("index");
        QTest::addColumn<bool>("ambiguous");
        const QStringList support {QStringLiteral("Support Escalations"), QStringLiteral("Support")};
        QTest::newRow("exact among prefixes") << QStringLiteral("support") << support << 1 << false;
        QTest::newRow("one by prefix") << QStringLiteral("Supp") << QStringList {QStringLiteral("Support")} << 0
                                       << false;
        QTest::newRow("several by prefix") << QStringLiteral("Supp") << support << -1 << true;
        QTest::newRow("two exact") << QStringLiteral("Sales")
                                   << QStringList {QStringLiteral("Sales"), QStringLiteral("sales")} << -1 << true;
        QTest::newRow("none") << QStringLiteral("X") << QStringList() << -1 << false;
    }

    void thePickRule()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, found);
        QFETCH(int, index);
        QFETCH(bool, ambiguous);
        bool isAmbiguous = false;
        QCOMPARE(ScopeResolver::pick(name, found, &isAmbiguous), index);
        QCOMPARE(isAmbiguous, ambiguous);
    }

    void theScopeSurvivesItsSetting()
    {
        const QList<RosterScope> scopes {RosterScope::organisation(), RosterScope::directReports(QStringLiteral("me")),
            RosterScope::teams({QStringLiteral("Billing"), QStringLiteral("Sales")})};
        for (const RosterScope &s : scopes)
            QCOMPARE(RosterScope::fromSetting(s.toSetting()), s);
        QVERIFY(RosterScope::fromSetting(QStringLiteral("{garbage")).isOrganisation());
    }
};

QTEST_GUILESS_MAIN(TestScope)
#include "tst_scope.moc"
