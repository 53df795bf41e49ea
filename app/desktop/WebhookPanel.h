// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "webhook/WebhookDelivery.h"

#include <QMessageBox>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class AuditStoreReader;
class QComboBox;
class QLabel;

class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class WebhookDeliveryModel;
class WebhookOutbox;

// Every webhook delivery with its attempts (time, HTTP status, latency, error) and its next attempt
// while it is retried; the pending and dead-letter lists through a filter; *Re-send* for the selected
// delivery (asking first when the event was delivered already). Sits on a WebhookDeliveryModel read
// off the UI thread; the counts are the outbox's, kept in memory.
class WebhookPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WebhookPanel(QWidget *parent = nullptr);
    ~WebhookPanel() override;

    void attach(WebhookOutbox *outbox); // nullptr: signed out
    // Names the agents of the deliveries (the events carry only ids).
    void setAgentNameFunction(std::function<QString(const QString &agentId)> name);
    void reload();
    int deliveryCount() const; // rows shown through the filter
    QVector<WebhookDelivery> deliveries() const; // the rows shown, in order
    // Shows only this state ("pending", "dead", "delivered"; empty: all).
    void setStateFilter(const QString &state);
    void selectDelivery(int row);
    QString selectedEventId() const;
    bool isLoading() const;
    QTableView *table() const { return m_deliveries; }
    AuditStoreReader *reader() const { return m_reader.get(); }
    // The question asked before re-sending a delivered event, while it is open.
    QMessageBox *resendConfirmation() const { return m_confirm; }

signals:
    // More dead letters than before: these events reach payroll only when re-sent.
    void deadLettersArrived(int deadLetters);

private:
    void showAttempts();
    void updateSummary();
    void onDeadLetterCount(int deadLetters);
    void resendSelected();
    void keepViewOnInsert(int first, int last);
    void rememberView();
    void restoreView();

    QPointer<WebhookOutbox> m_outbox;
    std::unique_ptr<AuditStoreReader> m_reader;
    WebhookDeliveryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_state;
    QLabel *m_summary;
    QTableView *m_deliveries;
    QTableWidget *m_attempts;
    QPushButton *m_resend;
    QPointer<QMessageBox> m_confirm;
    int m_deadLetters = 0;
    QString m_selectedBeforeReset;
    QString m_topBeforeReset;
    QPersistentModelIndex m_topBeforeInsert;
};
