// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/QueueMembershipModel.h"

#include "api/QueueReply.h"
#include "service/QueueChangeService.h"

QueueMembershipModel::QueueMembershipModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void QueueMembershipModel::setService(QueueChangeService *service)
{
    if (m_service == service)
        return;
    disconnect(m_serviceConnection);
    m_service = service;
    if (m_service)
        m_serviceConnection
            = connect(m_service, &QueueChangeService::membershipsRead, this, &QueueMembershipModel::onMembershipsRead);
    m_memberships.clear();
    rebuild();
    reload();
}

void QueueMembershipModel::setAgents(const QStringList &agentIds, const QHash<QString, QString> &names)
{
    if (agentIds == m_agentIds) {
        m_names = names;
        return;
    }
    m_agentIds = agentIds;
    m_names = names;
    // Memberships of agents no longer shown are forgotten: a later selection reads them fresh.
    for (auto it = m_memberships.begin(); it != m_memberships.end();) {
        if (m_agentIds.contains(it.key()))
            ++it;
        else
            it = m_memberships.erase(it);
    }
    rebuild();
    reload();
}

void QueueMembershipModel::reload()
{
    // Reads of an earlier selection still finish (and are deleted); they no longer count.
    const quint64 generation = ++m_generation;
    const bool wasLoading = m_loading > 0;
    m_loading = 0;
    m_lastError.clear();
    if (m_service) {
        for (const QString &id : std::as_const(m_agentIds)) {
            QueueReply *reply = m_service->readMemberships(id);
            ++m_loading;
            connect(reply, &QueueReply::finished, this, [this, reply, generation] {
                reply->deleteLater();
                if (generation != m_generation)
                    return;
                if (!reply->isOk())
                    m_lastError = reply->error().message;
                if (--m_loading == 0)
                    emit loadingChanged(false);
            });
        }
    }
    if (wasLoading != (m_loading > 0))
        emit loadingChanged(m_loading > 0);
}

void QueueMembershipModel::onMembershipsRead(const QString &agentId, const QueueMemberships &memberships)
{
    if (!m_agentIds.contains(agentId))
        return;
    if (m_memberships.value(agentId) == memberships && m_memberships.contains(agentId))
        return;
    const QueueMemberships before = m_memberships.value(agentId);
    m_memberships.insert(agentId, memberships);
    // The same queues in the same order: the rows change in place, so that the lead's selection stays.
    bool sameQueues = before.size() == memberships.size() && m_memberships.contains(agentId);
    for (int i = 0; sameQueues && i < memberships.size(); ++i)
        sameQueues = before.at(i).queueId == memberships.at(i).queueId;
    if (!sameQueues || before.isEmpty())
        return rebuild();
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).agentId != agentId)
            continue;
        for (const QueueMembership &m : memberships) {
            if (m.queueId == m_rows.at(r).membership.queueId)
                m_rows[r].membership = m;
        }
        emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
    }
}

// Rows in the order of the selection, each agent's queues in the server's order.
void QueueMembershipModel::rebuild()
{
    QVector<Row> rows;
    for (const QString &id : std::as_const(m_agentIds)) {
        for (const QueueMembership &m : m_memberships.value(id))
            rows.append({id, m});
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int QueueMembershipModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueMembershipModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueMembershipModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QueueMembership &m = row.membership;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Agent:
            return m_names.value(row.agentId, row.agentId);
        case Queue:
            return m.name.isEmpty() ? m.queueId : m.name;
        case Division:
            return m.divisionName;
        case Active:
            return m.joined ? tr("Active") : tr("Inactive");
        case ActiveMembers:
            if (m.joinedMemberCount < 0)
                return QString();
            return m.memberCount < 0 ? QString::number(m.joinedMemberCount)
                                     : tr("%1 of %2").arg(m.joinedMemberCount).arg(m.memberCount);
        default:
            return {};
        }
    case Qt::CheckStateRole:
        return index.column() == Active ? QVariant(m.joined ? Qt::Checked : Qt::Unchecked) : QVariant();
    case SortRole:
        if (index.column() == Active)
            return m.joined;
        if (index.column() == ActiveMembers)
            return m.joinedMemberCount;
        return data(index, Qt::DisplayRole);
    case AgentIdRole:
        return row.agentId;
    case QueueIdRole:
        return m.queueId;
    case JoinedRole:
        return m.joined;
    default:
        return {};
    }
}

QVariant QueueMembershipModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Agent:
        return tr("Agent");
    case Queue:
        return tr("Queue");
    case Division:
        return tr("Division");
    case Active:
        return tr("Membership");
    case ActiveMembers:
        return tr("Active members");
    default:
        return {};
    }
}
