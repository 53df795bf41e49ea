// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/RosterScope.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

RosterScope RosterScope::organisation()
{
    return RosterScope();
}

RosterScope RosterScope::directReports(const QString &manager)
{
    RosterScope scope;
    scope.m_kind = Kind::DirectReports;
    scope.m_manager = manager.trimmed().isEmpty() ? QStringLiteral("me") : manager.trimmed();
    return scope;
}

RosterScope RosterScope::teams(const QStringList &names)
{
    RosterScope scope;
    for (const QString &name : names) {
        const QString trimmed = name.trimmed();
        if (!trimmed.isEmpty() && !scope.m_teams.contains(trimmed, Qt::CaseInsensitive))
            scope.m_teams.append(trimmed);
    }
    if (!scope.m_teams.isEmpty())
        scope.m_kind = Kind::Teams;
    return scope;
}

QString RosterScope::describe() const
{
    switch (m_kind) {
    case Kind::Organisation:
        return QCoreApplication::translate("RosterScope", "Whole organisation");
    case Kind::DirectReports:
        return m_manager == QLatin1String("me")
            ? QCoreApplication::translate("RosterScope", "My direct reports")
            : QCoreApplication::translate("RosterScope", "Direct reports of %1").arg(m_manager);
    case Kind::Teams:
        return QCoreApplication::translate("RosterScope", "Teams: %1").arg(m_teams.join(QStringLiteral(", ")));
    }
    return {};
}

QString RosterScope::toSetting() const
{
    QJsonObject o;
    switch (m_kind) {
    case Kind::Organisation:
        o.insert(QStringLiteral("kind"), QStringLiteral("organisation"));
        break;
    case Kind::DirectReports:
        o.insert(QStringLiteral("kind"), QStringLiteral("reports"));
        o.insert(QStringLiteral("manager"), m_manager);
        break;
    case Kind::Teams:
        o.insert(QStringLiteral("kind"), QStringLiteral("teams"));
        o.insert(QStringLiteral("teams"), QJsonArray::fromStringList(m_teams));
        break;
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

RosterScope RosterScope::fromSetting(const QString &setting)
{
    const QJsonObject o = QJsonDocument::fromJson(setting.toUtf8()).object();
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("reports"))
        return directReports(o.value(QStringLiteral("manager")).toString());
    if (kind == QLatin1String("teams")) {
        QStringList names;
        for (const QJsonValue &v : o.value(QStringLiteral("teams")).toArray())
            names.append(v.toString());
        return teams(names);
    }
    return organisation();
}

bool RosterScope::operator==(const RosterScope &other) const
{
    return m_kind == other.m_kind && m_manager == other.m_manager && m_teams == other.m_teams;
}
