// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/WebhookPanel.h"

#include "desktop/AuditPanel.h"
#include "desktop/IconLoader.h"
#include "webhook/WebhookOutbox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

enum Column { Created, Agent, Target, State, Attempts, LastStatus, Latency, Error, ColumnCount };

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QTableWidget *table(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(false);
    return t;
}

QString stateText(WebhookDelivery::State state)
{
    switch (state) {
    case WebhookDelivery::State::Pending:
        return WebhookPanel::tr("pending");
    case WebhookDelivery::State::Delivered:
        return WebhookPanel::tr("delivered");
    case WebhookDelivery::State::Dead:
        return WebhookPanel::tr("dead letter");
    }
    return {};
}

} // namespace

WebhookPanel::WebhookPanel(QWidget *parent)
    : QWidget(parent)
    , m_state(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_deliveries(table(QStringLiteral("webhookTable"),
          {tr("Created"), tr("Agent"), tr("Status"), tr("State"), tr("Attempts"), tr("HTTP"), tr("Latency"),
              tr("Error")},
          this))
    , m_attempts(table(QStringLiteral("webhookAttempts"), {tr("Time"), tr("HTTP"), tr("Latency"), tr("Error")}, this))
    , m_resend(new QPushButton(IconLoader::action(QStringLiteral("resend")), tr("&Re-send"), this))
    , m_reload(new QTimer(this))
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
    m_deliveries->setAccessibleName(tr("Webhook deliveries"));
    m_attempts->setAccessibleName(tr("Attempts"));
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

    m_reload->setSingleShot(true);
    m_reload->setInterval(250);
    connect(m_reload, &QTimer::timeout, this, &WebhookPanel::reload);
    connect(m_state, &QComboBox::currentIndexChanged, this, &WebhookPanel::reload);
    connect(m_deliveries, &QTableWidget::itemSelectionChanged, this, &WebhookPanel::showAttempts);
    connect(m_resend, &QPushButton::clicked, this, &WebhookPanel::resendSelected);
}

void WebhookPanel::attach(WebhookOutbox *outbox)
{
    if (m_outbox)
        disconnect(m_outbox, nullptr, this, nullptr);
    m_outbox = outbox;
    if (outbox) {
        connect(outbox, &WebhookOutbox::deliveryUpdated, this, &WebhookPanel::scheduleReload);
        connect(outbox, &WebhookOutbox::pendingCountChanged, this, &WebhookPanel::scheduleReload);
    }
    reload();
}

void WebhookPanel::setAgentNameFunction(std::function<QString(const QString &agentId)> name)
{
    m_agentName = std::move(name);
}

void WebhookPanel::setStateFilter(const QString &state)
{
    m_state->setCurrentIndex(qMax(0, m_state->findData(state)));
}

void WebhookPanel::selectDelivery(int row)
{
    m_deliveries->selectRow(row);
}

void WebhookPanel::scheduleReload()
{
    if (!m_reload->isActive())
        m_reload->start();
}

void WebhookPanel::reload()
{
    const QString selected = m_deliveries->currentRow() >= 0 && m_deliveries->currentRow() < m_shown.size()
        ? m_shown.at(m_deliveries->currentRow()).eventId
        : QString();
    m_shown.clear();
    const QString filter = m_state->currentData().toString();
    if (m_outbox) {
        const QVector<WebhookDelivery> all = m_outbox->deliveries();
        for (const WebhookDelivery &delivery : all) {
            if (filter.isEmpty() || WebhookDelivery::stateName(delivery.state) == filter)
                m_shown.append(delivery);
        }
        m_summary->setText(
            tr("%1 pending, %2 dead letters").arg(m_outbox->pendingCount()).arg(m_outbox->deadLetterCount()));
    } else {
        m_summary->clear();
    }
    const QSignalBlocker blocker(m_deliveries);
    m_deliveries->setRowCount(int(m_shown.size()));
    int reselect = -1;
    for (int row = 0; row < m_shown.size(); ++row) {
        const WebhookDelivery &d = m_shown.at(row);
        const QJsonObject body = QJsonDocument::fromJson(d.body).object();
        m_deliveries->setItem(row, Created, cell(AuditPanel::shortTime(d.createdAt)));
        const QString name = m_agentName ? m_agentName(d.agentId) : QString();
        m_deliveries->setItem(row, Agent, cell(name.isEmpty() ? d.agentId : name));
        m_deliveries->setItem(row, Target, cell(body.value(QStringLiteral("target_status")).toString()));
        auto *state = cell(stateText(d.state));
        state->setIcon(IconLoader::action(d.state == WebhookDelivery::State::Delivered ? QStringLiteral("success")
                : d.state == WebhookDelivery::State::Dead                              ? QStringLiteral("error")
                                                                                       : QStringLiteral("polling")));
        m_deliveries->setItem(row, State, state);
        m_deliveries->setItem(row, Attempts, cell(QString::number(d.attemptCount)));
        m_deliveries->setItem(row, LastStatus, cell(d.lastStatus > 0 ? QString::number(d.lastStatus) : QString()));
        m_deliveries->setItem(row, Latency, cell(d.lastLatencyMs >= 0 ? tr("%1 ms").arg(d.lastLatencyMs) : QString()));
        m_deliveries->setItem(row, Error, cell(d.lastError));
        if (d.eventId == selected)
            reselect = row;
    }
    if (!m_shown.isEmpty())
        m_deliveries->resizeColumnsToContents();
    if (reselect >= 0 || !m_shown.isEmpty())
        m_deliveries->selectRow(qMax(reselect, 0));
    showAttempts();
}

void WebhookPanel::showAttempts()
{
    const int row = m_deliveries->currentRow();
    const bool valid = row >= 0 && row < m_shown.size() && !m_deliveries->selectedItems().isEmpty();
    m_resend->setEnabled(valid && m_outbox && m_shown.at(row).state != WebhookDelivery::State::Pending);
    m_attempts->setRowCount(0);
    if (!valid)
        return;
    const QVector<WebhookAttempt> attempts = m_shown.at(row).attempts;
    m_attempts->setRowCount(int(attempts.size()));
    for (int i = 0; i < attempts.size(); ++i) {
        const WebhookAttempt &a = attempts.at(i);
        m_attempts->setItem(i, 0, cell(AuditPanel::shortTime(a.time)));
        m_attempts->setItem(i, 1, cell(a.httpStatus > 0 ? QString::number(a.httpStatus) : tr("none")));
        m_attempts->setItem(i, 2, cell(tr("%1 ms").arg(a.latencyMs)));
        m_attempts->setItem(i, 3, cell(a.error));
    }
}

void WebhookPanel::resendSelected()
{
    const int row = m_deliveries->currentRow();
    if (!m_outbox || row < 0 || row >= m_shown.size())
        return;
    m_outbox->resend(m_shown.at(row).eventId);
    m_resend->setEnabled(false);
    scheduleReload();
}
