// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/TabBarAccessible.h"

#include <QKeySequence>
#include <QPointer>
#include <QTabBar>

namespace {

// "&Audit" is read "Audit"; "R&&D" is read "R&D".
QString withoutMnemonic(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i;
        plain += text.at(i);
    }
    return plain;
}

QString tabName(const QTabBar *bar, int index)
{
    const QString name = bar->accessibleTabName(index);
    return name.isEmpty() ? withoutMnemonic(bar->tabText(index)) : name;
}

// One tab: not a widget of its own, so it lives by its bar and its index, as Qt's does.
class TabAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    TabAccessible(QTabBar *bar, int index)
        : m_bar(bar)
        , m_index(index)
    {
    }

    int index() const { return m_index; }

    bool isValid() const override { return m_bar && m_index < m_bar->count(); }
    QObject *object() const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::PageTab; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_bar.data()); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    void setText(QAccessible::Text, const QString &) override { }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
    }

    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!isValid()) {
            state.invalid = true;
            return state;
        }
        const QAccessible::State bar = parent()->state();
        const bool current = m_index == m_bar->currentIndex();
        state.invisible = bar.invisible || !m_bar->isTabVisible(m_index);
        state.offscreen = bar.offscreen;
        state.disabled = bar.disabled || !m_bar->isTabEnabled(m_index);
        state.focusable = bar.focusable;
        state.selectable = true;
        state.selected = current;
        state.focused = current && m_bar->hasFocus();
        return state;
    }

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect tab = m_bar->tabRect(m_index);
        return QRect(m_bar->mapToGlobal(tab.topLeft()), tab.size());
    }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        switch (t) {
        case QAccessible::Name:
            return tabName(m_bar, m_index);
        case QAccessible::Description:
            return m_bar->tabToolTip(m_index);
        case QAccessible::Help:
            return m_bar->tabWhatsThis(m_index);
        case QAccessible::Accelerator:
            return QKeySequence::mnemonic(m_bar->tabText(m_index)).toString(QKeySequence::NativeText);
        default:
            return {};
        }
    }

    QStringList actionNames() const override { return {pressAction()}; }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }
    void doAction(const QString &name) override
    {
        if (isValid() && name == pressAction())
            m_bar->setCurrentIndex(m_index);
    }

private:
    QPointer<QTabBar> m_bar;
    int m_index;
};

QAccessibleInterface *tabBarFactory(const QString &, QObject *object)
{
    // Asked for the most derived class first (QMainWindowTabBar for the docks'), so one answer suffices.
    auto *bar = qobject_cast<QTabBar *>(object);
    return bar ? new TabBarAccessible(bar) : nullptr;
}

} // namespace

TabBarAccessible::TabBarAccessible(QTabBar *tabBar)
    : QAccessibleWidget(tabBar, QAccessible::PageTabList)
{
}

TabBarAccessible::~TabBarAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_tabs))
        QAccessible::deleteAccessibleInterface(id);
}

void TabBarAccessible::install()
{
    // The factory installed last is asked first: ahead of Qt's own for QTabBar.
    QAccessible::installFactory(tabBarFactory);
}

QTabBar *TabBarAccessible::tabBar() const
{
    return static_cast<QTabBar *>(widget());
}

// The tabs first, then the bar's own buttons (scroll arrows, close buttons) as Qt lists them.
int TabBarAccessible::childCount() const
{
    return tabBar()->count() + QAccessibleWidget::childCount();
}

QAccessibleInterface *TabBarAccessible::child(int index) const
{
    const int tabs = tabBar()->count();
    if (index < 0)
        return nullptr;
    if (index >= tabs)
        return QAccessibleWidget::child(index - tabs);
    if (const QAccessible::Id id = m_tabs.value(index))
        return QAccessible::accessibleInterface(id);
    auto *tab = new TabAccessible(tabBar(), index);
    m_tabs.insert(index, QAccessible::registerAccessibleInterface(tab));
    return tab;
}

int TabBarAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (!child)
        return -1;
    if (child->role() == QAccessible::PageTab && !child->object())
        return child->parent() == this ? static_cast<const TabAccessible *>(child)->index() : -1;
    const int widgetIndex = QAccessibleWidget::indexOfChild(child);
    return widgetIndex < 0 ? -1 : tabBar()->count() + widgetIndex;
}

QAccessibleInterface *TabBarAccessible::focusChild() const
{
    const int current = tabBar()->currentIndex();
    if (!tabBar()->hasFocus() || current < 0)
        return QAccessibleWidget::focusChild();
    return child(current);
}

QString TabBarAccessible::text(QAccessible::Text t) const
{
    const int current = tabBar()->currentIndex();
    if (t == QAccessible::Name && tabBar()->accessibleName().isEmpty() && current >= 0)
        return tabName(tabBar(), current);
    return QAccessibleWidget::text(t);
}
