// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/RosterView.h"

#include "core/StatusCatalogue.h"
#include "desktop/IconLoader.h"
#include "models/AgentFilterProxyModel.h"
#include "models/AgentTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>
#include <iterator>
#include <numeric>

namespace {

constexpr int kNarrowestLastColumn = 70;
// Name, Team, Department, Status, Scheduled, Secondary, Routing, Time in status, Changed by; Freshness
// takes the rest.
constexpr int kColumnWidths[] = {125, 75, 65, 100, 145, 60, 65, 75, 60};
static_assert(std::size(kColumnWidths) == AgentTableModel::Freshness, "a width for every column but the last");
// What each column keeps in a narrow window (1024 px beside the metrics panel): below its width above,
// its text is elided (the row's tooltip says it whole). The status column keeps its longest label whole.
constexpr int kNarrowWidths[] = {90, 55, 45, 0, 45, 60, 55, 50};
static_assert(std::size(kNarrowWidths) == std::size(kColumnWidths), "a narrow width for every column but the last");

} // namespace

RosterView::RosterView(AgentTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new AgentFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_team(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("rosterView"));
    m_proxy->setSourceModel(model);

    m_filter->setObjectName(QStringLiteral("rosterFilter"));
    // The shortcut in the words of the UI language ("Strg+F" in German), from Qt's own catalogue.
    m_filter->setPlaceholderText(
        tr("Filter agents…  %1").arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_filter->setAccessibleName(tr("Filter agents"));
    m_filter->setClearButtonEnabled(true);
    QAction *search = m_filter->addAction(IconLoader::action(QStringLiteral("search")), QLineEdit::LeadingPosition);
    // The field's icons are buttons to a screen reader: each says what it is.
    search->setText(tr("Search"));
    search->setToolTip(tr("Filter agents by name, team or status"));
    if (auto *clear = m_filter->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(tr("Clear the filter"));
    m_team->setObjectName(QStringLiteral("rosterTeam"));
    m_team->setAccessibleName(tr("Team"));
    m_team->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->setObjectName(QStringLiteral("rosterStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setChoices({}, {});

    m_table->setObjectName(QStringLiteral("rosterTable"));
    m_table->setAccessibleName(tr("Agents"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AgentTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    // Uniform rows let the view skip measuring 10,000 of them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // The stretched last column keeps the width it had when stretching began: narrow, not Qt's 100 px.
    m_table->horizontalHeader()->setDefaultSectionSize(kNarrowestLastColumn);
    m_table->setColumnWidth(AgentTableModel::Freshness, kNarrowestLastColumn);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Every column fits beside the metrics panel in a 1280 px window without scrolling sideways; a wider
    // window widens them all alike (fitColumns) until the lead sizes one by hand.
    for (int column = 0; column < AgentTableModel::Freshness; ++column)
        m_table->setColumnWidth(column, kColumnWidths[column]);
    m_table->viewport()->installEventFilter(this);
    // The sorted column's header makes room for its arrow.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] {
        if (!m_fitting) // restoring a saved header sorts too: its widths are restored, not fitted
            fitColumns();
    });
    // The stretched last column follows the window: only the others are the lead's choice.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical) {
        if (!m_fitting && logical != AgentTableModel::Freshness)
            m_autoWidths = false;
    });
    // Tab leaves the table (arrows move between cells): the panels and the message bar stay reachable.
    m_table->setTabKeyNavigation(false);
    m_table->installEventFilter(this);

    // Visible labels, so that each list is announced by its label and its value ("Team: All teams").
    auto *teamLabel = new QLabel(tr("&Team:"), this);
    teamLabel->setBuddy(m_team);
    auto *statusLabel = new QLabel(tr("St&atus:"), this);
    statusLabel->setBuddy(m_status);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_filter, 1);
    bar->addWidget(teamLabel);
    bar->addWidget(m_team);
    bar->addWidget(statusLabel);
    bar->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    setTabOrder(m_filter, m_team);
    setTabOrder(m_team, m_status);
    setTabOrder(m_status, m_table);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &AgentFilterProxyModel::setText);
    connect(
        m_team, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setTeam(m_team->currentData().toString()); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setStatus(m_status->currentData().toString()); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { emit changeRequested(); });
    connect(m_table, &QTableView::customContextMenuRequested, this,
        [this](const QPoint &pos) { emit contextMenuRequested(m_table->viewport()->mapToGlobal(pos)); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { emit selectionChanged(int(m_table->selectionModel()->selectedRows().size())); });
    // Down from the filter goes into the table: type, then arrow to the agent.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_table->setFocus();
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_table->selectRow(0);
    });
}

QStringList RosterView::selectedAgentIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << row.data(AgentTableModel::AgentIdRole).toString();
    return ids;
}

void RosterView::setChoices(const QStringList &teams, const QStringList &statusKeys)
{
    const QString team = m_team->currentData().toString();
    const QString status = m_status->currentData().toString();
    const QSignalBlocker teamBlocker(m_team);
    const QSignalBlocker statusBlocker(m_status);
    m_team->clear();
    m_team->addItem(tr("All teams"), QString());
    for (const QString &name : teams)
        m_team->addItem(name, name);
    m_status->clear();
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &key : statusKeys)
        m_status->addItem(IconLoader::status(key), m_model->statusLabel(key), key);
    m_team->setCurrentIndex(qMax(0, m_team->findData(team)));
    m_status->setCurrentIndex(qMax(0, m_status->findData(status)));
    // The organisation's statuses and their labels are known now: the status column fits them.
    m_statusKeys = statusKeys;
    fitColumns();
}

void RosterView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QByteArray RosterView::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

void RosterView::restoreHeaderState(const QByteArray &state, bool columnsSized)
{
    m_fitting = true;
    const bool restored = !state.isEmpty() && m_table->horizontalHeader()->restoreState(state);
    m_fitting = false;
    m_autoWidths = !(restored && columnsSized);
    fitColumns();
}

// The width the status column needs for its longest label, icon and margins: a status is never elided.
int RosterView::statusColumnWidth() const
{
    const QStringList keys = StatusCatalogue::systemStatusKeys() + m_statusKeys;
    int widest = 0;
    for (const QString &key : keys)
        widest = qMax(widest, m_table->fontMetrics().horizontalAdvance(m_model->statusLabel(key)));
    const QStyle *style = m_table->style();
    const int icon = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_table);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1;
    return widest + icon + 4 * margin + 2;
}

// The width a column needs for its header on one line: the style's margins, and the sort arrow's room
// in the sorted column.
int RosterView::headerWidth(int column) const
{
    const QHeaderView *header = m_table->horizontalHeader();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const QString text = m_model->headerData(column, Qt::Horizontal).toString();
    int width = header->fontMetrics().horizontalAdvance(text) + 2 * margin;
    if (header->isSortIndicatorShown() && header->sortIndicatorSection() == column)
        width += header->sizeHint().height() / 2 + 2 * margin;
    return width;
}

namespace {

// Each column from `from` towards `to` by the same share of their difference, so that they add up to
// at most `total`.
QVector<int> shrunk(const QVector<int> &from, const QVector<int> &to, int total)
{
    int wide = 0;
    int slack = 0;
    for (int column = 0; column < from.size(); ++column) {
        wide += from.at(column);
        slack += from.at(column) - to.at(column);
    }
    const double share = qBound(0.0, double(wide - total) / double(qMax(1, slack)), 1.0);
    QVector<int> widths(from.size());
    for (int column = 0; column < from.size(); ++column)
        widths[column] = from.at(column) - int(std::ceil((from.at(column) - to.at(column)) * share));
    return widths;
}

int sum(const QVector<int> &widths)
{
    return std::accumulate(widths.cbegin(), widths.cend(), 0);
}

} // namespace

// Until the lead sizes a column, the columns follow the viewport. Wider than their first widths, all
// widen alike. Narrower, they shrink alike towards the width of their header (every header whole),
// then, in a narrower window still (1024 px beside the metrics panel, in French), towards their narrow
// widths (a header cut short has its text as a tooltip). The status column keeps its longest label
// whole throughout, so that the roster needs no sideways scrolling down to 1024 px.
void RosterView::fitColumns()
{
    if (!m_autoWidths)
        return;
    const int columns = AgentTableModel::Freshness;
    QVector<int> first(columns);
    QVector<int> headers(columns);
    QVector<int> narrow(columns);
    for (int column = 0; column < columns; ++column) {
        narrow[column] = column == AgentTableModel::Presence ? statusColumnWidth() : kNarrowWidths[column];
        headers[column] = qMax(narrow.at(column), headerWidth(column));
        first[column] = qMax(kColumnWidths[column], headers.at(column));
    }
    // The stretched last column takes the rest, at least its header (or its narrowest).
    const int last = qMax(kNarrowestLastColumn, headerWidth(AgentTableModel::Freshness));
    const int available = m_table->viewport()->width();
    QVector<int> widths;
    if (available >= sum(first) + last) {
        const double scale = double(available) / double(sum(first) + last);
        for (const int width : std::as_const(first))
            widths << int(width * scale);
    } else if (available >= sum(headers) + last) {
        widths = shrunk(first, headers, available - last);
    } else {
        widths = shrunk(headers, narrow, available - kNarrowestLastColumn);
    }
    m_fitting = true;
    for (int column = 0; column < columns; ++column)
        m_table->setColumnWidth(column, widths.at(column));
    m_fitting = false;
}

bool RosterView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            emit changeRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
