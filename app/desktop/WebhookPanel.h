// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "webhook/WebhookDelivery.h"

#include <QPointer>
#include <QVector>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;
class WebhookOutbox;

// Every webhook delivery with its attempts (time, HTTP status, latency, error); the pending and
// dead-letter lists through a filter; *Re-send* for the selected delivery.
class WebhookPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WebhookPanel(QWidget *parent = nullptr);

    void attach(WebhookOutbox *outbox); // nullptr: signed out
    // Names the agents of the deliveries (the events carry only ids).
    void setAgentNameFunction(std::function<QString(const QString &agentId)> name);
    void reload();
    int deliveryCount() const { return int(m_shown.size()); }
    const QVector<WebhookDelivery> &deliveries() const { return m_shown; }
    // Shows only this state ("pending", "dead", "delivered"; empty: all).
    void setStateFilter(const QString &state);
    void selectDelivery(int row);

private:
    void scheduleReload();
    void showAttempts();
    void resendSelected();

    QPointer<WebhookOutbox> m_outbox;
    QComboBox *m_state;
    QLabel *m_summary;
    QTableWidget *m_deliveries;
    QTableWidget *m_attempts;
    QPushButton *m_resend;
    QTimer *m_reload;
    QVector<WebhookDelivery> m_shown;
    std::function<QString(const QString &agentId)> m_agentName;
};
