// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/ConflictDialog.h"

#include "desktop/IconLoader.h"
#include "models/StatusLabels.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

ConflictDialog::ConflictDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(plainLabel(QStringLiteral("conflictTitle")))
    , m_theirStatus(plainLabel(QStringLiteral("conflictTheirStatus")))
    , m_theirBy(plainLabel(QStringLiteral("conflictTheirBy")))
    , m_theirReason(plainLabel(QStringLiteral("conflictTheirReason")))
    , m_ourStatus(plainLabel(QStringLiteral("conflictOurStatus")))
    , m_ourBy(plainLabel(QStringLiteral("conflictOurBy")))
    , m_ourReason(plainLabel(QStringLiteral("conflictOurReason")))
    , m_reason(new QComboBox(this))
    , m_verdict(plainLabel(QStringLiteral("conflictVerdict")))
    , m_apply(new QPushButton(tr("&Apply to latest"), this))
    , m_keep(new QPushButton(tr("&Keep theirs"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Status changed meanwhile"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_verdict->setWordWrap(true);

    auto *grid = new QGridLayout;
    auto *now = new QLabel(tr("Now"), this);
    auto *asked = new QLabel(tr("You asked for"), this);
    QFont bold = now->font();
    bold.setBold(true);
    now->setFont(bold);
    asked->setFont(bold);
    grid->addWidget(now, 0, 1);
    grid->addWidget(asked, 0, 2);
    grid->addWidget(new QLabel(tr("Status"), this), 1, 0);
    grid->addWidget(m_theirStatus, 1, 1);
    grid->addWidget(m_ourStatus, 1, 2);
    grid->addWidget(new QLabel(tr("Changed by"), this), 2, 0);
    grid->addWidget(m_theirBy, 2, 1);
    grid->addWidget(m_ourBy, 2, 2);
    grid->addWidget(new QLabel(tr("Reason"), this), 3, 0);
    grid->addWidget(m_theirReason, 3, 1);
    grid->addWidget(m_ourReason, 3, 2);
    m_reason->setObjectName(QStringLiteral("conflictReason"));
    m_reason->setAccessibleName(tr("Reason code for Apply to latest"));
    m_reason->hide();
    grid->addWidget(m_reason, 4, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setHorizontalSpacing(18);

    m_apply->setObjectName(QStringLiteral("conflictApplyLatest"));
    m_apply->setIcon(IconLoader::action(QStringLiteral("change-status")));
    m_keep->setObjectName(QStringLiteral("conflictKeepTheirs"));
    m_cancel->setObjectName(QStringLiteral("conflictCancel"));
    m_keep->setToolTip(tr("Leave the agent in the status the other side set."));
    m_cancel->setToolTip(tr("Drop your change; nothing is sent."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_keep);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(grid);
    layout->addWidget(m_verdict);
    layout->addLayout(buttons);

    connect(m_reason, &QComboBox::currentIndexChanged, this, &ConflictDialog::updateButtons);
    connect(m_apply, &QPushButton::clicked, this, [this] { choose(Resolution::ApplyToLatest); });
    connect(m_keep, &QPushButton::clicked, this, [this] { choose(Resolution::KeepTheirs); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { choose(Resolution::Cancel); });
    // Escape or closing the window is a Cancel too, and answers exactly once.
    connect(this, &QDialog::rejected, this, [this] { choose(Resolution::Cancel); });
}

QLabel *ConflictDialog::plainLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void ConflictDialog::setConflict(
    const ChangeConflict &conflict, const StatusLabels &labels, const ConflictVerdict &verdict)
{
    m_conflict = conflict;
    m_judgement = verdict;
    m_done = false;
    const StatusChange &ours = conflict.ours;
    const Agent &theirs = conflict.theirs;
    m_title->setText(tr("%1 changed while you were deciding").arg(ours.agentName));
    QString theirStatus = labels.status(theirs.status);
    if (theirs.statusSince.isValid())
        theirStatus = tr("%1 (since %2)")
                          .arg(theirStatus, theirs.statusSince.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    m_theirStatus->setText(theirStatus);
    // Said only when an audit history knows it: the server does not tell who set a presence.
    m_theirBy->setText(verdict.changedBy.isEmpty() ? tr("another client") : verdict.changedBy);
    m_theirReason->setText(theirs.reason.isEmpty() ? QStringLiteral("—") : theirs.reason);
    m_ourStatus->setText(labels.status(ours.toStatus));
    m_ourBy->setText(tr("you"));
    m_ourReason->setText(ours.reason.isEmpty() ? QStringLiteral("—") : ours.reason);
    m_verdict->setText(verdict.text);
    m_reason->clear();
    m_reason->addItem(tr("(choose a reason)"), QString());
    for (const QString &code : verdict.reasonCodes)
        m_reason->addItem(StatusLabels::reason(code), code);
    m_reason->setVisible(verdict.allowed && !verdict.reasonCodes.isEmpty());
    updateButtons();
}

void ConflictDialog::updateButtons()
{
    const bool reasonMissing = !m_judgement.reasonCodes.isEmpty() && m_reason->currentData().toString().isEmpty();
    const bool canApply = m_judgement.allowed && !reasonMissing;
    m_apply->setEnabled(canApply);
    if (canApply)
        m_apply->setToolTip(tr("Send your change again, based on the agent's status now."));
    else if (m_judgement.allowed)
        m_apply->setToolTip(tr("Choose a reason first."));
    else
        m_apply->setToolTip(QStringLiteral("<p>") + m_judgement.text.toHtmlEscaped() + QStringLiteral("</p>"));
    m_apply->setDefault(canApply);
    m_keep->setDefault(!canApply);
}

void ConflictDialog::choose(Resolution resolution)
{
    if (m_done)
        return;
    m_done = true;
    emit resolved(resolution, resolution == Resolution::ApplyToLatest ? m_reason->currentData().toString() : QString());
    if (isVisible())
        done(resolution == Resolution::Cancel ? QDialog::Rejected : QDialog::Accepted);
}
