// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/QueuePanel.h"

#include "models/QueueMembershipModel.h"
#include "service/QueueChangeService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

QueuePanel::QueuePanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new QueueMembershipModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_reason(new QComboBox(this))
    , m_activate(new QPushButton(tr("&Activate"), this))
    , m_deactivate(new QPushButton(tr("&Deactivate"), this))
    , m_reload(new QPushButton(tr("Re&load"), this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("queuePanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(QueueMembershipModel::SortRole);
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setAccessibleName(tr("Queue memberships"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_reason->setObjectName(QStringLiteral("queueReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_activate->setObjectName(QStringLiteral("queueActivate"));
    m_deactivate->setObjectName(QStringLiteral("queueDeactivate"));
    m_reload->setObjectName(QStringLiteral("queueReload"));
    m_summary->setObjectName(QStringLiteral("queueSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Reason:"), this));
    buttons->addWidget(m_reason);
    buttons->addWidget(m_activate);
    buttons->addWidget(m_deactivate);
    buttons->addStretch(1);
    buttons->addWidget(m_reload);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);

    connect(m_activate, &QPushButton::clicked, this, [this] { changeSelected(true); });
    connect(m_deactivate, &QPushButton::clicked, this, [this] { changeSelected(false); });
    connect(m_reload, &QPushButton::clicked, m_model, &QueueMembershipModel::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateButtons(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateButtons();
        updateSummary();
    });
    connect(m_model, &QueueMembershipModel::loadingChanged, this, [this] { updateSummary(); });
    updateButtons();
    updateSummary();
}

QueuePanel::~QueuePanel() = default;

void QueuePanel::attach(QueueChangeService *service, const QStringList &reasons)
{
    m_service = service;
    // A run of the service signed out from under it never finishes: its count goes with it.
    m_running = 0;
    m_reason->clear();
    m_reason->addItem(tr("(no reason)"), QString());
    for (const QString &reason : reasons)
        m_reason->addItem(reason, reason);
    m_model->setService(service);
    updateButtons();
    updateSummary();
}

void QueuePanel::setAgents(const QStringList &agentIds, const QHash<QString, QString> &names)
{
    m_model->setAgents(agentIds, names);
}

void QueuePanel::selectRows(const QList<int> &rows)
{
    m_table->clearSelection();
    for (int row : rows) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        m_table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

bool QueuePanel::changeSelected(bool activate)
{
    if (!m_service)
        return false;
    QVector<QueueChange> changes;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &proxyIndex : selected) {
        const QueueMembershipModel::Row &row = m_model->rowAt(m_proxy->mapToSource(proxyIndex).row());
        QueueChange c;
        c.agentId = row.agentId;
        c.agentName = m_model->data(m_model->index(m_proxy->mapToSource(proxyIndex).row(), 0)).toString();
        c.queueId = row.membership.queueId;
        c.queueName = row.membership.name;
        c.activate = activate;
        c.reason = m_reason->currentData().toString();
        c.seenJoined = row.membership.joined; // what the lead saw: a different re-read is a conflict
        changes.append(c);
    }
    if (changes.isEmpty())
        return false;
    ++m_running;
    updateButtons();
    updateSummary();
    QueueChangeRun *run = m_service->apply(changes);
    connect(run, &QueueChangeRun::finished, this, [this, run] {
        run->deleteLater();
        m_running = qMax(0, m_running - 1);
        onFinished(run->results());
    });
    return true;
}

void QueuePanel::onFinished(const QueueChangeResults &results)
{
    QStringList lines;
    for (const QueueChangeResult &r : results)
        lines.append(r.message);
    m_lastResult = lines.join(QLatin1Char('\n'));
    updateButtons();
    updateSummary();
    emit changesFinished(results);
}

void QueuePanel::updateButtons()
{
    const bool any = m_service && m_table->selectionModel()->hasSelection() && m_running == 0;
    m_activate->setEnabled(any);
    m_deactivate->setEnabled(any);
    m_reload->setEnabled(m_service != nullptr);
    const QString why = m_service ? tr("Select the memberships to change.")
                                  : tr("Queue memberships are available with the Genesys protocol once signed in.");
    m_activate->setToolTip(any ? tr("Activate the selected memberships") : why);
    m_deactivate->setToolTip(any ? tr("Deactivate the selected memberships") : why);
}

void QueuePanel::updateSummary()
{
    QString text;
    if (!m_service)
        text = tr("No queues: sign in with a Genesys profile.");
    else if (m_model->agents().isEmpty())
        text = tr("Select agents in the roster to see their queues.");
    else if (m_running > 0)
        text = tr("Changing memberships; Genesys applies them after a moment…");
    else if (m_model->isLoading())
        text = tr("Reading queue memberships…");
    else if (!m_model->lastError().isEmpty())
        text = tr("The memberships could not be read: %1").arg(m_model->lastError());
    else
        text = tr("%n membership(s) of %1 agent(s).", nullptr, m_model->rowCount()).arg(m_model->agents().size());
    if (!m_lastResult.isEmpty() && m_running == 0)
        text += QLatin1Char('\n') + m_lastResult;
    m_summary->setText(text);
}

QString QueuePanel::summary() const
{
    return m_summary->text();
}
