// SPDX-License-Identifier: GPL-3.0-or-later
// The roster scope dialog, offscreen, filled from the simulator's teams and the demo lead's reports, and the
// roster it leads to.
#include "../service/SessionHarness.h"
#include "api/ScopeChoices.h"
#include "desktop/ScopeDialog.h"
#include "service/AgentDirectory.h"
#include "sim/SimOrganisation.h"

#include <QListWidget>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

class TestScopeDialog : public QObject
{
    Q_OBJECT

private:
    SessionHarness m_harness;
    Session *m_session = nullptr;

    SimOrganisation *org() const { return m_harness.server()->organisation(); }

private slots:
    void initTestCase()
    {
        SimConfig config;
        config.agents = 200;
        config.rateLimitPerMinute = 0;
        QVERIFY(m_harness.startSim(config));
        m_session = m_harness.startSession(Protocol::Genesys);
        QVERIFY2(m_session, qPrintable(m_harness.lastError()));
    }

    void offersTheTeamsAndSuggestsTheReports()
    {
        ScopeChoices choices(m_session->api());
        QSignalSpy ready(&choices, &ScopeChoices::ready);
        choices.load(org()->supervisorId());
        QVERIFY(ready.wait(10000));
        ScopeDialog dialog;
        dialog.setChoices(&choices);
        dialog.show();
        QStringList shown;
        for (int i = 0; i < dialog.teamList()->count(); ++i)
            shown.append(dialog.teamList()->item(i)->data(Qt::UserRole).toString());
        QStringList expected;
        for (const SimTeam &t : org()->teams())
            expected.append(t.name);
        shown.sort();
        expected.sort();
        QCOMPARE(shown, expected);
        const int reports = int(org()->directReports(org()->supervisorId()).size());
        QVERIFY(reports > 0);
        QCOMPARE(choices.directReports(), reports);
        QVERIFY(dialog.reportsButton()->isEnabled());
        QVERIFY(dialog.reportsButton()->text().contains(QString::number(reports)));
        QVERIFY(dialog.reportsButton()->isChecked()); // the suggestion: the lead has reports
        QCOMPARE(dialog.scope(), RosterScope::directReports(org()->supervisorId()));
        QCOMPARE(choices.ownTeam(), QStringLiteral("Support"));

        // Ticking a team chooses teams; the roster then loads that Genesys team only.
        for (int i = 0; i < dialog.teamList()->count(); ++i) {
            if (dialog.teamList()->item(i)->data(Qt::UserRole).toString() == QLatin1String("Billing"))
                dialog.teamList()->item(i)->setCheckState(Qt::Checked);
        }
        QVERIFY(dialog.teamsButton()->isChecked());
        QCOMPARE(dialog.scope(), RosterScope::teams({QStringLiteral("Billing")}));
        QSignalSpy loaded(m_session, &Session::ready);
        m_session->changeScope(dialog.scope());
        QVERIFY(loaded.wait(20000));
        int billing = 0;
        for (const SimTeam &t : org()->teams())
            billing += t.name == QLatin1String("Billing") ? int(t.memberIds.size()) : 0;
        QCOMPARE(m_session->directory()->size(), billing);
        for (const Agent &a : m_session->directory()->agents())
            QCOMPARE(a.team, QStringLiteral("Billing"));
    }

    void withoutAUserTheLeadsTeamIsNotGuessed()
    {
        ScopeChoices choices(m_session->api());
        QSignalSpy ready(&choices, &ScopeChoices::ready);
        choices.load(QStringLiteral("me")); // client credentials: no user
        QVERIFY(ready.wait(10000));
        ScopeDialog dialog;
        dialog.setChoices(&choices);
        QVERIFY(!dialog.reportsButton()->isEnabled());
        QVERIFY(dialog.organisationButton()->isChecked());
        QVERIFY(dialog.scope().isOrganisation());
        // A remembered scope is preselected over the suggestion.
        dialog.setChoices(&choices, RosterScope::teams({QStringLiteral("sales")}));
        QVERIFY(dialog.teamsButton()->isChecked());
        QCOMPARE(dialog.scope(), RosterScope::teams({QStringLiteral("Sales")}));
    }
};

QTEST_MAIN(TestScopeDialog)
#include "tst_scopedialog.moc"
