// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/QueueChange.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QueueChangeService;
class QueueMembershipModel;

// The queue memberships of the agents selected in the roster (Genesys profiles): one row per agent and
// queue, whether the membership is active, and the queue's active members. Activate / Deactivate change
// the selected rows (one agent or several) through the QueueChangeService, within the rules, each
// compared with what the panel showed: a membership changed meanwhile is reported, not overwritten.
class QueuePanel : public QWidget
{
    Q_OBJECT

public:
    explicit QueuePanel(QWidget *parent = nullptr);
    ~QueuePanel() override;

    void attach(QueueChangeService *service, const QStringList &reasons); // nullptr: no queues
    void setAgents(const QStringList &agentIds, const QHash<QString, QString> &names);
    QueueMembershipModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void selectRows(const QList<int> &rows); // model rows
    // Activates or deactivates the memberships of the selected rows; false when none is selected.
    bool changeSelected(bool activate);
    QString summary() const;
    bool isBusy() const { return m_running > 0; }

signals:
    void changesFinished(const QueueChangeResults &results);

private:
    void updateButtons();
    void updateSummary();
    void onFinished(const QueueChangeResults &results);

    QPointer<QueueChangeService> m_service;
    QueueMembershipModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QComboBox *m_reason;
    QPushButton *m_activate;
    QPushButton *m_deactivate;
    QPushButton *m_reload;
    QLabel *m_summary;
    QString m_lastResult;
    int m_running = 0;
};
