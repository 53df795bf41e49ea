// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimTestClient.h"
#include "sim/SimOrganisation.h"
#include "support/SimFixture.h"

#include <QSet>
#include <QTest>
#include <QUrlQuery>

// Teams, managers, direct reports, superiors and user search over real HTTP, as the definition has them.
class TestSimTeams : public QObject
{
    Q_OBJECT

private:
    SimFixture m_sim;
    std::unique_ptr<SimTestClient> m_client;

    SimOrganisation *org() const { return m_sim.server()->organisation(); }

    QString teamId(const QString &name) const
    {
        for (const SimTeam &t : org()->teams()) {
            if (t.name == name)
                return t.id;
        }
        return {};
    }

    // Walks a cursor-paged listing from its first page; every page's entities, in order.
    QJsonArray walk(const QString &first, int *pages)
    {
        QJsonArray all;
        QString next = first;
        *pages = 0;
        while (!next.isEmpty() && *pages < 100) {
            const auto r = m_client->get(next);
            if (r.status != 200)
                return {};
            ++*pages;
            for (const QJsonValue &v : r.object().value(QStringLiteral("entities")).toArray())
                all.append(v);
            next = r.object().value(QStringLiteral("nextUri")).toString();
        }
        return all;
    }

    std::unique_ptr<SimTestClient> clientWith(const QString &id)
    {
        auto c = std::make_unique<SimTestClient>(m_sim.baseUrl());
        c->signIn(id, id + QStringLiteral("-secret"));
        return c;
    }

private slots:
    void initTestCase()
    {
        SimConfig config;
        config.agents = 300;
        config.rateLimitPerMinute = 0;
        config.clients = {{QStringLiteral("statusdesk-demo"), QStringLiteral("statusdesk-demo-secret"), {}},
            {QStringLiteral("no-teams"), QStringLiteral("no-teams-secret"),
                {QStringLiteral("presence:userPresence:edit")}}};
        QVERIFY(m_sim.start(config).isValid());
        m_client = std::make_unique<SimTestClient>(m_sim.baseUrl());
        QVERIFY(!m_client->signIn().isEmpty());
    }

    void teamsListingMatchesNamesByPrefix()
    {
        const auto all = m_client->get(QStringLiteral("/api/v2/teams?pageSize=100"));
        QCOMPARE(all.status, 200);
        const QJsonArray teams = all.object().value(QStringLiteral("entities")).toArray();
        QCOMPARE(teams.size(), 7);
        for (const QJsonValue &t : teams) {
            QVERIFY(!t.toObject().value(QStringLiteral("id")).toString().isEmpty());
            QVERIFY(t.toObject().value(QStringLiteral("memberCount")).toInt() >= 0);
        }
        const auto support = m_client->get(QStringLiteral("/api/v2/teams?name=support"));
        QCOMPARE(support.status, 200);
        QStringList names;
        for (const QJsonValue &t : support.object().value(QStringLiteral("entities")).toArray())
            names.append(t.toObject().value(QStringLiteral("name")).toString());
        names.sort();
        QCOMPARE(names, (QStringList {QStringLiteral("Support"), QStringLiteral("Support Escalations")}));
        const auto none = m_client->get(QStringLiteral("/api/v2/teams?name=Nobody"));
        QCOMPARE(none.object().value(QStringLiteral("entities")).toArray().size(), 0);
    }

    void teamsPageWithCursors()
    {
        const auto first = m_client->get(QStringLiteral("/api/v2/teams?pageSize=3"));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.object().value(QStringLiteral("entities")).toArray().size(), 3);
        QVERIFY(!first.object().contains(QStringLiteral("previousUri")));
        const QString next = first.object().value(QStringLiteral("nextUri")).toString();
        QVERIFY(next.contains(QStringLiteral("after=")));
        const auto second = m_client->get(next);
        QCOMPARE(second.status, 200);
        const QString previous = second.object().value(QStringLiteral("previousUri")).toString();
        QVERIFY(previous.contains(QStringLiteral("before=")));
        QCOMPARE(m_client->get(previous).object().value(QStringLiteral("entities")),
            first.object().value(QStringLiteral("entities")));
        int pages = 0;
        QCOMPARE(walk(QStringLiteral("/api/v2/teams?pageSize=3"), &pages).size(), 7);
        QCOMPARE(pages, 3);
    }

    void teamCallsRefuseBadInput_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("page size above 100") << QStringLiteral("/api/v2/teams?pageSize=101") << 400;
        QTest::newRow("page size 0") << QStringLiteral("/api/v2/teams?pageSize=0") << 400;
        QTest::newRow("forged cursor") << QStringLiteral("/api/v2/teams?after=not-a-cursor") << 400;
        QTest::newRow("after and before") << QStringLiteral("/api/v2/teams?after=bzow&before=bzow") << 400;
        QTest::newRow("unknown team") << QStringLiteral("/api/v2/teams/nope/members") << 404;
        QTest::newRow("unknown user reports") << QStringLiteral("/api/v2/users/nope/directreports") << 404;
    }

    void teamCallsRefuseBadInput()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QCOMPARE(m_client->get(path).status, status);
    }

    void membersPageWithCursorsAndNamesOnlyWhenExpanded()
    {
        const QString support = teamId(QStringLiteral("Support"));
        const SimTeam *team = org()->team(support);
        QVERIFY(team && team->memberIds.size() > 25);
        int pages = 0;
        const QJsonArray members
            = walk(QStringLiteral("/api/v2/teams/%1/members?pageSize=25&expand=entities").arg(support), &pages);
        QCOMPARE(members.size(), team->memberIds.size());
        QCOMPARE(pages, int((team->memberIds.size() + 24) / 25));
        QSet<QString> ids;
        for (const QJsonValue &m : members) {
            ids.insert(m.toObject().value(QStringLiteral("id")).toString());
            QVERIFY(!m.toObject().value(QStringLiteral("name")).toString().isEmpty());
        }
        QCOMPARE(ids.size(), members.size());
        const auto bare = m_client->get(QStringLiteral("/api/v2/teams/%1/members").arg(support));
        QCOMPARE(bare.status, 200);
        QVERIFY(!bare.object()
                     .value(QStringLiteral("entities"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .contains(QStringLiteral("name")));
    }

    void usersCarryTeamOnlyWhenExpandedAndDepartmentApart()
    {
        const auto plain = m_client->get(QStringLiteral("/api/v2/users?pageSize=100"));
        const auto expanded = m_client->get(QStringLiteral("/api/v2/users?pageSize=100&expand=team"));
        QCOMPARE(expanded.status, 200);
        const QJsonArray a = plain.object().value(QStringLiteral("entities")).toArray();
        const QJsonArray b = expanded.object().value(QStringLiteral("entities")).toArray();
        int differing = 0;
        for (int i = 0; i < b.size(); ++i) {
            QVERIFY(!a.at(i).toObject().contains(QStringLiteral("team")));
            const QJsonObject u = b.at(i).toObject();
            const QJsonObject team = u.value(QStringLiteral("team")).toObject();
            QVERIFY(org()->team(team.value(QStringLiteral("id")).toString()));
            QVERIFY(!team.value(QStringLiteral("name")).toString().isEmpty());
            QVERIFY(!u.value(QStringLiteral("department")).toString().isEmpty());
            differing += u.value(QStringLiteral("department")) != team.value(QStringLiteral("name"));
            QVERIFY(!u.value(QStringLiteral("manager")).toObject().value(QStringLiteral("id")).toString().isEmpty());
        }
        QCOMPARE(differing, b.size());
        const QString id = b.at(0).toObject().value(QStringLiteral("id")).toString();
        const auto one = m_client->get(QStringLiteral("/api/v2/users/%1?expand=team").arg(id));
        QCOMPARE(one.object().value(QStringLiteral("team")), b.at(0).toObject().value(QStringLiteral("team")));
        // The by-id read the roster uses: presence, routing status and team together, at most 100 ids.
        const auto byId
            = m_client->get(QStringLiteral("/api/v2/users?id=%1&expand=presence,routingStatus,team").arg(id));
        const QJsonObject user = byId.object().value(QStringLiteral("entities")).toArray().at(0).toObject();
        QVERIFY(user.contains(QStringLiteral("presence")) && user.contains(QStringLiteral("routingStatus")));
        QVERIFY(user.contains(QStringLiteral("team")));
    }

    void everyAgentHasAManagerAndTheLeadHasReports()
    {
        const QString lead = org()->supervisorId();
        const auto reports = m_client->get(QStringLiteral("/api/v2/users/%1/directreports").arg(lead));
        QCOMPARE(reports.status, 200);
        const QJsonArray list = reports.array();
        QVERIFY(list.size() >= 5);
        for (const QJsonValue &r : list)
            QCOMPARE(
                r.toObject().value(QStringLiteral("manager")).toObject().value(QStringLiteral("id")).toString(), lead);
        // The lead's reports are part of the lead's team, not all of it.
        const SimTeam *support = org()->team(teamId(QStringLiteral("Support")));
        QVERIFY(support->memberIds.contains(lead));
        QVERIFY(support->memberIds.size() > list.size());
        const QString agent = list.at(0).toObject().value(QStringLiteral("id")).toString();
        const auto superiors = m_client->get(QStringLiteral("/api/v2/users/%1/superiors").arg(agent));
        QCOMPARE(superiors.status, 200);
        QVERIFY(superiors.array().size() >= 2);
        QCOMPARE(superiors.array().at(0).toObject().value(QStringLiteral("id")).toString(), lead);
        for (const SimAgent &a : org()->users())
            QVERIFY2(!a.managerId.isEmpty() && org()->user(a.managerId), qPrintable(a.id));
        const auto expanded
            = m_client->get(QStringLiteral("/api/v2/users/%1/directreports?expand=presence,team").arg(lead));
        QVERIFY(expanded.array().at(0).toObject().contains(QStringLiteral("presence")));
        QVERIFY(expanded.array().at(0).toObject().contains(QStringLiteral("team")));
    }

    void theSmallTeamHasAboutThirtyMembers()
    {
        const SimTeam *small = org()->team(teamId(QStringLiteral("Escalations")));
        QVERIFY(small);
        QCOMPARE(small->memberIds.size(), 30);
    }

    void searchFindsAUserByName()
    {
        const QString name = org()->users().at(10).name;
        QJsonObject criterion {{QStringLiteral("type"), QStringLiteral("EXACT")},
            {QStringLiteral("fields"), QJsonArray {QStringLiteral("name")}}, {QStringLiteral("value"), name}};
        const auto r = m_client->sendJson("POST", QStringLiteral("/api/v2/users/search"),
            QJsonDocument(QJsonObject {{QStringLiteral("query"), QJsonArray {criterion}}}));
        QCOMPARE(r.status, 200);
        const QJsonArray results = r.object().value(QStringLiteral("results")).toArray();
        QVERIFY(!results.isEmpty());
        for (const QJsonValue &u : results)
            QCOMPARE(u.toObject().value(QStringLiteral("name")).toString().toLower(), name.toLower());
        QCOMPARE(r.object().value(QStringLiteral("total")).toInt(), results.size());
        // Staff are found too: the lead by name.
        criterion.insert(QStringLiteral("value"), org()->user(org()->supervisorId())->name);
        const auto lead = m_client->sendJson("POST", QStringLiteral("/api/v2/users/search"),
            QJsonDocument(QJsonObject {{QStringLiteral("query"), QJsonArray {criterion}}}));
        QCOMPARE(lead.object().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("id")),
            QJsonValue(org()->supervisorId()));
        QCOMPARE(
            m_client->sendJson("POST", QStringLiteral("/api/v2/users/search"), QJsonDocument(QJsonObject {})).status,
            400);
        QCOMPARE(m_client
                     ->sendJson("POST", QStringLiteral("/api/v2/users/search"),
                         QJsonDocument(QJsonObject {{QStringLiteral("bogus"), 1}}))
                     .status,
            400);
    }

    void permissionsAreChecked()
    {
        auto limited = clientWith(QStringLiteral("no-teams"));
        QCOMPARE(limited->get(QStringLiteral("/api/v2/teams")).status, 403);
        QCOMPARE(
            limited->get(QStringLiteral("/api/v2/teams/%1/members").arg(teamId(QStringLiteral("Sales")))).status, 403);
        QJsonObject criterion {{QStringLiteral("type"), QStringLiteral("STARTS_WITH")},
            {QStringLiteral("fields"), QJsonArray {QStringLiteral("name")}},
            {QStringLiteral("value"), QStringLiteral("A")}};
        QCOMPARE(limited
                     ->sendJson("POST", QStringLiteral("/api/v2/users/search"),
                         QJsonDocument(QJsonObject {{QStringLiteral("query"), QJsonArray {criterion}}}))
                     .status,
            403);
        // Client credentials have no user: /users/me stays a 400.
        QCOMPARE(m_client->get(QStringLiteral("/api/v2/users/me")).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestSimTeams)
#include "tst_sim_teams.moc"
