// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/ScopeDialog.h"

#include "api/ScopeChoices.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ScopeDialog::ScopeDialog(QWidget *parent)
    : QDialog(parent)
    , m_reports(new QRadioButton(tr("My &direct reports"), this))
    , m_teamsChoice(new QRadioButton(tr("These &teams:"), this))
    , m_organisation(new QRadioButton(tr("The whole &organisation"), this))
    , m_teams(new QListWidget(this))
    , m_note(new QLabel(this))
{
    setWindowTitle(tr("Roster scope"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_teams->setAccessibleName(tr("Teams"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Which agents should the roster show?"), this));
    layout->addWidget(m_reports);
    layout->addWidget(m_teamsChoice);
    layout->addWidget(m_teams);
    layout->addWidget(m_organisation);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton *b : {m_reports, m_teamsChoice, m_organisation})
        connect(b, &QRadioButton::toggled, this, &ScopeDialog::updateOk);
    connect(m_teams, &QListWidget::itemChanged, this, [this] {
        m_teamsChoice->setChecked(true);
        updateOk();
    });
    m_organisation->setChecked(true);
}

void ScopeDialog::setChoices(const ScopeChoices *choices, const std::optional<RosterScope> &current)
{
    m_teams->clear();
    const QSignalBlocker blocker(m_teams);
    for (const TeamsJson::Team &team : choices->teams()) {
        auto *item = new QListWidgetItem(
            team.memberCount >= 0 ? tr("%1 (%n member(s))", nullptr, team.memberCount).arg(team.name) : team.name,
            m_teams);
        item->setData(Qt::UserRole, team.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    const int reports = choices->directReports();
    m_reports->setEnabled(reports > 0);
    m_reports->setText(reports >= 0 ? tr("My &direct reports (%n)", nullptr, reports) : tr("My &direct reports"));
    m_teamsChoice->setEnabled(!choices->teams().isEmpty());
    m_note->setText(choices->error().isEmpty() ? QString() : tr("Teams could not be listed: %1").arg(choices->error()));
    const RosterScope suggested = choices->suggested();
    if (suggested.kind() == RosterScope::Kind::DirectReports)
        m_lead = suggested.manager();
    select(current.value_or(suggested));
}

void ScopeDialog::select(const RosterScope &scope)
{
    const QSignalBlocker blocker(m_teams);
    const QStringList names = scope.teamNames();
    for (int i = 0; i < m_teams->count(); ++i) {
        QListWidgetItem *item = m_teams->item(i);
        const bool chosen = names.contains(item->data(Qt::UserRole).toString(), Qt::CaseInsensitive);
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    }
    if (scope.kind() == RosterScope::Kind::DirectReports && m_reports->isEnabled())
        m_reports->setChecked(true);
    else if (scope.kind() == RosterScope::Kind::Teams && m_teamsChoice->isEnabled())
        m_teamsChoice->setChecked(true);
    else
        m_organisation->setChecked(true);
    updateOk();
}

RosterScope ScopeDialog::scope() const
{
    if (m_reports->isChecked())
        return RosterScope::directReports(m_lead);
    if (m_teamsChoice->isChecked()) {
        QStringList names;
        for (int i = 0; i < m_teams->count(); ++i) {
            if (m_teams->item(i)->checkState() == Qt::Checked)
                names.append(m_teams->item(i)->data(Qt::UserRole).toString());
        }
        return RosterScope::teams(names);
    }
    return RosterScope::organisation();
}

void ScopeDialog::updateOk()
{
    auto *buttons = findChild<QDialogButtonBox *>();
    if (!buttons)
        return;
    const bool teamsChosen = !m_teamsChoice->isChecked() || !scope().isOrganisation();
    buttons->button(QDialogButtonBox::Ok)->setEnabled(teamsChosen);
}
