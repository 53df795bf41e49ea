// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimTestClient.h"
#include "core/ManualClock.h"
#include "sim/SimJson.h"
#include "sim/SimOrganisation.h"
#include "support/SimFixture.h"

#include <QSignalSpy>
#include <QTest>

// A user's queue memberships over real HTTP, as the definition has them: the joined filter and paging of
// GET /api/v2/users/{userId}/queues, the asynchronous PATCH (a 200 first, the change a delay later, on
// the simulator's clock), non-member pairs disregarded, the permissions of each call, and activeQueueIds
// in the activity topic.
class TestSimQueues : public QObject
{
    Q_OBJECT

private:
    static constexpr int kDelayMs = 1500;

    ManualClock m_clock; // declared before m_sim: outlives it
    SimFixture m_sim;
    std::unique_ptr<SimTestClient> m_client;

    SimOrganisation *org() const { return m_sim.server()->organisation(); }

    // An active agent with one joined and one inactive membership (team queue joined, General not).
    const SimAgent *agentWithInactiveMembership() const
    {
        for (const SimAgent &a : org()->users()) {
            if (a.state == QLatin1String("active") && a.queueIds.size() == 2 && a.joinedQueueIds.size() == 1)
                return &a;
        }
        return nullptr;
    }

    QString queueId(const QString &name) const
    {
        for (const SimQueue &q : org()->queues()) {
            if (q.name == name)
                return q.id;
        }
        return {};
    }

    QStringList idsOf(const SimTestClient::Reply &r) const
    {
        QStringList ids;
        for (const QJsonValue &v : r.object().value(QStringLiteral("entities")).toArray())
            ids.append(v.toObject().value(QStringLiteral("id")).toString());
        return ids;
    }

    std::unique_ptr<SimTestClient> clientWith(const QString &id)
    {
        auto c = std::make_unique<SimTestClient>(m_sim.baseUrl());
        c->signIn(id, id + QStringLiteral("-secret"));
        return c;
    }

    SimTestClient::Reply patch(SimTestClient &client, const QString &userId, const QJsonArray &body)
    {
        return client.sendJson("PATCH", QStringLiteral("/api/v2/users/%1/queues").arg(userId), QJsonDocument(body));
    }

    static QJsonObject pair(const QString &queueId, bool joined)
    {
        return {{QStringLiteral("id"), queueId}, {QStringLiteral("joined"), joined}};
    }

private slots:
    void initTestCase()
    {
        SimConfig config;
        config.agents = 120;
        config.rateLimitPerMinute = 0;
        config.queueApplyDelayMs = kDelayMs;
        config.clients = {{QStringLiteral("statusdesk-demo"), QStringLiteral("statusdesk-demo-secret"), {}},
            {QStringLiteral("viewer"), QStringLiteral("viewer-secret"), {QStringLiteral("routing:queue:view")}},
            {QStringLiteral("manager"), QStringLiteral("manager-secret"),
                {QStringLiteral("routing:queue:view"), QStringLiteral("routing:queueMember:manage")}},
            {QStringLiteral("joiner"), QStringLiteral("joiner-secret"), {QStringLiteral("routing:queue:join")}},
            {QStringLiteral("nobody"), QStringLiteral("nobody-secret"),
                {QStringLiteral("presence:userPresence:edit")}}};
        QVERIFY(m_sim.start(config, &m_clock).isValid());
        m_client = std::make_unique<SimTestClient>(m_sim.baseUrl());
        QVERIFY(!m_client->signIn().isEmpty());
        QVERIFY(agentWithInactiveMembership());
    }

    void joinedDefaultsToTrueAndFalseListsTheInactiveMemberships()
    {
        const SimAgent *a = agentWithInactiveMembership();
        const QString path = QStringLiteral("/api/v2/users/%1/queues").arg(a->id);
        const auto byDefault = m_client->get(path);
        QCOMPARE(byDefault.status, 200);
        QCOMPARE(idsOf(byDefault), a->joinedQueueIds);
        const QJsonObject entity = byDefault.object().value(QStringLiteral("entities")).toArray().at(0).toObject();
        QCOMPARE(entity.value(QStringLiteral("joined")).toBool(), true);
        QVERIFY(!entity.value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(entity.value(QStringLiteral("joinedMemberCount")).toInt() >= 1);
        QVERIFY(entity.value(QStringLiteral("memberCount")).toInt()
            >= entity.value(QStringLiteral("joinedMemberCount")).toInt());
        QCOMPARE(byDefault.object().value(QStringLiteral("total")).toInt(), 1);

        const auto inactive = m_client->get(path + QStringLiteral("?joined=false"));
        QCOMPARE(inactive.status, 200);
        QCOMPARE(idsOf(inactive), QStringList {queueId(QStringLiteral("General"))});
        QCOMPARE(inactive.object()
                     .value(QStringLiteral("entities"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("joined"))
                     .toBool(true),
            false);
        QVERIFY(inactive.object().value(QStringLiteral("selfUri")).toString().contains(QLatin1String("joined=false")));
    }

    void pagingAndBadParameters()
    {
        const SimAgent *a = agentWithInactiveMembership();
        const QString path = QStringLiteral("/api/v2/users/%1/queues").arg(a->id);
        const auto page2 = m_client->get(path + QStringLiteral("?joined=true&pageSize=1&pageNumber=2"));
        QCOMPARE(page2.status, 200);
        QVERIFY(idsOf(page2).isEmpty());
        QCOMPARE(page2.object().value(QStringLiteral("pageCount")).toInt(), 1);
        QVERIFY(page2.object().contains(QStringLiteral("previousUri")));
        QCOMPARE(m_client->get(path + QStringLiteral("?joined=yes")).status, 400);
        QCOMPARE(m_client->get(path + QStringLiteral("?pageSize=501")).status, 400);
        QCOMPARE(m_client->get(path + QStringLiteral("?pageNumber=0")).status, 400);
        QCOMPARE(m_client->get(QStringLiteral("/api/v2/users/nobody-here/queues")).status, 404);
        // A division the memberships are not in filters them out.
        const auto elsewhere = m_client->get(path + QStringLiteral("?divisionId=00000000-0000-0000-0000-000000000000"));
        QCOMPARE(elsewhere.status, 200);
        QVERIFY(idsOf(elsewhere).isEmpty());
    }

    void permissionsAreChecked()
    {
        const SimAgent *a = agentWithInactiveMembership();
        const QString path = QStringLiteral("/api/v2/users/%1/queues").arg(a->id);
        auto nobody = clientWith(QStringLiteral("nobody"));
        const auto denied = nobody->get(path);
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.object().value(QStringLiteral("code")).toString(), QStringLiteral("missing.permissions"));
        QVERIFY(
            denied.object().value(QStringLiteral("message")).toString().contains(QLatin1String("routing:queue:view")));
        QCOMPARE(patch(*nobody, a->id, {pair(a->queueIds.first(), true)}).status, 403);

        auto viewer = clientWith(QStringLiteral("viewer"));
        QCOMPARE(viewer->get(path).status, 200);
        const auto viewOnly = patch(*viewer, a->id, {pair(a->queueIds.first(), true)});
        QCOMPARE(viewOnly.status, 403);
        QVERIFY(viewOnly.object()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("routing:queue:join")));
        // Either change permission will do; joining what is joined already changes nothing.
        QCOMPARE(patch(*clientWith(QStringLiteral("manager")), a->id, {pair(a->queueIds.first(), true)}).status, 200);
        QCOMPARE(patch(*clientWith(QStringLiteral("joiner")), a->id, {pair(a->queueIds.first(), true)}).status, 200);
        QCOMPARE(clientWith(QStringLiteral("joiner"))->get(path).status, 403);
        m_clock.advance(kDelayMs);
        QCOMPARE(agentWithInactiveMembership()->id, a->id);
    }

    void badBodiesAreRefused()
    {
        const SimAgent *a = agentWithInactiveMembership();
        const QString path = QStringLiteral("/api/v2/users/%1/queues").arg(a->id);
        QCOMPARE(m_client->send("PATCH", path, "{\"id\":\"x\"}").status, 400); // not an array
        QCOMPARE(patch(*m_client, a->id, {}).status, 400);
        QCOMPARE(patch(*m_client, a->id, {QJsonObject {{QStringLiteral("id"), a->queueIds.first()}}}).status, 400);
        QCOMPARE(patch(*m_client, a->id,
                     {QJsonObject {{QStringLiteral("id"), a->queueIds.first()},
                         {QStringLiteral("joined"), QStringLiteral("true")}}})
                     .status,
            400);
        QCOMPARE(patch(*m_client, a->id,
                     {QJsonObject {{QStringLiteral("id"), a->queueIds.first()}, {QStringLiteral("joined"), true},
                         {QStringLiteral("active"), true}}})
                     .status,
            400);
    }

    // The 200 comes before the change: the answer and a read right after it show the old state; the read
    // after the delay shows the new one, and the activity topic carries it.
    void patchIsAppliedAfterTheDelay()
    {
        const SimAgent *a = agentWithInactiveMembership();
        const QString agentId = a->id;
        const QString general = queueId(QStringLiteral("General"));
        const QString team = a->queueIds.first();
        const QString path = QStringLiteral("/api/v2/users/%1/queues").arg(agentId);
        QSignalSpy changed(org(), &SimOrganisation::agentChanged);
        const auto answer = patch(*m_client, agentId, {pair(general, true), pair(team, false)});
        QCOMPARE(answer.status, 200);
        const QJsonArray entities = answer.object().value(QStringLiteral("entities")).toArray();
        QCOMPARE(entities.size(), 2);
        for (const QJsonValue &v : entities) {
            const bool isGeneral = v.toObject().value(QStringLiteral("id")).toString() == general;
            QCOMPARE(v.toObject().value(QStringLiteral("joined")).toBool(), !isGeneral); // not applied yet
        }
        QCOMPARE(idsOf(m_client->get(path)), QStringList {team});
        m_clock.advance(kDelayMs - 1);
        QCOMPARE(idsOf(m_client->get(path)), QStringList {team});
        QCOMPARE(changed.count(), 0);

        m_clock.advance(1);
        QCOMPARE(idsOf(m_client->get(path)), QStringList {general});
        QCOMPARE(idsOf(m_client->get(path + QStringLiteral("?joined=false"))), QStringList {team});
        QVERIFY(changed.count() >= 1);
        QCOMPARE(changed.last().at(0).toString(), agentId);
        const QJsonObject activity = SimJson::activityEvent(*org(), *org()->user(agentId));
        QCOMPARE(activity.value(QStringLiteral("activeQueueIds")).toArray(), QJsonArray {general});
        QCOMPARE(activity.value(QStringLiteral("dateActiveQueuesChanged")).toString(), SimJson::date(m_clock.now()));

        // Back as it was, for the tests after this one.
        QCOMPARE(patch(*m_client, agentId, {pair(general, false), pair(team, true)}).status, 200);
        m_clock.advance(kDelayMs);
        QCOMPARE(idsOf(m_client->get(path)), QStringList {team});
    }

    void nonMemberPairsAreDisregarded()
    {
        const SimAgent *a = agentWithInactiveMembership();
        const QString backOffice = queueId(QStringLiteral("Back Office"));
        QVERIFY(!backOffice.isEmpty());
        QVERIFY(!a->queueIds.contains(backOffice));
        const auto answer = patch(*m_client, a->id,
            {pair(backOffice, true), pair(QStringLiteral("no-such-queue"), true), pair(a->queueIds.first(), true)});
        QCOMPARE(answer.status, 200);
        QCOMPARE(idsOf(answer), QStringList {a->queueIds.first()});
        m_clock.advance(kDelayMs);
        QVERIFY(!org()->user(a->id)->joinedQueueIds.contains(backOffice));
        QVERIFY(!org()->user(a->id)->queueIds.contains(backOffice));
        QCOMPARE(org()->queueMemberCount(backOffice), 0);
    }

    void singleQueuePatch()
    {
        const SimAgent *a = agentWithInactiveMembership();
        const QString agentId = a->id;
        const QString general = queueId(QStringLiteral("General"));
        const QString base = QStringLiteral("/api/v2/users/%1/queues/").arg(agentId);
        const auto answer = m_client->sendJson(
            "PATCH", base + general, QJsonDocument(QJsonObject {{QStringLiteral("joined"), true}}));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.object().value(QStringLiteral("joined")).toBool(true), false);
        m_clock.advance(kDelayMs);
        QVERIFY(org()->user(agentId)->joinedQueueIds.contains(general));
        QCOMPARE(m_client
                     ->sendJson("PATCH", base + queueId(QStringLiteral("Back Office")),
                         QJsonDocument(QJsonObject {{QStringLiteral("joined"), true}}))
                     .status,
            404);
        QCOMPARE(
            m_client->sendJson("PATCH", base + general, QJsonDocument(QJsonObject {{QStringLiteral("joined"), false}}))
                .status,
            200);
        m_clock.advance(kDelayMs);
        QVERIFY(!org()->user(agentId)->joinedQueueIds.contains(general));
    }
};

QTEST_GUILESS_MAIN(TestSimQueues)
#include "tst_sim_queues.moc"
