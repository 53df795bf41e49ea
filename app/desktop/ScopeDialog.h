// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/TeamsJson.h"
#include "core/RosterScope.h"

#include <QDialog>

#include <optional>

class QLabel;
class QListWidget;
class QRadioButton;
class ScopeChoices;

// Asks which agents the roster holds: the lead's direct reports, chosen Genesys teams, or the whole
// organisation. Fills itself from a ScopeChoices (teams, the number of reports, the lead's own team) and
// preselects the given scope, or the suggested one.
class ScopeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ScopeDialog(QWidget *parent = nullptr);

    // Shows the choices once they are ready; `current` is preselected, the suggested scope without one.
    void setChoices(const ScopeChoices *choices, const std::optional<RosterScope> &current = std::nullopt);
    RosterScope scope() const;

    QListWidget *teamList() const { return m_teams; }
    QRadioButton *reportsButton() const { return m_reports; }
    QRadioButton *teamsButton() const { return m_teamsChoice; }
    QRadioButton *organisationButton() const { return m_organisation; }

private:
    void select(const RosterScope &scope);
    void updateOk();

    QRadioButton *m_reports;
    QRadioButton *m_teamsChoice;
    QRadioButton *m_organisation;
    QListWidget *m_teams;
    QLabel *m_note;
    QString m_lead = QStringLiteral("me");
};
