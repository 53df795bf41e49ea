// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/HelpDialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {

// Menu text without its mnemonic marks and trailing dots: "&Change status…" reads "Change status".
QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

} // namespace

HelpDialog::HelpDialog(const QString &title, const QString &objectName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(objectName);
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setObjectName(QStringLiteral("helpRows"));
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("helpClose"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void HelpDialog::addRows(const QList<QPair<QString, QString>> &rows)
{
    auto *form = findChild<QFormLayout *>(QStringLiteral("helpRows"));
    for (const auto &row : rows) {
        auto *value = new QLabel(row.second, this);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setFocusPolicy(Qt::StrongFocus);
        value->setAccessibleName(row.first);
        value->setAccessibleDescription(row.second);
        value->setObjectName(QStringLiteral("helpValue"));
        auto *label = new QLabel(row.first + QLatin1Char(':'), this);
        label->setTextFormat(Qt::PlainText);
        form->addRow(label, value);
    }
}

HelpDialog *HelpDialog::shortcuts(const QList<QAction *> &actions, QWidget *parent)
{
    auto *dialog = new HelpDialog(tr("Keyboard shortcuts"), QStringLiteral("shortcutsDialog"), parent);
    QList<QPair<QString, QString>> rows;
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        rows.append({plainText(action->text()), keys.join(tr(" or "))});
    }
    rows.append({tr("Change the status of the selected agents"), tr("Enter in the roster")});
    rows.append({tr("Leave a table or list"), tr("Tab, Shift+Tab")});
    rows.append({tr("Open the menus"), tr("Alt, or F10")});
    dialog->addRows(rows);
    return dialog;
}

HelpDialog *HelpDialog::locations(const QList<QPair<QString, QString>> &entries, QWidget *parent)
{
    auto *dialog = new HelpDialog(tr("Where StatusDesk keeps its files"), QStringLiteral("locationsDialog"), parent);
    dialog->setMinimumWidth(dialog->fontMetrics().averageCharWidth() * 70);
    dialog->addRows(entries);
    return dialog;
}

HelpDialog *HelpDialog::about(QWidget *parent)
{
    auto *dialog = new HelpDialog(tr("About StatusDesk"), QStringLiteral("aboutDialog"), parent);
    dialog->addRows({{tr("Version"), QApplication::applicationVersion()},
        {tr("What it is"), tr("A live agent status console for Genesys Cloud team leads.")},
        {tr("Licence"), tr("GNU General Public License, version 3 or later")}});
    return dialog;
}
