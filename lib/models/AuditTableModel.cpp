// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AuditTableModel.h"

#include "audit/AuditStore.h"
#include "models/StatusLabels.h"

#include <QLocale>

AuditTableModel::AuditTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_refreshTimer.setSingleShot(true);
    // A burst of appends (a bulk change) costs one query, not one per entry.
    m_refreshTimer.setInterval(50);
    connect(&m_refreshTimer, &QTimer::timeout, this, &AuditTableModel::refresh);
}

void AuditTableModel::setStore(AuditStore *store)
{
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (m_store)
        connect(m_store, &AuditStore::entryAppended, this, [this] { m_refreshTimer.start(); });
    refresh();
}

void AuditTableModel::setQuery(const AuditQuery &query)
{
    m_query = query;
    beginResetModel();
    m_entries.clear();
    endResetModel();
    refresh();
}

AuditQuery AuditTableModel::query() const
{
    return m_query;
}

qint64 AuditTableModel::totalCount() const
{
    return m_total;
}

bool AuditTableModel::totalCountIsExact() const
{
    return m_totalExact;
}

qint64 AuditTableModel::countCap() const
{
    return m_countCap;
}

void AuditTableModel::setCountCap(qint64 cap)
{
    m_countCap = qMax<qint64>(1, cap);
}

QString AuditTableModel::lastError() const
{
    return m_lastError;
}

const AuditEntry &AuditTableModel::entryAt(int row) const
{
    return m_entries.at(row);
}

void AuditTableModel::refresh()
{
    m_refreshTimer.stop();
    QVector<AuditEntry> fresh;
    m_lastError.clear();
    if (m_store) {
        fresh = m_store->query(m_query, &m_lastError);
        // One more than the cap tells "exactly cap" apart from "more than cap".
        const qint64 counted = m_store->countUpTo(m_query, m_countCap + 1);
        m_totalExact = counted <= m_countCap;
        m_total = qMin(counted, m_countCap);
    } else {
        m_total = 0;
        m_totalExact = true;
    }
    if (!applyAsShift(fresh)) {
        beginResetModel();
        m_entries = fresh;
        endResetModel();
    }
    emit refreshed();
}

// The usual case: newer entries arrived on top and the oldest ones slid off the page.
bool AuditTableModel::applyAsShift(const QVector<AuditEntry> &fresh)
{
    if (m_entries.isEmpty() || fresh.isEmpty())
        return m_entries.isEmpty() && fresh.isEmpty();
    int added = 0;
    while (added < fresh.size() && fresh.at(added).id != m_entries.first().id)
        ++added;
    if (added == fresh.size())
        return false;
    const int kept = fresh.size() - added;
    if (kept > m_entries.size())
        return false;
    for (int i = 0; i < kept; ++i) {
        if (fresh.at(added + i).id != m_entries.at(i).id || fresh.at(added + i).hash != m_entries.at(i).hash)
            return false;
    }
    if (added > 0) {
        beginInsertRows(QModelIndex(), 0, added - 1);
        m_entries = fresh.mid(0, added) + m_entries;
        endInsertRows();
    }
    if (m_entries.size() > fresh.size()) {
        beginRemoveRows(QModelIndex(), int(fresh.size()), int(m_entries.size()) - 1);
        m_entries.resize(fresh.size());
        endRemoveRows();
    }
    return true;
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::display(const AuditEntry &entry, int column) const
{
    switch (column) {
    case Time:
        return QLocale().toString(entry.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Supervisor:
        return entry.supervisor;
    case Agent:
        return entry.agentName.isEmpty() ? entry.agentId : entry.agentName;
    case From:
        return entry.fromStatus;
    case To:
        return entry.toStatus;
    case Reason:
        return StatusLabels::reason(entry.reason);
    case Outcome:
        return AuditOutcome::label(entry.outcome);
    case Latency:
        return entry.latencyMs < 0 ? QString() : tr("%1 ms").arg(entry.latencyMs);
    case CorrelationId:
        return entry.correlationId;
    default:
        return QVariant();
    }
}

QVariant AuditTableModel::sortValue(const AuditEntry &entry, int column) const
{
    switch (column) {
    case Time:
        return entry.time.toMSecsSinceEpoch();
    case Latency:
        return entry.latencyMs;
    default:
        return display(entry, column);
    }
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const AuditEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        // Plain text on purpose: entries carry server-provided text, which is never markup.
        return entry.error.isEmpty() ? entry.msg : entry.msg + QLatin1Char('\n') + entry.error;
    case Qt::TextAlignmentRole:
        return index.column() == Latency ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        return sortValue(entry, index.column());
    case EntryIdRole:
        return entry.id;
    case OutcomeRole:
        return entry.outcome;
    case LevelRole:
        return entry.level;
    case EntryRole:
        return QVariant::fromValue(entry);
    default:
        return QVariant();
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Supervisor:
        return tr("Supervisor");
    case Agent:
        return tr("Agent");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Reason:
        return tr("Reason");
    case Outcome:
        return tr("Outcome");
    case Latency:
        return tr("Latency");
    case CorrelationId:
        return tr("Correlation ID");
    default:
        return QVariant();
    }
}
