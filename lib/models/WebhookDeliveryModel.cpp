// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/WebhookDeliveryModel.h"

#include "models/AuditStoreReader.h"
#include "webhook/WebhookOutbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

WebhookDeliveryModel::WebhookDeliveryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WebhookDeliveryModel::setOutbox(WebhookOutbox *outbox)
{
    if (m_outbox)
        m_outbox->disconnect(this);
    m_outbox = outbox;
    if (m_outbox)
        connect(m_outbox, &WebhookOutbox::deliveryUpdated, this, &WebhookDeliveryModel::onDeliveryUpdated);
    refresh();
}

void WebhookDeliveryModel::setLimit(int limit)
{
    m_limit = qMax(1, limit);
    refresh();
}

int WebhookDeliveryModel::limit() const
{
    return m_limit;
}

void WebhookDeliveryModel::setReader(AuditStoreReader *reader)
{
    if (m_reader)
        m_reader->disconnect(this);
    m_reader = reader;
    m_pageTicket = 0;
    if (!m_reader)
        return;
    connect(m_reader, &AuditStoreReader::deliveriesRead, this,
        [this](quint64 ticket, const QVector<WebhookDelivery> &deliveries) {
            if (ticket != m_pageTicket)
                return;
            m_pageTicket = 0;
            applyPage(deliveries);
        });
    connect(m_reader, &AuditStoreReader::deliveryRead, this,
        [this](quint64, const QString &, bool found, const WebhookDelivery &delivery) {
            // A row read before the page that is on its way would be replaced by it anyway.
            if (found && m_pageTicket == 0)
                applyDelivery(delivery);
        });
}

void WebhookDeliveryModel::setAgentNameFunction(std::function<QString(const QString &agentId)> name)
{
    m_agentName = std::move(name);
}

bool WebhookDeliveryModel::isLoading() const
{
    return m_pageTicket != 0;
}

void WebhookDeliveryModel::refresh()
{
    if (m_outbox && m_reader) {
        m_pageTicket = m_reader->readDeliveries(m_limit);
        return;
    }
    applyPage(m_outbox ? m_outbox->deliveries(m_limit) : QVector<WebhookDelivery>());
}

void WebhookDeliveryModel::applyPage(const QVector<WebhookDelivery> &deliveries)
{
    beginResetModel();
    m_deliveries = deliveries;
    endResetModel();
    emit refreshed();
}

const WebhookDelivery &WebhookDeliveryModel::deliveryAt(int row) const
{
    return m_deliveries.at(row);
}

QVector<WebhookAttempt> WebhookDeliveryModel::attempts(int row) const
{
    return row >= 0 && row < m_deliveries.size() ? m_deliveries.at(row).attempts : QVector<WebhookAttempt>();
}

int WebhookDeliveryModel::rowOf(const QString &eventId) const
{
    for (int row = 0; row < m_deliveries.size(); ++row) {
        if (m_deliveries.at(row).eventId == eventId)
            return row;
    }
    return -1;
}

void WebhookDeliveryModel::onDeliveryUpdated(const QString &eventId)
{
    if (!m_outbox)
        return;
    if (m_reader) {
        m_reader->readDelivery(eventId);
        return;
    }
    WebhookDelivery delivery;
    if (m_outbox->delivery(eventId, &delivery))
        applyDelivery(delivery);
}

void WebhookDeliveryModel::applyDelivery(const WebhookDelivery &delivery)
{
    const int row = rowOf(delivery.eventId);
    if (row >= 0) {
        m_deliveries[row] = delivery;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    // A new event is the newest one: it goes on top.
    beginInsertRows(QModelIndex(), 0, 0);
    m_deliveries.prepend(delivery);
    endInsertRows();
    if (m_deliveries.size() > m_limit) {
        beginRemoveRows(QModelIndex(), m_limit, int(m_deliveries.size()) - 1);
        m_deliveries.resize(m_limit);
        endRemoveRows();
    }
}

int WebhookDeliveryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deliveries.size());
}

int WebhookDeliveryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WebhookDeliveryModel::stateLabel(WebhookDelivery::State state)
{
    switch (state) {
    case WebhookDelivery::State::Pending:
        return tr("Pending");
    case WebhookDelivery::State::Delivered:
        return tr("Delivered");
    case WebhookDelivery::State::Dead:
        return tr("Dead letter");
    }
    return QString();
}

QVariant WebhookDeliveryModel::display(const WebhookDelivery &d, int column) const
{
    const QString timeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    switch (column) {
    case Created:
        return QLocale().toString(d.createdAt.toLocalTime(), timeFormat);
    case EventId:
        return d.eventId;
    case Agent: {
        const QString name = m_agentName ? m_agentName(d.agentId) : QString();
        return name.isEmpty() ? d.agentId : name;
    }
    case Target:
        return QJsonDocument::fromJson(d.body).object().value(QStringLiteral("target_status")).toString();
    case State:
        return stateLabel(d.state);
    case Attempts:
        return d.attemptCount;
    case LastStatus:
        return d.attemptCount == 0 ? QString() : d.lastStatus ? QString::number(d.lastStatus) : tr("no answer");
    case LastLatency:
        return d.lastLatencyMs < 0 ? QString() : tr("%1 ms").arg(d.lastLatencyMs);
    case LastError:
        return d.lastError;
    case NextAttempt:
        return d.nextAttemptAt.isValid() ? QLocale().toString(d.nextAttemptAt.toLocalTime(), timeFormat) : QString();
    default:
        return QVariant();
    }
}

QVariant WebhookDeliveryModel::sortValue(const WebhookDelivery &d, int column) const
{
    switch (column) {
    case Created:
        return d.createdAt.toMSecsSinceEpoch();
    case State:
        return WebhookDelivery::stateName(d.state);
    case Attempts:
        return d.attemptCount;
    case LastStatus:
        return d.lastStatus;
    case LastLatency:
        return d.lastLatencyMs;
    case NextAttempt:
        return d.nextAttemptAt.isValid() ? d.nextAttemptAt.toMSecsSinceEpoch() : qint64(-1);
    default:
        return display(d, column);
    }
}

QVariant WebhookDeliveryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const WebhookDelivery &delivery = m_deliveries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(delivery, index.column());
    case Qt::ToolTipRole:
        return delivery.lastError.isEmpty() ? QVariant() : QVariant(delivery.lastError);
    case SortRole:
        return sortValue(delivery, index.column());
    case EventIdRole:
        return delivery.eventId;
    case StateRole:
        return WebhookDelivery::stateName(delivery.state);
    case AttemptsRole: {
        QVariantList list;
        for (const WebhookAttempt &attempt : delivery.attempts) {
            list << QVariantMap {{QStringLiteral("time"), attempt.time}, {QStringLiteral("status"), attempt.httpStatus},
                {QStringLiteral("latencyMs"), attempt.latencyMs}, {QStringLiteral("error"), attempt.error}};
        }
        return list;
    }
    case DeliveryRole:
        return QVariant::fromValue(delivery);
    default:
        return QVariant();
    }
}

QVariant WebhookDeliveryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Created:
        return tr("Created");
    case EventId:
        return tr("Event ID");
    case Agent:
        return tr("Agent");
    case Target:
        return tr("Status");
    case State:
        return tr("State");
    case Attempts:
        return tr("Attempts");
    case LastStatus:
        return tr("Last status");
    case LastLatency:
        return tr("Last latency");
    case LastError:
        return tr("Last error");
    case NextAttempt:
        return tr("Next attempt");
    default:
        return QVariant();
    }
}
