// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AuditTableModel.h"

#include "audit/AuditEntry.h"
#include "audit/AuditStore.h"
#include "models/AuditStoreReader.h"

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
    // A read page replaces this one when it comes (the selection can follow its entry across);
    // read at once, the old page goes first.
    if (!m_reader) {
        beginResetModel();
        m_entries.clear();
        endResetModel();
    }
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

void AuditTableModel::setReader(AuditStoreReader *reader)
{
    if (m_reader)
        m_reader->disconnect(this);
    m_reader = reader;
    m_ticket = 0;
    if (m_reader) {
        connect(m_reader, &AuditStoreReader::auditPageRead, this,
            [this](quint64 ticket, const QVector<AuditEntry> &entries, qint64 counted, const QString &error) {
                if (ticket != m_ticket)
                    return; // answers a question asked before the filters changed
                m_ticket = 0;
                apply(entries, counted, error);
            });
    }
}

void AuditTableModel::setStatusLabels(const StatusLabels &labels)
{
    m_labels = labels;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, From), index(rowCount() - 1, To));
}

void AuditTableModel::setAgentNameFunction(std::function<QString(const QString &agentId)> agentName)
{
    m_agentName = std::move(agentName);
}

bool AuditTableModel::isLoading() const
{
    return m_ticket != 0;
}

int AuditTableModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

void AuditTableModel::refresh()
{
    m_refreshTimer.stop();
    if (m_store && m_reader) {
        m_ticket = m_reader->readAuditPage(m_query, m_countCap);
        return;
    }
    QVector<AuditEntry> fresh;
    QString error;
    // One more than the cap tells "exactly cap" apart from "more than cap".
    const qint64 counted = m_store ? m_store->countUpTo(m_query, m_countCap + 1) : 0;
    if (m_store)
        fresh = m_store->query(m_query, &error);
    apply(fresh, counted, error);
}

void AuditTableModel::apply(const QVector<AuditEntry> &fresh, qint64 counted, const QString &error)
{
    m_lastError = error;
    m_totalExact = counted <= m_countCap;
    m_total = qMin(counted, m_countCap);
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
    case Agent: {
        QString name = entry.agentName;
        if (name.isEmpty() && m_agentName)
            name = m_agentName(entry.agentId);
        return name.isEmpty() ? entry.agentId : name;
    }
    case From:
        return entry.fromStatus.isEmpty() ? QString() : m_labels.status(entry.fromStatus);
    case To:
        return entry.toStatus.isEmpty() ? QString() : m_labels.status(entry.toStatus);
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
    case From:
        return entry.fromStatus;
    case To:
        return entry.toStatus;
    case Outcome:
        return entry.outcome;
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
