// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AgentFilterProxyModel.h"

#include "models/AgentTableModel.h"

AgentFilterProxyModel::AgentFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AgentTableModel::SortRole);
    // filterAcceptsRow reads the agents; a raw role here keeps display-only updates (the ticking clock)
    // from re-filtering every row.
    setFilterRole(AgentTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Rows that change status move to their sorted place as updates arrive.
    setDynamicSortFilter(true);
    // The C locale collates by code point; people expect Ł next to L even there.
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English);
    m_collator = QCollator(locale);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void AgentFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_agents = qobject_cast<AgentTableModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void AgentFilterProxyModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void AgentFilterProxyModel::setTeam(const QString &team)
{
    if (team == m_team)
        return;
    m_team = team;
    invalidateFilter();
}

void AgentFilterProxyModel::setStatus(const QString &statusKey)
{
    if (statusKey == m_status)
        return;
    m_status = statusKey;
    invalidateFilter();
}

void AgentFilterProxyModel::setStaleOnly(bool staleOnly)
{
    if (staleOnly == m_staleOnly)
        return;
    m_staleOnly = staleOnly;
    invalidateFilter();
}

bool AgentFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_agents || sourceParent.isValid())
        return true;
    const Agent &agent = m_agents->agentAt(sourceRow);
    if (!m_team.isEmpty() && agent.team != m_team)
        return false;
    if (!m_status.isEmpty() && agent.status != m_status)
        return false;
    if (m_staleOnly
        && !m_agents->data(m_agents->index(sourceRow, AgentTableModel::Freshness), AgentTableModel::StaleRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    return agent.name.contains(m_text, Qt::CaseInsensitive) || agent.team.contains(m_text, Qt::CaseInsensitive)
        || agent.email.contains(m_text, Qt::CaseInsensitive)
        || agent.presenceLabel.contains(m_text, Qt::CaseInsensitive);
}

bool AgentFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(AgentTableModel::SortRole);
    const QVariant r = right.data(AgentTableModel::SortRole);
    if (l.typeId() == QMetaType::LongLong && r.typeId() == QMetaType::LongLong)
        return l.toLongLong() < r.toLongLong();
    const int byText = m_collator.compare(l.toString(), r.toString());
    if (byText != 0)
        return byText < 0;
    if (!m_agents)
        return false;
    // Ties keep a stable, meaningful order: by name.
    return m_collator.compare(m_agents->agentAt(left.row()).name, m_agents->agentAt(right.row()).name) < 0;
}
