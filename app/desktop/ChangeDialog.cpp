// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/ChangeDialog.h"

#include "desktop/IconLoader.h"
#include "models/StatusLabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ChangeDialog::ChangeDialog(QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_targets(new QListWidget(this))
    , m_reason(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("changeDialog"));
    setWindowTitle(tr("Change status"));
    m_heading->setObjectName(QStringLiteral("changeDialogHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    m_targets->setObjectName(QStringLiteral("changeDialogTargets"));
    m_targets->setAccessibleName(tr("Target status"));
    m_targets->setIconSize(QSize(16, 16));
    m_reason->setObjectName(QStringLiteral("changeDialogReason"));
    m_reason->setAccessibleName(tr("Reason code"));
    m_hint->setObjectName(QStringLiteral("changeDialogHint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("changeDialogPreview"));
    m_preview->setAccessibleName(tr("Preview of the request"));
    m_preview->setReadOnly(true);
    m_preview->setMaximumHeight(90);
    m_preview->setFont(QFont(QStringLiteral("monospace")));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("changeDialogApply"));
    ok->setText(tr("Change status"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("changeDialogCancel"));
    // Our own words: Qt's catalogue for the standard buttons may not be installed.
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_targets, 1);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(new QLabel(tr("Will be sent:"), this));
    layout->addWidget(m_preview);
    layout->addWidget(m_buttons);
    setTabOrder(m_targets, m_reason);
    setTabOrder(m_reason, m_preview);
    setTabOrder(m_preview, m_buttons);

    connect(m_targets, &QListWidget::currentRowChanged, this, [this] { updateState(); });
    connect(m_reason, &QComboBox::currentIndexChanged, this, [this] { updateState(); });
    connect(m_targets, &QListWidget::itemActivated, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangeDialog::reject);
    connect(this, &QDialog::accepted, this, [this] { emit changeRequested(selectedTarget(), selectedReason()); });
    setReasonCodes({});
    resize(420, 480);
}

void ChangeDialog::setAgents(const QStringList &agentNames, const QString &currentStatusLabel)
{
    if (agentNames.size() == 1)
        m_heading->setText(tr("Change the status of %1 (now %2) to:").arg(agentNames.first(), currentStatusLabel));
    else
        m_heading->setText(tr("Change the status of %n agent(s) to:", nullptr, int(agentNames.size())));
}

void ChangeDialog::setTargets(const TargetOptions &targets)
{
    m_options = targets;
    m_targets->clear();
    for (int i = 0; i < targets.size(); ++i) {
        const TargetOption &option = targets.at(i);
        auto *item = new QListWidgetItem(IconLoader::status(option.key), option.label, m_targets);
        item->setData(Qt::UserRole, option.key);
        item->setData(Qt::AccessibleTextRole, option.label);
        if (!option.allowed) {
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            // Tooltips are rich-text-sniffed: escape the reason, it may quote server text.
            item->setToolTip(QStringLiteral("<p>") + option.refusal.toHtmlEscaped() + QStringLiteral("</p>"));
            item->setData(Qt::AccessibleDescriptionRole, option.refusal);
        }
    }
    // Nothing is preselected: Enter must never send a status the lead did not pick. Set through the view
    // (not the selection model), so that the list's focus-in does not make its first item current.
    m_targets->setCurrentIndex(QModelIndex());
    updateState();
}

void ChangeDialog::setReasonCodes(const QStringList &codes)
{
    m_reason->clear();
    m_reason->addItem(tr("(no reason)"), QString());
    for (const QString &code : codes)
        m_reason->addItem(StatusLabels::reason(code), code);
    updateState();
}

void ChangeDialog::setPreviewFunction(PreviewFunction preview)
{
    m_previewFunction = std::move(preview);
    updateState();
}

bool ChangeDialog::selectTarget(const QString &key)
{
    for (int i = 0; i < m_options.size(); ++i) {
        if (m_options.at(i).key == key && m_options.at(i).allowed) {
            m_targets->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void ChangeDialog::showRefusedRequest(const QString &text)
{
    m_refusedRequest = text;
    m_targets->setCurrentIndex(QModelIndex());
    updateState();
}

QString ChangeDialog::hintText() const
{
    return m_hint->text();
}

QString ChangeDialog::selectedTarget() const
{
    const TargetOption *option = currentOption();
    return option ? option->key : QString();
}

QString ChangeDialog::selectedReason() const
{
    return m_reason->currentData().toString();
}

const TargetOption *ChangeDialog::currentOption() const
{
    const int row = m_targets->currentRow();
    if (row < 0 || row >= m_options.size() || !m_options.at(row).allowed)
        return nullptr;
    return &m_options.at(row);
}

void ChangeDialog::updateState()
{
    const TargetOption *option = currentOption();
    bool ready = option != nullptr;
    if (option)
        m_refusedRequest.clear(); // the lead picked another target
    if (!option && !m_refusedRequest.isEmpty()) {
        m_hint->setText(m_refusedRequest);
    } else if (!option) {
        m_hint->setText(tr("Pick a status that the rules allow."));
    } else if (option->reasonRequired && selectedReason().isEmpty()) {
        m_hint->setText(tr("The rules ask for a reason for %1.").arg(option->label));
        ready = false;
    } else {
        m_hint->clear();
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
    m_preview->setPlainText(option && m_previewFunction ? m_previewFunction(option->key, selectedReason()) : QString());
}
