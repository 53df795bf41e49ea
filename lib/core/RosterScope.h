// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Which agents the roster holds: the whole organisation, one user's direct reports, or chosen Genesys teams.
// Names are kept as the lead gave them (a team name, a user id, "me" or a user's name) and resolved against
// the server when the roster loads; the setting form keeps a scope across runs.
class RosterScope
{
public:
    enum class Kind { Organisation, DirectReports, Teams };

    RosterScope() = default;
    static RosterScope organisation();
    // `manager`: a user id, "me" (the signed-in lead) or a name.
    static RosterScope directReports(const QString &manager);
    static RosterScope teams(const QStringList &names);

    Kind kind() const { return m_kind; }
    bool isOrganisation() const { return m_kind == Kind::Organisation; }
    QString manager() const { return m_manager; }
    QStringList teamNames() const { return m_teams; }

    // For the window title and messages: "Whole organisation", "My direct reports", "Teams: Billing, Sales".
    QString describe() const;
    QString toSetting() const;
    // An unreadable setting is the whole organisation.
    static RosterScope fromSetting(const QString &setting);

    bool operator==(const RosterScope &other) const;
    bool operator!=(const RosterScope &other) const { return !(*this == other); }

private:
    Kind m_kind = Kind::Organisation;
    QString m_manager;
    QStringList m_teams;
};
