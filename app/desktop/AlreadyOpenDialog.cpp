// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/AlreadyOpenDialog.h"

#include "desktop/InstanceGuard.h"

#include <QCoreApplication>
#include <QPushButton>

// The words were main()'s before this dialog had a class of its own: they keep main's context, and
// so the catalogues' translations of them.
AlreadyOpenDialog::AlreadyOpenDialog(const InstanceGuard &guard, const QString &auditLocation, QWidget *parent)
    : QMessageBox(parent)
    , m_guard(guard)
{
    setObjectName(QStringLiteral("alreadyOpenDialog"));
    setIcon(QMessageBox::Question);
    setWindowTitle(QCoreApplication::translate("main", "StatusDesk is already open"));
    setTextFormat(Qt::PlainText);
    setText(QCoreApplication::translate("main",
        "Another StatusDesk window is open with the same audit history:\n%1\n\nTwo copies would both "
        "write to it. Bring the open window to the front?")
                .arg(auditLocation));
    m_front = addButton(QCoreApplication::translate("main", "&Bring to front"), QMessageBox::AcceptRole);
    m_front->setObjectName(QStringLiteral("alreadyOpenFront"));
    m_quit = addButton(QCoreApplication::translate("main", "&Quit"), QMessageBox::RejectRole);
    m_quit->setObjectName(QStringLiteral("alreadyOpenQuit"));
    setDefaultButton(m_front);
    setEscapeButton(m_quit);
}

AlreadyOpenDialog::Outcome AlreadyOpenDialog::run()
{
    exec();
    if (clickedButton() != m_front)
        return Outcome::Quit;
    if (m_guard.askToRaise())
        return Outcome::BroughtToFront;
    QMessageBox failed(QMessageBox::Warning, QCoreApplication::translate("main", "StatusDesk is already open"),
        QCoreApplication::translate("main",
            "The open window did not answer. Close it, or end its process, then "
            "start StatusDesk again."),
        QMessageBox::Ok, parentWidget());
    failed.setObjectName(QStringLiteral("alreadyOpenNoAnswer"));
    failed.exec();
    return Outcome::NoAnswer;
}
