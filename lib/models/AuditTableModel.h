// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditEntry.h"
#include "audit/AuditQuery.h"
#include "models/StatusLabels.h"

#include <QAbstractTableModel>
#include <QMetaObject>
#include <QPointer>
#include <QTimer>
#include <QVector>

#include <functional>

class AuditStore;
class AuditStoreReader;

// One page of audit history (newest first) for the audit panel. Filtering and paging happen in
// the store through AuditQuery - with a million entries a proxy over loaded rows would only ever
// see one page - so the panel sets the query here and may sort the page through a
// QSortFilterProxyModel on SortRole. New entries appear on their own: appends to the store
// refresh the page (coalesced), inserting rows at the top when the page simply moved on.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Supervisor, Agent, From, To, Reason, Outcome, Latency, CorrelationId, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // raw values: epoch ms, strings, latency in ms (-1: none)
        EntryIdRole,
        OutcomeRole,
        LevelRole,
        EntryRole, // the whole AuditEntry
    };

    explicit AuditTableModel(QObject *parent = nullptr);

    void setStore(AuditStore *store); // nullptr detaches
    // With a reader, refresh() asks it and the page arrives later (refreshed() says when): the panel
    // reads off the UI thread. Without one, refresh() reads the store at once. Not owned.
    void setReader(AuditStoreReader *reader);
    bool isLoading() const; // a read is under way
    // Status keys in the UI language, and names for agents of entries written without one.
    void setStatusLabels(const StatusLabels &labels);
    void setAgentNameFunction(std::function<QString(const QString &agentId)> agentName);
    // The row of the entry with this id on the current page, or -1.
    int rowOfId(qint64 id) const;
    void setQuery(const AuditQuery &query); // filters and page; refreshes now
    AuditQuery query() const;
    // Entries matching the filters over all pages, counted up to countCap(): an exact count of a
    // common word in a million entries would stall the panel. totalCountIsExact() is false when
    // the cap was reached (then there are at least totalCount() entries).
    qint64 totalCount() const;
    bool totalCountIsExact() const;
    qint64 countCap() const;
    void setCountCap(qint64 cap); // default DefaultCountCap; takes effect on the next refresh
    static constexpr qint64 DefaultCountCap = 1000;
    QString lastError() const;
    const AuditEntry &entryAt(int row) const;

    void refresh();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void refreshed();

private:
    QVariant display(const AuditEntry &entry, int column) const;
    QVariant sortValue(const AuditEntry &entry, int column) const;
    bool applyAsShift(const QVector<AuditEntry> &fresh);
    void apply(const QVector<AuditEntry> &fresh, qint64 counted, const QString &error);

    QPointer<AuditStore> m_store;
    QPointer<AuditStoreReader> m_reader;
    quint64 m_ticket = 0; // the read whose answer counts
    AuditQuery m_query;
    QVector<AuditEntry> m_entries;
    qint64 m_total = 0;
    qint64 m_countCap = DefaultCountCap;
    bool m_totalExact = true;
    QString m_lastError;
    QTimer m_refreshTimer;
    StatusLabels m_labels;
    std::function<QString(const QString &agentId)> m_agentName;
};
