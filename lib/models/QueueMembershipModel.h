// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/QueueMembership.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QStringList>

class QueueChangeService;
class QueueReply;

// The queue memberships of the agents a lead has selected: one row per agent and queue, read through
// the QueueChangeService (both joined listings of each agent) and kept as every later read of those
// agents tells them (a change's compare and confirming reads included). A read that fails leaves the
// agent's rows as they were and says why in lastError().
class QueueMembershipModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Agent, Queue, Division, Active, ActiveMembers, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        AgentIdRole = Qt::UserRole + 1,
        QueueIdRole,
        JoinedRole, // bool
        SortRole,
    };

    explicit QueueMembershipModel(QObject *parent = nullptr);

    void setService(QueueChangeService *service); // nullptr: no queues (signed out, Status API)
    // The agents to show, with their names; reads the memberships of each (a read per agent).
    void setAgents(const QStringList &agentIds, const QHash<QString, QString> &names);
    QStringList agents() const { return m_agentIds; }
    void reload();
    bool isLoading() const { return m_loading > 0; }
    QString lastError() const { return m_lastError; }

    struct Row
    {
        QString agentId;
        QueueMembership membership;
    };
    const Row &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadingChanged(bool loading);

private:
    void onMembershipsRead(const QString &agentId, const QueueMemberships &memberships);
    void rebuild();

    QPointer<QueueChangeService> m_service;
    QStringList m_agentIds;
    QHash<QString, QString> m_names;
    QHash<QString, QueueMemberships> m_memberships; // per agent, as last read
    QVector<Row> m_rows;
    quint64 m_generation = 0;
    int m_loading = 0;
    QString m_lastError;
    QMetaObject::Connection m_serviceConnection;
};
