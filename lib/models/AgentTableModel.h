// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Agent.h"
#include "core/StatusCatalogue.h"
#include "models/StatusLabels.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QPointer>

#include <functional>

class AgentDirectory;
class QTimer;

// The roster as a table: one row per agent, display text in the UI language, raw values under
// SortRole so that sorting never compares formatted text. Follows an AgentDirectory with row-level
// updates; the "time in status" column ticks once a second.
class AgentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Team, Presence, Secondary, Routing, TimeInStatus, ChangedBy, Freshness, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: strings, epoch milliseconds, booleans
        AgentIdRole,
        StatusKeyRole,
        TeamRole,
        StaleRole,
    };

    using IconFunction = std::function<QIcon(const QString &statusKey)>;

    explicit AgentTableModel(QObject *parent = nullptr);

    // Follows the directory (nullptr to detach); resets from its agents now.
    void setDirectory(AgentDirectory *directory);
    void setCatalogue(const StatusCatalogue &catalogue, const QString &locale);
    void setIconFunction(IconFunction icon);
    // Rows older than this without confirmation are shown as stale (default 2 minutes).
    void setStaleAfter(int seconds);
    // For tests and benchmarks: the clock the ticking columns use (invalid: the real clock).
    void setNow(const QDateTime &now);
    void setTicking(bool ticking);

    void setAgents(const AgentList &agents);
    // Inserts or updates one agent's row.
    void upsertAgent(const Agent &agent);
    void removeAgent(const QString &id);

    const Agent &agentAt(int row) const { return m_agents.at(row); }
    int rowOf(const QString &id) const { return m_rows.value(id, -1); }
    // The labels of the catalogue set last; the dialogs and panels are given a copy.
    const StatusLabels &statusLabels() const { return m_labels; }
    QString statusLabel(const QString &statusKey) const;
    // The translated name of a canonical status key ("OnQueue" -> "On Queue").
    static QString statusName(const QString &statusKey);
    static QString routingName(const QString &routingStatus);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Agent &agent, int column) const;
    QVariant sortValue(const Agent &agent, int column) const;
    QString toolTip(const Agent &agent) const;
    bool isStale(const Agent &agent) const;
    QDateTime now() const;
    void tick();
    void reindex();
    void onDirectoryChanged(const QString &id);

    AgentList m_agents;
    QHash<QString, int> m_rows;
    StatusLabels m_labels;
    IconFunction m_icon;
    QPointer<AgentDirectory> m_directory;
    QTimer *m_ticker;
    QDateTime m_fixedNow;
    int m_staleAfterSeconds = 120;
};
