// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AgentTableModel.h"

#include "core/Clock.h"
#include "core/ClockTimer.h"
#include "models/AdherenceLabels.h"
#include "models/ChangeAuthors.h"
#include "service/AdherenceMonitor.h"
#include "service/AgentDirectory.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace {

constexpr int kTickMs = 1000;
// The over-threshold tint: light enough that the text stays readable.
constexpr int kOverThresholdAlpha = 90;
constexpr int kNotRespondingAlpha = 110;
constexpr qsizetype kRowSignalsAtMost = 50;

QString formatDuration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
}

} // namespace

AgentTableModel::AgentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    followClock(nullptr);
}

void AgentTableModel::setDirectory(AgentDirectory *directory)
{
    if (directory == m_directory)
        return;
    beginResetModel();
    if (m_directory)
        disconnect(m_directory, nullptr, this, nullptr);
    m_directory = directory;
    m_rows = directory ? &directory->rows() : nullptr;
    m_pending.clear();
    if (directory) {
        connect(directory, &AgentDirectory::agentsAboutToBeReset, this, [this] { beginResetModel(); });
        connect(directory, &AgentDirectory::agentsReset, this, [this] {
            recountOverThreshold();
            endResetModel();
        });
        connect(directory, &AgentDirectory::agentsAboutToBeAdded, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
        connect(directory, &AgentDirectory::agentsAdded, this, [this] { endInsertRows(); });
        connect(directory, &AgentDirectory::agentsAboutToBeRemoved, this,
            [this](int first, int last) { beginRemoveRows({}, first, last); });
        connect(directory, &AgentDirectory::agentsRemoved, this, [this] { endRemoveRows(); });
        connect(directory, &AgentDirectory::agentChanged, this, &AgentTableModel::onAgentChanged);
        connect(directory, &QObject::destroyed, this, &AgentTableModel::onDirectoryDestroyed);
    }
    followClock(directory ? directory->clock() : nullptr);
    endResetModel();
}

AgentDirectory *AgentTableModel::directory() const
{
    return m_directory;
}

void AgentTableModel::onAgentChanged(const QString &id)
{
    // The whole row is signalled, its tint with it: the set follows without a signal of its own.
    const int row = rowOf(id);
    if (row >= 0 && !m_thresholds.isEmpty())
        markOverThreshold(agentAt(row));
    emitRowChanged(id);
}

void AgentTableModel::markOverThreshold(const Agent &agent)
{
    if (isOverThreshold(agent))
        m_overThreshold.insert(agent.id);
    else
        m_overThreshold.remove(agent.id);
}

void AgentTableModel::recountOverThreshold()
{
    m_overThreshold.clear();
    for (int row = 0; row < rowCount(); ++row) {
        if (isOverThreshold(agentAt(row)))
            m_overThreshold.insert(agentAt(row).id);
    }
}

void AgentTableModel::emitRowChanged(const QString &id)
{
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AgentTableModel::setAuthors(ChangeAuthors *authors)
{
    if (m_authors)
        disconnect(m_authors, nullptr, this, nullptr);
    m_authors = authors;
    if (authors) {
        connect(authors, &ChangeAuthors::authorChanged, this, &AgentTableModel::emitRowChanged);
        connect(authors, &ChangeAuthors::authorsReset, this, [this] {
            if (rowCount() > 0)
                emit dataChanged(index(0, ChangedBy), index(rowCount() - 1, ChangedBy));
        });
    }
    if (rowCount() > 0)
        emit dataChanged(index(0, ChangedBy), index(rowCount() - 1, ChangedBy));
}

void AgentTableModel::markPending(const QString &agentId, const QString &target)
{
    m_pending.insert(agentId, target);
    emitRowChanged(agentId);
}

void AgentTableModel::clearPending(const QString &agentId)
{
    if (m_pending.remove(agentId) > 0)
        emitRowChanged(agentId);
}

void AgentTableModel::setAdherence(AdherenceMonitor *monitor)
{
    if (m_adherence)
        disconnect(m_adherence, nullptr, this, nullptr);
    m_adherence = monitor;
    if (monitor) {
        connect(monitor, &AdherenceMonitor::updated, this, [this](const QStringList &changed) {
            // A round that changed many rows is one ranged signal: 10,000 single ones would crawl.
            if (changed.size() > kRowSignalsAtMost) {
                emitColumnChanged(Scheduled);
                return;
            }
            for (const QString &id : changed) {
                const int row = rowOf(id);
                if (row >= 0)
                    emit dataChanged(index(row, Scheduled), index(row, Scheduled));
            }
        });
        connect(monitor, &AdherenceMonitor::permissionMissingChanged, this, [this] { emitColumnChanged(Scheduled); });
    }
    emitColumnChanged(Scheduled);
}

void AgentTableModel::emitColumnChanged(int column)
{
    if (rowCount() > 0)
        emit dataChanged(index(0, column), index(rowCount() - 1, column));
}

// The Scheduled column: what the schedule has now; out of adherence in red; no permission said so.
QVariant AgentTableModel::scheduledData(const Agent &agent, int role) const
{
    if (!m_adherence)
        return {};
    if (m_adherence->permissionMissing()) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == SortRole)
            return AdherenceLabels::noPermission();
        if (role == Qt::ToolTipRole)
            return AdherenceLabels::noPermissionToolTip().toHtmlEscaped();
        return {};
    }
    const AgentAdherence a = m_adherence->adherence(agent.id);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return AdherenceLabels::cell(a);
    case SortRole:
        // Out of adherence first when sorted ascending, longest out first.
        return a.isOut() ? QStringLiteral("0%1").arg(a.since.toMSecsSinceEpoch(), 15, 10, QLatin1Char('0'))
                         : QStringLiteral("1") + AdherenceLabels::cell(a);
    case Qt::BackgroundRole:
        // A red wash that reads on light and dark palettes alike.
        return a.isOut() ? QVariant(QColor(0xd0, 0x30, 0x30, kOverThresholdAlpha)) : QVariant();
    case Qt::ToolTipRole:
        if (!a.isValid())
            return {};
        return QStringLiteral("<p>%1<br/>%2: %3<br/>%4</p>")
            .arg(AdherenceLabels::stateSince(a).toHtmlEscaped(),
                QCoreApplication::translate("AgentTableModel", "Actual activity").toHtmlEscaped(),
                AdherenceLabels::category(a.actualCategory).toHtmlEscaped(),
                QCoreApplication::translate("AgentTableModel", "Impact: %1")
                    .arg(AdherenceLabels::impact(a.impact))
                    .toHtmlEscaped());
    default:
        return {};
    }
}

QString AgentTableModel::changedByText(const Agent &agent) const
{
    if (m_authors)
        return m_authors->changedBy(agent);
    return agent.changedBy;
}

// The directory went without being detached: its rows went with it.
void AgentTableModel::onDirectoryDestroyed()
{
    beginResetModel();
    m_directory = nullptr;
    m_rows = nullptr;
    followClock(nullptr);
    endResetModel();
}

// The ticker runs on the clock that stamps the rows, so that "time in status" and staleness agree with
// the directory's freshness.
void AgentTableModel::followClock(Clock *clock)
{
    clock = Clock::orSystem(clock);
    if (clock == m_clock)
        return;
    m_clock = clock;
    delete m_ticker;
    m_ticker = new ClockTimer(clock, this);
    m_ticker->setInterval(kTickMs);
    connect(m_ticker, &ClockTimer::timeout, this, &AgentTableModel::tick);
    if (m_ticking)
        m_ticker->start();
}

void AgentTableModel::setCatalogue(const StatusCatalogue &catalogue, const QString &locale)
{
    m_labels = StatusLabels(catalogue, locale);
    if (rowCount() > 0)
        emit dataChanged(index(0, Presence), index(rowCount() - 1, Secondary));
}

void AgentTableModel::setIconFunction(IconFunction icon)
{
    m_icon = std::move(icon);
}

void AgentTableModel::setStaleAfter(int seconds)
{
    m_staleAfterSeconds = seconds;
}

void AgentTableModel::setTicking(bool ticking)
{
    m_ticking = ticking;
    if (ticking)
        m_ticker->start();
    else
        m_ticker->stop();
}

int AgentTableModel::rowOf(const QString &id) const
{
    return m_directory ? m_directory->rowOf(id) : -1;
}

int AgentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_rows ? 0 : static_cast<int>(m_rows->size());
}

int AgentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Agent &agent = agentAt(index.row());
    if (index.column() == Scheduled) {
        if (role == AdherenceStateRole)
            return m_adherence ? m_adherence->adherence(agent.id).state : QString();
        if (role == OutOfAdherenceRole)
            return m_adherence && m_adherence->adherence(agent.id).isOut();
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole
            || (role == Qt::BackgroundRole && !isOverThreshold(agent)))
            return scheduledData(agent, role);
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(agent, index.column());
    case SortRole:
        return sortValue(agent, index.column());
    case Qt::DecorationRole:
        if (index.column() == Presence && m_icon)
            return m_icon(agent.status);
        if (index.column() == Freshness && isStale(agent) && m_icon)
            return m_icon(QStringLiteral("stale"));
        return {};
    case Qt::ToolTipRole:
        return toolTip(agent);
    case Qt::AccessibleTextRole:
        return display(agent, index.column());
    case AgentIdRole:
        return agent.id;
    case StatusKeyRole:
        return agent.status;
    case TeamRole:
        return agent.team;
    case StaleRole:
        return isStale(agent);
    case PendingRole:
        return m_pending.value(agent.id);
    case ChangedByKnownRole:
        return m_authors && m_authors->isKnown(agent);
    case OverThresholdRole:
        return isOverThreshold(agent);
    case NotRespondingRole:
        return isNotResponding(agent);
    case Qt::BackgroundRole:
        // Not responding first: such an agent gets nothing routed, whatever the status says.
        if (isNotResponding(agent))
            return QColor(0xd0, 0x30, 0x30, kNotRespondingAlpha);
        // A wash of amber that reads on light and dark palettes alike.
        if (isOverThreshold(agent))
            return QColor(0xe0, 0xa0, 0x21, kOverThresholdAlpha);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TimeInStatus)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant AgentTableModel::display(const Agent &agent, int column) const
{
    switch (column) {
    case Name:
        return agent.name;
    case Team:
        return agent.team;
    case Department:
        return agent.department;
    case Presence: {
        // A change on its way is shown in its row until it lands: what the server has, and where it goes.
        const auto pending = m_pending.constFind(agent.id);
        if (pending != m_pending.constEnd())
            return QCoreApplication::translate("AgentTableModel", "%1 → %2")
                .arg(statusLabel(agent.status), statusLabel(*pending));
        return statusLabel(agent.status);
    }
    case Secondary:
        // Only when the organisation's label says more than the status itself.
        if (agent.presenceLabel.compare(statusLabel(agent.status), Qt::CaseInsensitive) == 0
            || agent.presenceLabel.compare(statusName(agent.status), Qt::CaseInsensitive) == 0
            || agent.presenceLabel.compare(agent.status, Qt::CaseInsensitive) == 0
            || agent.presenceLabel.compare(m_labels.catalogue().label(agent.status), Qt::CaseInsensitive) == 0)
            return QString();
        return agent.presenceLabel;
    case Routing:
        return routingName(agent.routingStatus);
    case TimeInStatus:
        return agent.statusSince.isValid() ? formatDuration(agent.statusSince.secsTo(now())) : QString();
    case ChangedBy:
        return changedByText(agent);
    case Freshness:
        if (m_pending.contains(agent.id))
            return QCoreApplication::translate("AgentTableModel", "pending");
        if (isStale(agent))
            return QCoreApplication::translate("AgentTableModel", "stale");
        if (!agent.pushed && agent.pollSeconds > 0)
            return QCoreApplication::translate("AgentTableModel", "polled every %n s", nullptr, agent.pollSeconds);
        return QCoreApplication::translate("AgentTableModel", "live");
    default:
        return {};
    }
}

QVariant AgentTableModel::sortValue(const Agent &agent, int column) const
{
    switch (column) {
    case Presence:
        return agent.status;
    case Routing:
        return agent.routingStatus;
    case TimeInStatus:
        // Longer in status sorts later: the negated start time.
        return agent.statusSince.isValid() ? -agent.statusSince.toMSecsSinceEpoch() : qint64(0);
    case Freshness:
        return agent.lastConfirmed.isValid() ? agent.lastConfirmed.toMSecsSinceEpoch() : qint64(0);
    default:
        return display(agent, column);
    }
}

QString AgentTableModel::toolTip(const Agent &agent) const
{
    // Tooltips are rich-text-sniffed: every server-provided piece is escaped.
    QString text = QStringLiteral("<p><b>") + agent.name.toHtmlEscaped() + QStringLiteral("</b>");
    if (!agent.email.isEmpty())
        text += QStringLiteral("<br/>") + agent.email.toHtmlEscaped();
    text += QStringLiteral("<br/>") + statusLabel(agent.status).toHtmlEscaped();
    if (!agent.presenceLabel.isEmpty())
        text += QStringLiteral(" — ") + agent.presenceLabel.toHtmlEscaped();
    const auto pending = m_pending.constFind(agent.id);
    if (pending != m_pending.constEnd())
        text += QStringLiteral("<br/>")
            + QCoreApplication::translate("AgentTableModel", "A change to %1 is waiting for the server's answer.")
                  .arg(statusLabel(*pending))
                  .toHtmlEscaped();
    if (isStale(agent))
        text += QStringLiteral("<br/>")
            + QCoreApplication::translate("AgentTableModel", "This row may be out of date.").toHtmlEscaped();
    return text + QStringLiteral("</p>");
}

// A pushed row is fresh however old its last event: nothing changed. A polled row is stale once a poll
// is overdue (two periods without a confirmation), any other row once it is older than m_staleAfterSeconds.
bool AgentTableModel::isStale(const Agent &agent) const
{
    if (agent.stale)
        return true;
    if (agent.pushed)
        return false;
    const int limit = agent.pollSeconds > 0 ? 2 * agent.pollSeconds : m_staleAfterSeconds;
    return agent.lastConfirmed.isValid() && agent.lastConfirmed.secsTo(now()) > limit;
}

QDateTime AgentTableModel::now() const
{
    return m_clock->now();
}

void AgentTableModel::tick()
{
    if (rowCount() == 0)
        return;
    // One ranged signal for the ticking columns: cheap even with 10,000 rows.
    // Only display roles: the proxy neither re-sorts nor re-filters 10,000 rows every second.
    const QList<int> roles = {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole, Qt::AccessibleTextRole};
    emit dataChanged(index(0, TimeInStatus), index(rowCount() - 1, TimeInStatus), roles);
    emit dataChanged(index(0, Freshness), index(rowCount() - 1, Freshness), roles);
    if (!m_thresholds.isEmpty())
        signalThresholdCrossings();
    emit ticked();
}

// Only the rows that crossed their threshold since the last tick: a signal over every row and column
// made Qt 6.4's proxy sort all 10,000 rows again each second (a 40-70 ms stall of the UI thread).
// The sweep reads the clock once and looks in the set only for rows whose status has a threshold:
// 10,000 rows each second took 5-7 ms of the UI thread with a clock read and a set lookup per row.
void AgentTableModel::signalThresholdCrossings()
{
    const qint64 nowMs = now().toMSecsSinceEpoch();
    const int rows = rowCount();
    int first = -1;
    for (int row = 0; row <= rows; ++row) {
        bool crossed = false;
        if (row < rows) {
            // A status without a threshold is never in the set (onAgentChanged keeps it so): most rows
            // cost one lookup of their status.
            const Agent &agent = agentAt(row);
            if (m_thresholds.contains(agent.status)) {
                const bool over = isOverThreshold(agent, nowMs);
                crossed = over != m_overThreshold.contains(agent.id);
                if (crossed && over)
                    m_overThreshold.insert(agent.id);
                else if (crossed)
                    m_overThreshold.remove(agent.id);
            }
        }
        if (crossed && first < 0)
            first = row;
        if (!crossed && first >= 0) {
            emit dataChanged(index(first, 0), index(row - 1, ColumnCount - 1), {Qt::BackgroundRole, OverThresholdRole});
            first = -1;
        }
    }
}

void AgentTableModel::setThresholds(const QMap<QString, int> &minutes)
{
    m_thresholds.clear();
    for (auto it = minutes.constBegin(); it != minutes.constEnd(); ++it) {
        if (it.value() > 0)
            m_thresholds.insert(it.key(), it.value());
    }
    recountOverThreshold();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::BackgroundRole, OverThresholdRole});
}

bool AgentTableModel::isOverThreshold(const Agent &agent) const
{
    return isOverThreshold(agent, now().toMSecsSinceEpoch());
}

bool AgentTableModel::isOverThreshold(const Agent &agent, qint64 nowMs) const
{
    const int minutes = m_thresholds.value(agent.status, 0);
    return minutes > 0 && agent.statusSince.isValid()
        && nowMs - agent.statusSince.toMSecsSinceEpoch() >= qint64(minutes) * 60'000;
}

QString AgentTableModel::statusLabel(const QString &statusKey) const
{
    return m_labels.status(statusKey);
}

QString AgentTableModel::statusName(const QString &statusKey)
{
    return StatusLabels::statusName(statusKey);
}

QString AgentTableModel::routingName(const QString &routingStatus)
{
    return StatusLabels::routing(routingStatus);
}

QVariant AgentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // A header's tooltip is its text: one cut short in a narrow column ("Temps dans le st…") reads whole.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Team:
        return tr("Team");
    case Department:
        return tr("Department");
    case Presence:
        return tr("Status");
    case Scheduled:
        return tr("Scheduled");
    case Secondary:
        return tr("Secondary");
    case Routing:
        return tr("Routing");
    case TimeInStatus:
        return tr("Time in status");
    case ChangedBy:
        return tr("Changed by");
    case Freshness:
        return tr("Freshness");
    default:
        return {};
    }
}

bool AgentTableModel::isNotResponding(const Agent &agent)
{
    return agent.routingStatus == QLatin1String("NOT_RESPONDING");
}

int AgentTableModel::notRespondingCount() const
{
    if (!m_rows)
        return 0;
    return int(std::count_if(m_rows->cbegin(), m_rows->cend(), [](const Agent &a) { return isNotResponding(a); }));
}
