// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/RosterView.h"

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
#include <QTableView>
#include <QVBoxLayout>

#include <iterator>

namespace {

constexpr int kNarrowestLastColumn = 70;
// Name, Team, Department, Status, Scheduled, Secondary, Routing, Time in status, Changed by; Freshness
// takes the rest.
constexpr int kColumnWidths[] = {125, 75, 65, 100, 145, 60, 65, 75, 60};
static_assert(std::size(kColumnWidths) == AgentTableModel::Freshness, "a width for every column but the last");

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

void RosterView::fitColumns()
{
    if (!m_autoWidths)
        return;
    int base = kNarrowestLastColumn;
    for (const int width : kColumnWidths)
        base += width;
    const int available = m_table->viewport()->width();
    const double scale = qMax(1.0, double(available) / double(base));
    // The stretched last column is the header's to size; the others are ours until the lead's.
    m_fitting = true;
    for (int column = 0; column < AgentTableModel::Freshness; ++column)
        m_table->setColumnWidth(column, int(kColumnWidths[column] * scale));
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
