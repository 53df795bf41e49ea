// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/WebhookPanel.h"

#include "desktop/AuditPanel.h"
#include "desktop/IconLoader.h"
#include "models/AuditStoreReader.h"
#include "models/WebhookDeliveryModel.h"
#include "webhook/WebhookOutbox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

void setUpTable(QAbstractItemView *view, QHeaderView *vertical, QHeaderView *horizontal)
{
    vertical->hide();
    horizontal->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

} // namespace

WebhookPanel::WebhookPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new WebhookDeliveryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_state(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_deliveries(new QTableView(this))
    , m_attempts(new QTableWidget(0, 4, this))
    , m_resend(new QPushButton(IconLoader::action(QStringLiteral("resend")), tr("&Re-send"), this))
{
    setObjectName(QStringLiteral("webhookPanel"));
    m_state->setObjectName(QStringLiteral("webhookState"));
    m_state->setAccessibleName(tr("Show"));
    m_state->addItem(tr("All deliveries"), QString());
    m_state->addItem(tr("Pending"), QStringLiteral("pending"));
    m_state->addItem(tr("Dead letters"), QStringLiteral("dead"));
    m_state->addItem(tr("Delivered"), QStringLiteral("delivered"));
    m_summary->setObjectName(QStringLiteral("webhookSummary"));
    m_summary->setTextFormat(Qt::PlainText);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(WebhookDeliveryModel::StateRole);
    m_proxy->setFilterKeyColumn(0);
    m_deliveries->setObjectName(QStringLiteral("webhookTable"));
    m_deliveries->setAccessibleName(tr("Webhook deliveries"));
    m_deliveries->setModel(m_proxy);
    m_deliveries->setWordWrap(false);
    // Whole rows: the view is kept on the row the lead looks at when new deliveries come on top.
    m_deliveries->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_deliveries->setColumnHidden(WebhookDeliveryModel::EventId, true);
    setUpTable(m_deliveries, m_deliveries->verticalHeader(), m_deliveries->horizontalHeader());
    m_attempts->setObjectName(QStringLiteral("webhookAttempts"));
    m_attempts->setAccessibleName(tr("Attempts"));
    m_attempts->setHorizontalHeaderLabels({tr("Time"), tr("HTTP"), tr("Latency"), tr("Error")});
    m_attempts->setWordWrap(false);
    setUpTable(m_attempts, m_attempts->verticalHeader(), m_attempts->horizontalHeader());
    m_resend->setObjectName(QStringLiteral("webhookResend"));
    m_resend->setToolTip(tr("Send the selected event again now"));
    m_resend->setEnabled(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_state);
    top->addWidget(m_summary, 1);
    top->addWidget(m_resend);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_deliveries);
    split->addWidget(m_attempts);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const QString state = m_state->currentData().toString();
        m_proxy->setFilterRegularExpression(state.isEmpty()
                ? QRegularExpression()
                : QRegularExpression(QRegularExpression::anchoredPattern(QRegularExpression::escape(state))));
        showAttempts();
    });
    connect(m_deliveries->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WebhookPanel::showAttempts);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &WebhookPanel::showAttempts);
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, [this](const QModelIndex &, int first, int) {
        const bool scrolled = m_deliveries->verticalScrollBar()->value() > 0;
        m_topBeforeInsert = first == 0 && scrolled ? QPersistentModelIndex(m_deliveries->indexAt(QPoint(0, 0)))
                                                   : QPersistentModelIndex();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) { keepViewOnInsert(first, last); });
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, &WebhookPanel::rememberView);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &WebhookPanel::restoreView);
    connect(m_model, &WebhookDeliveryModel::refreshed, this, [this] {
        if (!m_deliveries->selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
            selectDelivery(0);
    });
    connect(m_resend, &QPushButton::clicked, this, &WebhookPanel::resendSelected);
}

WebhookPanel::~WebhookPanel()
{
    m_model->setReader(nullptr);
}

void WebhookPanel::attach(WebhookOutbox *outbox)
{
    if (m_outbox)
        disconnect(m_outbox, nullptr, this, nullptr);
    m_model->setReader(nullptr);
    m_model->setOutbox(nullptr);
    m_reader.reset();
    m_outbox = outbox;
    m_deadLetters = outbox ? outbox->deadLetterCount() : 0;
    if (outbox) {
        // The panel's reads run on a thread of their own; the rows of the table come from there.
        if (AuditStore *store = outbox->store())
            m_reader = std::make_unique<AuditStoreReader>(*store);
        if (m_reader)
            m_model->setReader(m_reader.get()); // opened on its thread; reads wait for it there
        connect(outbox, &WebhookOutbox::pendingCountChanged, this, &WebhookPanel::updateSummary);
        connect(outbox, &WebhookOutbox::deadLetterCountChanged, this, &WebhookPanel::onDeadLetterCount);
        m_model->setOutbox(outbox);
    }
    updateSummary();
    showAttempts();
}

void WebhookPanel::setAgentNameFunction(std::function<QString(const QString &agentId)> name)
{
    m_model->setAgentNameFunction(std::move(name));
}

void WebhookPanel::reload()
{
    m_model->refresh();
}

bool WebhookPanel::isLoading() const
{
    return m_model->isLoading();
}

int WebhookPanel::deliveryCount() const
{
    return m_proxy->rowCount();
}

QVector<WebhookDelivery> WebhookPanel::deliveries() const
{
    QVector<WebhookDelivery> shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown << m_model->deliveryAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    return shown;
}

void WebhookPanel::setStateFilter(const QString &state)
{
    m_state->setCurrentIndex(qMax(0, m_state->findData(state)));
}

void WebhookPanel::selectDelivery(int row)
{
    m_deliveries->selectRow(row);
}

QString WebhookPanel::selectedEventId() const
{
    const QModelIndexList rows = m_deliveries->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(WebhookDeliveryModel::EventIdRole).toString();
}

void WebhookPanel::updateSummary()
{
    if (!m_outbox) {
        m_summary->clear();
        return;
    }
    m_summary->setText(tr("%n pending", nullptr, m_outbox->pendingCount()) + QLatin1String(", ")
        + tr("%n dead letter(s)", nullptr, m_outbox->deadLetterCount()));
}

void WebhookPanel::onDeadLetterCount(int deadLetters)
{
    const bool more = deadLetters > m_deadLetters;
    m_deadLetters = deadLetters;
    updateSummary();
    if (more)
        emit deadLettersArrived(deadLetters);
}

// New deliveries come on top. Scrolled down, the lead reads older ones: the view stays on them.
void WebhookPanel::keepViewOnInsert(int first, int last)
{
    const QPersistentModelIndex anchor = m_topBeforeInsert;
    m_topBeforeInsert = QPersistentModelIndex();
    if (first != 0 || !anchor.isValid())
        return;
    QScrollBar *bar = m_deliveries->verticalScrollBar();
    const int added = last - first + 1;
    // The range follows the new rows only at the next layout; the value must move now.
    bar->setMaximum(bar->maximum() + added);
    bar->setValue(anchor.row());
}

void WebhookPanel::rememberView()
{
    m_selectedBeforeReset = selectedEventId();
    const QModelIndex top = m_deliveries->indexAt(QPoint(0, 0));
    m_topBeforeReset = m_deliveries->verticalScrollBar()->value() > 0 && top.isValid()
        ? top.data(WebhookDeliveryModel::EventIdRole).toString()
        : QString();
}

void WebhookPanel::restoreView()
{
    const auto rowOf = [this](const QString &eventId) {
        const int source = eventId.isEmpty() ? -1 : m_model->rowOf(eventId);
        return source < 0 ? -1 : m_proxy->mapFromSource(m_model->index(source, 0)).row();
    };
    const int selected = rowOf(m_selectedBeforeReset);
    if (selected >= 0)
        selectDelivery(selected);
    const int top = rowOf(m_topBeforeReset);
    if (top >= 0)
        m_deliveries->scrollTo(m_proxy->index(top, 0), QAbstractItemView::PositionAtTop);
    showAttempts();
}

void WebhookPanel::showAttempts()
{
    const QModelIndexList rows = m_deliveries->selectionModel()->selectedRows();
    m_attempts->setRowCount(0);
    if (rows.isEmpty()) {
        m_resend->setEnabled(false);
        return;
    }
    const WebhookDelivery delivery
        = rows.constFirst().data(WebhookDeliveryModel::DeliveryRole).value<WebhookDelivery>();
    m_resend->setEnabled(m_outbox && delivery.state != WebhookDelivery::State::Pending);
    m_attempts->setRowCount(int(delivery.attempts.size()));
    for (int i = 0; i < delivery.attempts.size(); ++i) {
        const WebhookAttempt &a = delivery.attempts.at(i);
        m_attempts->setItem(i, 0, cell(AuditPanel::shortTime(a.time)));
        m_attempts->setItem(i, 1, cell(a.httpStatus > 0 ? QString::number(a.httpStatus) : tr("none")));
        m_attempts->setItem(i, 2, cell(tr("%1 ms").arg(a.latencyMs)));
        m_attempts->setItem(i, 3, cell(a.error));
    }
}

void WebhookPanel::resendSelected()
{
    const QModelIndexList rows = m_deliveries->selectionModel()->selectedRows();
    if (!m_outbox || rows.isEmpty())
        return;
    const WebhookDelivery delivery
        = rows.constFirst().data(WebhookDeliveryModel::DeliveryRole).value<WebhookDelivery>();
    const QString eventId = delivery.eventId;
    const QPointer<WebhookOutbox> outbox = m_outbox;
    const auto send = [this, outbox, eventId] {
        if (outbox)
            outbox->resend(eventId);
        m_resend->setEnabled(false);
    };
    if (delivery.state != WebhookDelivery::State::Delivered) {
        send();
        return;
    }
    // Payroll has this event already: a second copy is sent only when the lead says so.
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Re-send a delivered event"),
        tr("Payroll received this event at %1. Send it again?")
            .arg(AuditPanel::shortTime(
                delivery.attempts.isEmpty() ? delivery.createdAt : delivery.attempts.constLast().time)),
        QMessageBox::Cancel, this);
    m_confirm->setObjectName(QStringLiteral("webhookResendConfirmation"));
    m_confirm->setTextFormat(Qt::PlainText);
    m_confirm->setInformativeText(tr("The copy keeps its event ID %1, so payroll can recognise it and drop it if it "
                                     "has the event already.")
                                      .arg(eventId));
    QPushButton *resend = m_confirm->addButton(tr("&Re-send"), QMessageBox::AcceptRole);
    resend->setObjectName(QStringLiteral("webhookResendConfirm"));
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(resend, &QPushButton::clicked, this, send);
    m_confirm->open();
}
