// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "webhook/WebhookDelivery.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

#include <functional>

class AuditStoreReader;
class WebhookOutbox;

// The webhook panel's table: the newest deliveries of an outbox (up to limit()), each with its
// state, attempt count and last result; AttemptsRole (or attempts()) gives every attempt.
// Follows WebhookOutbox::deliveryUpdated row by row.
class WebhookDeliveryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Created,
        EventId,
        Agent,
        Target, // the status the event reports
        State,
        Attempts,
        LastStatus,
        LastLatency,
        LastError,
        NextAttempt,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // raw values: epoch ms, ints, strings
        EventIdRole,
        StateRole, // pending | delivered | dead
        AttemptsRole, // QVariantList of QVariantMap {time (QDateTime), status (int), latencyMs, error}
        DeliveryRole, // the whole WebhookDelivery
    };

    explicit WebhookDeliveryModel(QObject *parent = nullptr);

    void setOutbox(WebhookOutbox *outbox); // nullptr detaches
    // With a reader, refresh() and the rows of updated deliveries are read off the UI thread and arrive
    // later (refreshed() says when a whole page came). Not owned.
    void setReader(AuditStoreReader *reader);
    bool isLoading() const;
    // Names the agents (the events carry only ids).
    void setAgentNameFunction(std::function<QString(const QString &agentId)> name);
    void setLimit(int limit); // default 500
    int limit() const;
    void refresh();

    const WebhookDelivery &deliveryAt(int row) const;
    QVector<WebhookAttempt> attempts(int row) const;
    int rowOf(const QString &eventId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void refreshed();

private:
    void onDeliveryUpdated(const QString &eventId);
    void applyPage(const QVector<WebhookDelivery> &deliveries);
    void applyDelivery(const WebhookDelivery &delivery);
    QVariant display(const WebhookDelivery &delivery, int column) const;
    QVariant sortValue(const WebhookDelivery &delivery, int column) const;
    static QString stateLabel(WebhookDelivery::State state);

    QPointer<WebhookOutbox> m_outbox;
    QPointer<AuditStoreReader> m_reader;
    quint64 m_pageTicket = 0; // the page read whose answer counts
    QVector<WebhookDelivery> m_deliveries;
    int m_limit = 500;
    std::function<QString(const QString &agentId)> m_agentName;
};
