// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Agent.h"
#include "core/StatusCatalogue.h"
#include "models/StatusLabels.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QMap>
#include <QPointer>
#include <QSet>

#include <functional>

class AdherenceMonitor;
class AgentDirectory;
class ChangeAuthors;
class Clock;
class ClockTimer;

// The roster as a table: one row per agent of an AgentDirectory, display text in the UI language, raw
// values under SortRole so that sorting never compares formatted text. Keeps no agents of its own: it
// reads the directory's rows and follows its row signals. The "time in status" column ticks once a
// second on the directory's clock, the one that stamps the rows and so the one staleness is judged by.
class AgentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Team,
        Department,
        Presence,
        Scheduled, // the activity the schedule has now, and how long the agent has been out of adherence
        Secondary,
        Routing,
        TimeInStatus,
        ChangedBy,
        Freshness,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: strings, epoch milliseconds, booleans
        AgentIdRole,
        StatusKeyRole,
        TeamRole,
        StaleRole,
        PendingRole, // the target of a change on its way to the server, or empty
        ChangedByKnownRole, // true when the audit history (not a guess) names who changed the row
        OverThresholdRole, // true while the agent has stayed in the status longer than its alert threshold
        NotRespondingRole, // true while the routing status is NOT_RESPONDING (receives no interactions)
        AdherenceStateRole, // Genesys' adherenceState, empty when not read
        OutOfAdherenceRole, // true while the agent is out of adherence
    };

    using IconFunction = std::function<QIcon(const QString &statusKey)>;

    explicit AgentTableModel(QObject *parent = nullptr);

    // Shows the directory's rows (nullptr: none) and runs on its clock.
    void setDirectory(AgentDirectory *directory);
    AgentDirectory *directory() const;
    void setCatalogue(const StatusCatalogue &catalogue, const QString &locale);
    void setIconFunction(IconFunction icon);
    // Rows neither pushed nor polled older than this without confirmation are shown as stale (default
    // 2 minutes); a polled row is stale after two poll periods, a pushed row only when the directory says.
    void setStaleAfter(int seconds);
    void setTicking(bool ticking);
    // Alert minutes per status key (0 or absent: none): rows past theirs are tinted (OverThresholdRole).
    void setThresholds(const QMap<QString, int> &minutes);
    bool isOverThreshold(const Agent &agent) const;
    static bool isNotResponding(const Agent &agent);
    int notRespondingCount() const; // rows whose routing status is NOT_RESPONDING
    // Who changed each row, for the "Changed by" column (nullptr: the server's word or nothing).
    void setAuthors(ChangeAuthors *authors);
    // The adherence of each row, for the "Scheduled" column (nullptr: the column stays empty).
    void setAdherence(AdherenceMonitor *monitor);
    // A change of this agent to `target` is on its way (sent, or waiting for its turn or the server):
    // the row says so until clearPending(), when the change has landed or ended otherwise.
    void markPending(const QString &agentId, const QString &target);
    void clearPending(const QString &agentId);
    QString pendingTarget(const QString &agentId) const { return m_pending.value(agentId); }

    // The directory's agent in a row, 0 <= row < rowCount().
    const Agent &agentAt(int row) const { return m_rows->at(row); }
    int rowOf(const QString &id) const; // -1 when unknown
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

signals:
    // The once-a-second refresh of the ticking columns has been signalled (the views repaint next).
    void ticked();

private:
    bool isOverThreshold(const Agent &agent, qint64 nowMs) const;
    void markOverThreshold(const Agent &agent);
    void recountOverThreshold();
    QVariant display(const Agent &agent, int column) const;
    QVariant sortValue(const Agent &agent, int column) const;
    QString toolTip(const Agent &agent) const;
    bool isStale(const Agent &agent) const;
    QDateTime now() const;
    void tick();
    void signalThresholdCrossings();
    void followClock(Clock *clock);
    void onAgentChanged(const QString &id);
    void onDirectoryDestroyed();
    void emitRowChanged(const QString &id);
    QString changedByText(const Agent &agent) const;
    QVariant scheduledData(const Agent &agent, int role) const;
    void emitColumnChanged(int column);

    StatusLabels m_labels;
    IconFunction m_icon;
    QPointer<AgentDirectory> m_directory;
    const AgentList *m_rows = nullptr; // the directory's rows(), read on every data() call
    Clock *m_clock = nullptr;
    ClockTimer *m_ticker = nullptr;
    bool m_ticking = true;
    int m_staleAfterSeconds = 120;
    QMap<QString, int> m_thresholds;
    QSet<QString> m_overThreshold; // agent ids past their threshold at the last tick
    QPointer<ChangeAuthors> m_authors;
    QPointer<AdherenceMonitor> m_adherence;
    QHash<QString, QString> m_pending; // agent id -> target on its way
};
