// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimTestClient.h"
#include "core/ManualClock.h"
#include "sim/SimAdherence.h"
#include "sim/SimOrganisation.h"
#include "sim/SimSchedule.h"
#include "support/SimFixture.h"

#include <QTest>
#include <QTimeZone>

// Real-time adherence over real HTTP: the permission, the 1..100 userId collection, the definition's
// enums, and states that follow the schedule and the presence over time (ManualClock, Monday 08:00 UTC).
class TestSimAdherence : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;
    SimFixture m_sim;
    std::unique_ptr<SimTestClient> m_client;

    SimOrganisation *org() const { return m_sim.server()->organisation(); }
    QString agentAt(int index) const { return org()->users().at(index).id; }

    QString query(const QStringList &ids) const
    {
        QString q = QStringLiteral("/api/v2/workforcemanagement/adherence?");
        for (const QString &id : ids)
            q += QStringLiteral("userId=") + QString::fromLatin1(QUrl::toPercentEncoding(id)) + QLatin1Char('&');
        q.chop(1);
        return q;
    }

    QJsonObject recordOf(const QString &id)
    {
        const auto r = m_client->get(query({id}));
        if (r.status != 200 || r.array().size() != 1)
            return {};
        return r.array().at(0).toObject();
    }

    void setPresence(const QString &id, const QString &system)
    {
        QVERIFY(
            org()->setPresence(id, org()->systemDefinition(system)->id, std::nullopt, QStringLiteral("t")).isEmpty());
    }

    QDateTime at(int hour, int minute) const
    {
        return QDateTime(m_clock.now().toUTC().date(), QTime(hour, minute), QTimeZone::utc());
    }

    static QDateTime changeOf(const QJsonObject &record)
    {
        return QDateTime::fromString(
            record.value(QStringLiteral("timeOfAdherenceChange")).toString(), Qt::ISODateWithMs);
    }

private slots:
    void initTestCase()
    {
        SimConfig config;
        config.agents = 250;
        config.rateLimitPerMinute = 0;
        config.clients = {{QStringLiteral("statusdesk-demo"), QStringLiteral("statusdesk-demo-secret"), {}},
            {QStringLiteral("no-wfm"), QStringLiteral("no-wfm-secret"), {QStringLiteral("presence:userPresence:edit")}},
            {QStringLiteral("wfm"), QStringLiteral("wfm-secret"), {QStringLiteral("wfm:realtimeAdherence:view")}}};
        QVERIFY(m_sim.start(config, &m_clock).isValid());
        m_client = std::make_unique<SimTestClient>(m_sim.baseUrl());
        QVERIFY(!m_client->signIn().isEmpty());
    }

    void permissionIsChecked()
    {
        SimTestClient without(m_sim.baseUrl());
        QVERIFY(!without.signIn(QStringLiteral("no-wfm"), QStringLiteral("no-wfm-secret")).isEmpty());
        const auto refused = without.get(query({agentAt(0)}));
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.object().value(QStringLiteral("code")).toString(), QStringLiteral("missing.permissions"));
        QVERIFY(refused.object()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("wfm:realtimeAdherence:view")));

        SimTestClient with(m_sim.baseUrl());
        QVERIFY(!with.signIn(QStringLiteral("wfm"), QStringLiteral("wfm-secret")).isEmpty());
        QCOMPARE(with.get(query({agentAt(0)})).status, 200);
    }

    void takesOneToHundredIds()
    {
        QStringList ids;
        for (int i = 0; i < 101; ++i)
            ids.append(agentAt(i));
        const auto tooMany = m_client->get(query(ids));
        QCOMPARE(tooMany.status, 400);
        QVERIFY(tooMany.object().value(QStringLiteral("message")).toString().contains(QStringLiteral("100")));
        QCOMPARE(m_client->get(QStringLiteral("/api/v2/workforcemanagement/adherence")).status, 400);

        ids.removeLast();
        const auto hundred = m_client->get(query(ids));
        QCOMPARE(hundred.status, 200);
        QCOMPARE(hundred.array().size(), 100);
        QCOMPARE(hundred.array()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
            ids.at(0));
    }

    // collectionFormat multi: a comma is part of an id, as Genesys reads it; unknown ids are left out.
    void commaIsNotASeparator()
    {
        const auto r = m_client->get(
            QStringLiteral("/api/v2/workforcemanagement/adherence?userId=%1,%2").arg(agentAt(0), agentAt(1)));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 0);
    }

    void recordsUseTheDefinitionsEnums()
    {
        static const QStringList categories {QStringLiteral("OnQueueWork"), QStringLiteral("Break"),
            QStringLiteral("Meal"), QStringLiteral("Meeting"), QStringLiteral("OffQueueWork"),
            QStringLiteral("TimeOff"), QStringLiteral("Training"), QStringLiteral("Unavailable"),
            QStringLiteral("Unscheduled")};
        static const QStringList states {QStringLiteral("InAdherence"), QStringLiteral("OutOfAdherence"),
            QStringLiteral("Unscheduled"), QStringLiteral("Unknown"), QStringLiteral("Ignored"),
            QStringLiteral("Explained")};
        static const QStringList impacts {QStringLiteral("Positive"), QStringLiteral("Negative"),
            QStringLiteral("Neutral"), QStringLiteral("Unknown")};
        static const QStringList presences {QStringLiteral("Available"), QStringLiteral("Away"), QStringLiteral("Busy"),
            QStringLiteral("Offline"), QStringLiteral("Idle"), QStringLiteral("OnQueue"), QStringLiteral("Meal"),
            QStringLiteral("Training"), QStringLiteral("Meeting"), QStringLiteral("Break")};
        QStringList ids;
        for (int i = 0; i < 100; ++i)
            ids.append(agentAt(i));
        const QJsonArray records = m_client->get(query(ids)).array();
        QCOMPARE(records.size(), 100);
        // The properties of UserScheduleAdherence in the API definition; nothing else is answered.
        static const QStringList properties {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("user"),
            QStringLiteral("businessUnit"), QStringLiteral("managementUnit"), QStringLiteral("team"),
            QStringLiteral("scheduledActivityCategory"), QStringLiteral("scheduledActivityCode"),
            QStringLiteral("systemPresence"), QStringLiteral("organizationSecondaryPresenceId"),
            QStringLiteral("routingStatus"), QStringLiteral("actualActivityCategory"), QStringLiteral("isOutOfOffice"),
            QStringLiteral("adherenceState"), QStringLiteral("impact"), QStringLiteral("adherenceExplanation"),
            QStringLiteral("timeOfAdherenceChange"), QStringLiteral("presenceUpdateTime"),
            QStringLiteral("activeQueues"), QStringLiteral("activeQueuesModifiedTime"),
            QStringLiteral("removedFromManagementUnit"), QStringLiteral("nextActivityReminders"),
            QStringLiteral("suppressOnTimeReminder"), QStringLiteral("selfUri")};
        static const QStringList routing {QStringLiteral("OFF_QUEUE"), QStringLiteral("IDLE"),
            QStringLiteral("INTERACTING"), QStringLiteral("NOT_RESPONDING"), QStringLiteral("COMMUNICATING")};
        QSet<QString> seenStates;
        for (const QJsonValue &v : records) {
            const QJsonObject r = v.toObject();
            for (const QString &key : r.keys())
                QVERIFY2(properties.contains(key), qPrintable(key));
            QVERIFY(routing.contains(r.value(QStringLiteral("routingStatus")).toString()));
            QVERIFY(r.value(QStringLiteral("isOutOfOffice")).isBool());
            QVERIFY(QDateTime::fromString(r.value(QStringLiteral("presenceUpdateTime")).toString(), Qt::ISODateWithMs)
                        .isValid());
            const QString scheduled = r.value(QStringLiteral("scheduledActivityCategory")).toString();
            QVERIFY2(scheduled.isEmpty() || categories.contains(scheduled), qPrintable(scheduled));
            QVERIFY(categories.contains(r.value(QStringLiteral("actualActivityCategory")).toString()));
            QVERIFY(states.contains(r.value(QStringLiteral("adherenceState")).toString()));
            QVERIFY(impacts.contains(r.value(QStringLiteral("impact")).toString()));
            QVERIFY(presences.contains(r.value(QStringLiteral("systemPresence")).toString()));
            QVERIFY(changeOf(r).isValid());
            QVERIFY(changeOf(r) <= m_clock.now());
            seenStates.insert(r.value(QStringLiteral("adherenceState")).toString());
        }
        QVERIFY(seenStates.contains(QStringLiteral("InAdherence")));
        QVERIFY(seenStates.contains(QStringLiteral("OutOfAdherence")));
        QVERIFY(seenStates.contains(QStringLiteral("Unscheduled")));
    }

    void scheduleIsDeterministic()
    {
        const QDate day = m_clock.now().toUTC().date();
        const SimSchedule a = SimSchedule::forAgent(0, day);
        const SimSchedule b = SimSchedule::forAgent(0, day);
        QCOMPARE(a.timeSlots().size(), b.timeSlots().size());
        QVERIFY(a.isScheduled());
        QCOMPARE(a.timeSlots().first().start, at(6, 0));
        QCOMPARE(a.timeSlots().last().end, at(14, 30));
        QCOMPARE(a.categoryAt(at(8, 5)), QStringLiteral("Break"));
        QCOMPARE(a.categoryAt(at(10, 10)), QStringLiteral("Meal"));
        QCOMPARE(a.categoryAt(at(11, 30)), QStringLiteral("Meeting"));
        QVERIFY(a.categoryAt(at(15, 0)).isEmpty());
        QVERIFY(!SimSchedule::forAgent(9, day).isScheduled());
        // Consecutive slots touch and differ.
        for (int i = 1; i < a.timeSlots().size(); ++i) {
            QCOMPARE(a.timeSlots().at(i).start, a.timeSlots().at(i - 1).end);
            QVERIFY(a.timeSlots().at(i).category != a.timeSlots().at(i - 1).category);
        }
    }

    void unscheduledAndOffShiftAgents()
    {
        const QJsonObject none = recordOf(agentAt(9));
        QCOMPARE(none.value(QStringLiteral("adherenceState")).toString(), QStringLiteral("Unscheduled"));
        QCOMPARE(none.value(QStringLiteral("scheduledActivityCategory")).toString(), QStringLiteral("Unscheduled"));
        // Agent 5 starts at 08:30: off shift at 08:00 nothing is scheduled, and Offline is in adherence.
        setPresence(agentAt(5), QStringLiteral("Offline"));
        const QJsonObject early = recordOf(agentAt(5));
        QVERIFY(!early.contains(QStringLiteral("scheduledActivityCategory")));
        QCOMPARE(early.value(QStringLiteral("actualActivityCategory")).toString(), QStringLiteral("Unavailable"));
        QCOMPARE(early.value(QStringLiteral("adherenceState")).toString(), QStringLiteral("InAdherence"));
    }

    // Over a morning: the state follows schedule and presence; timeOfAdherenceChange moves only when the
    // state does (a slot boundary counts, a presence change that keeps the state does not).
    void stateFollowsTheDay()
    {
        const QString id = agentAt(0); // 08:00-08:15 Break, then queue work
        QCOMPARE(m_clock.now(), at(8, 0));
        setPresence(id, QStringLiteral("OnQueue"));
        QJsonObject r = recordOf(id);
        QCOMPARE(r.value(QStringLiteral("scheduledActivityCategory")).toString(), QStringLiteral("Break"));
        QCOMPARE(r.value(QStringLiteral("actualActivityCategory")).toString(), QStringLiteral("OnQueueWork"));
        QCOMPARE(r.value(QStringLiteral("adherenceState")).toString(), QStringLiteral("OutOfAdherence"));
        QCOMPARE(r.value(QStringLiteral("impact")).toString(), QStringLiteral("Positive"));
        QCOMPARE(changeOf(r), at(8, 0));

        m_clock.advance(16 * 60 * 1000); // 08:16: queue work scheduled
        r = recordOf(id);
        QCOMPARE(r.value(QStringLiteral("adherenceState")).toString(), QStringLiteral("InAdherence"));
        QCOMPARE(changeOf(r), at(8, 15));

        setPresence(id, QStringLiteral("Break"));
        m_clock.advance(4 * 60 * 1000); // 08:20
        setPresence(id, QStringLiteral("Meal"));
        r = recordOf(id);
        QCOMPARE(r.value(QStringLiteral("adherenceState")).toString(), QStringLiteral("OutOfAdherence"));
        QCOMPARE(r.value(QStringLiteral("impact")).toString(), QStringLiteral("Negative"));
        QCOMPARE(changeOf(r), at(8, 16));
        QCOMPARE(r.value(QStringLiteral("systemPresence")).toString(), QStringLiteral("Meal"));
    }
};

QTEST_GUILESS_MAIN(TestSimAdherence)
#include "tst_sim_adherence.moc"
