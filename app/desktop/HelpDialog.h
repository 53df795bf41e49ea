// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QAction;

// The Help menu's windows: the keyboard shortcuts, where StatusDesk keeps its files, and About. Plain,
// selectable text (a path can be copied), deleted when closed.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    // Every action with a shortcut, by its menu text, and the keys that have no action (Tab, F6, Enter).
    static HelpDialog *shortcuts(const QList<QAction *> &actions, QWidget *parent);
    // (what, where) pairs, each shown as a label and a selectable line.
    static HelpDialog *locations(const QList<QPair<QString, QString>> &entries, QWidget *parent);
    static HelpDialog *about(QWidget *parent);

private:
    HelpDialog(const QString &title, const QString &objectName, QWidget *parent);
    void addRows(const QList<QPair<QString, QString>> &rows);
};
