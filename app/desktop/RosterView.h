// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class AgentFilterProxyModel;
class AgentTableModel;
class QComboBox;
class QLineEdit;
class QTableView;

// The roster: a filter bar (text, team, status) above the agent table. Keyboard first: Enter or a
// double-click asks for a status change of the selected agents; the context menu offers the same.
class RosterView : public QWidget
{
    Q_OBJECT
public:
    explicit RosterView(AgentTableModel *model, QWidget *parent = nullptr);

    AgentTableModel *model() const { return m_model; }
    AgentFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }

    QStringList selectedAgentIds() const;
    // Refills the team and status lists (after a load), keeping the current choices.
    void setChoices(const QStringList &teams, const QStringList &statusKeys);
    void focusFilter();

    QByteArray saveHeaderState() const;
    // columnsSized: the saved widths are the lead's own; otherwise they follow the window as at first.
    void restoreHeaderState(const QByteArray &state, bool columnsSized);
    bool columnsSized() const { return !m_autoWidths; }

signals:
    void changeRequested();
    void selectionChanged(int selected);
    void contextMenuRequested(const QPoint &globalPos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitColumns();
    int statusColumnWidth() const;
    int headerWidth(int column) const;

    AgentTableModel *m_model;
    AgentFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_team;
    QComboBox *m_status;
    QTableView *m_table;
    QStringList m_statusKeys; // the organisation's, as the status filter lists them
    bool m_autoWidths = true; // until the lead resizes a column or a saved layout is restored
    bool m_fitting = false;
};
