// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleWidget>
#include <QHash>

class QTabBar;

// A tab bar as a screen reader sees it, for the tabbed docks above all. Qt 6.4's own interface reports
// the current tab as focused wherever the focus is, and no tab as selected: a screen reader then
// announces "Audit, focused" while the lead types in the roster's filter. Here the current tab is the
// selected one, and focused only while the tab bar itself holds the focus.
class TabBarAccessible : public QAccessibleWidget
{
public:
    explicit TabBarAccessible(QTabBar *tabBar);

    // Makes every tab bar created from now on use this interface (once per application is enough);
    // a tab bar whose interface Qt has already made keeps Qt's.
    static void install();

    QTabBar *tabBar() const;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *focusChild() const override;
    QString text(QAccessible::Text t) const override;

protected:
    ~TabBarAccessible() override;

private:
    mutable QHash<int, QAccessible::Id> m_tabs; // the tabs' interfaces, made on demand, by index
};
