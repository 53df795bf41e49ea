// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/BulkChangeDialog.h"

#include "desktop/ChangeController.h"
#include "desktop/IconLoader.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// Room for the preview of a team without scrolling sideways.
constexpr QSize kFirstSize(640, 480);

QTableWidgetItem *plainItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QTableWidget *makeTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    return table;
}

} // namespace

BulkChangeDialog::BulkChangeDialog(const StatusLabels &labels, QWidget *parent)
    : QDialog(parent)
    , m_labels(labels)
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("bulkChangeDialog"));
    setWindowTitle(tr("Change several agents"));
    m_pages->addWidget(buildPreviewPage());
    m_pages->addWidget(buildRunPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    resize(kFirstSize);
}

QWidget *BulkChangeDialog::buildPreviewPage()
{
    auto *page = new QWidget(this);
    m_previewSummary = new QLabel(page);
    m_previewSummary->setObjectName(QStringLiteral("bulkPreviewSummary"));
    m_previewSummary->setTextFormat(Qt::PlainText);
    m_previewSummary->setWordWrap(true);
    m_previewTable = makeTable(QStringLiteral("bulkPreviewTable"), {tr("Agent"), tr("Now"), tr("Verdict")}, page);
    m_previewTable->setAccessibleName(tr("Who changes"));
    m_confirm = new QPushButton(IconLoader::action(QStringLiteral("bulk-change")), tr("&Start"), page);
    m_confirm->setObjectName(QStringLiteral("bulkConfirm"));
    m_confirm->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), page);
    cancel->setObjectName(QStringLiteral("bulkPreviewCancel"));
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(1);
        emit confirmed();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_confirm);
    buttons->addWidget(cancel);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_previewSummary);
    layout->addWidget(m_previewTable, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *BulkChangeDialog::buildRunPage()
{
    auto *page = new QWidget(this);
    m_runSummary = new QLabel(page);
    m_runSummary->setObjectName(QStringLiteral("bulkRunSummary"));
    m_runSummary->setTextFormat(Qt::PlainText);
    m_runSummary->setWordWrap(true);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_cancel = new QPushButton(IconLoader::action(QStringLiteral("cancel")), tr("&Stop"), page);
    m_cancel->setObjectName(QStringLiteral("bulkCancel"));
    m_cancel->setToolTip(tr("Start no further changes; the ones in flight finish."));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        emit cancelRequested();
    });
    m_results = makeTable(QStringLiteral("bulkResults"), {tr("Agent"), tr("From"), tr("To"), tr("Result")}, page);
    m_results->setAccessibleName(tr("Results"));

    m_conflictBox = new QWidget(page);
    m_conflicts = makeTable(
        QStringLiteral("bulkConflicts"), {tr("Agent"), tr("Now"), tr("Changed by"), tr("Choice")}, m_conflictBox);
    m_conflicts->setAccessibleName(tr("Conflicts to review"));
    auto *conflictTitle = new QLabel(tr("These agents changed while the batch ran. Choose for each:"), m_conflictBox);
    m_applyChoices = new QPushButton(tr("&Apply choices"), m_conflictBox);
    m_applyChoices->setObjectName(QStringLiteral("bulkApplyChoices"));
    auto *allLatest = new QPushButton(tr("All: apply to &latest"), m_conflictBox);
    allLatest->setObjectName(QStringLiteral("bulkAllLatest"));
    allLatest->setToolTip(tr("Agents the rules would refuse it for keep their choice."));
    auto *allTheirs = new QPushButton(tr("All: keep &theirs"), m_conflictBox);
    allTheirs->setObjectName(QStringLiteral("bulkAllTheirs"));
    const auto setAll = [this](int choice) {
        for (int row = 0; row < m_conflicts->rowCount(); ++row) {
            auto *combo = qobject_cast<QComboBox *>(m_conflicts->cellWidget(row, 3));
            if (combo && (choice != 0 || combo->property("canApply").toBool()))
                combo->setCurrentIndex(choice);
        }
    };
    connect(allLatest, &QPushButton::clicked, this, [setAll] { setAll(0); });
    connect(allTheirs, &QPushButton::clicked, this, [setAll] { setAll(1); });
    connect(m_applyChoices, &QPushButton::clicked, this, [this] {
        QVector<QPair<QString, Resolution>> choices;
        for (int row = 0; row < m_conflicts->rowCount() && row < m_pendingConflicts.size(); ++row) {
            auto *combo = qobject_cast<QComboBox *>(m_conflicts->cellWidget(row, 3));
            const auto resolution = static_cast<Resolution>(combo ? combo->currentData().toInt() : 2);
            choices.append({m_pendingConflicts.at(row).changeId, resolution});
        }
        m_conflictBox->hide();
        m_pendingConflicts.clear();
        emit conflictsResolved(choices);
    });
    auto *conflictButtons = new QHBoxLayout;
    conflictButtons->addWidget(allLatest);
    conflictButtons->addWidget(allTheirs);
    conflictButtons->addStretch(1);
    conflictButtons->addWidget(m_applyChoices);
    auto *conflictLayout = new QVBoxLayout(m_conflictBox);
    conflictLayout->setContentsMargins(0, 0, 0, 0);
    conflictLayout->addWidget(conflictTitle);
    conflictLayout->addWidget(m_conflicts);
    conflictLayout->addLayout(conflictButtons);
    m_conflictBox->hide();

    m_revert = new QPushButton(IconLoader::action(QStringLiteral("revert")), tr("&Revert batch"), page);
    m_revert->setObjectName(QStringLiteral("bulkRevert"));
    m_revert->setToolTip(tr("Put every changed agent back to the status it had before."));
    m_revert->setEnabled(false);
    m_revertReason = new QComboBox(page);
    m_revertReason->setObjectName(QStringLiteral("bulkRevertReason"));
    m_revertReason->setAccessibleName(tr("Reason for the revert"));
    m_revertReason->setEnabled(false);
    m_revertHint = new QLabel(page);
    m_revertHint->setObjectName(QStringLiteral("bulkRevertHint"));
    m_revertHint->setTextFormat(Qt::PlainText);
    m_revertHint->setWordWrap(true);
    m_revertHint->hide();
    setReasonCodes({});
    connect(m_revertReason, &QComboBox::currentIndexChanged, this, [this] { updateRevertState(); });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_canRevert = false;
        updateRevertState();
        emit revertRequested(m_revertReason->currentData().toString());
    });
    m_close = new QPushButton(tr("&Close"), page);
    m_close->setObjectName(QStringLiteral("bulkClose"));
    m_close->setEnabled(false);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto *top = new QHBoxLayout;
    top->addWidget(m_progress, 1);
    top->addWidget(m_cancel);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_revert);
    bottom->addWidget(m_revertReason);
    bottom->addStretch(1);
    bottom->addWidget(m_close);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_runSummary);
    layout->addLayout(top);
    layout->addWidget(m_results, 2);
    layout->addWidget(m_conflictBox, 1);
    layout->addWidget(m_revertHint);
    layout->addLayout(bottom);
    return page;
}

void BulkChangeDialog::setPreview(const QString &targetStatus, const QString &reason, const QVector<PreviewRow> &rows)
{
    int changing = 0;
    int already = 0;
    m_previewTable->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const PreviewRow &row = rows.at(i);
        m_previewTable->setItem(i, 0, plainItem(row.agentName));
        auto *from = plainItem(m_labels.status(row.fromStatus));
        from->setIcon(IconLoader::status(row.fromStatus));
        m_previewTable->setItem(i, 1, from);
        const QString text = row.willChange ? tr("will change")
            : row.alreadyThere              ? tr("already there")
                                            : tr("refused: %1").arg(row.refusal);
        auto *verdict = plainItem(text);
        verdict->setIcon(IconLoader::action(
            row.willChange || row.alreadyThere ? QStringLiteral("success") : QStringLiteral("warning")));
        m_previewTable->setItem(i, 2, verdict);
        if (row.willChange)
            ++changing;
        if (row.alreadyThere)
            ++already;
    }
    m_previewTable->resizeColumnsToContents();
    QString summary = tr("%n agent(s) will change to %1", nullptr, changing).arg(m_labels.status(targetStatus));
    if (!reason.isEmpty())
        summary += tr(" (reason %1)").arg(reason);
    if (already > 0)
        summary += QStringLiteral("; ") + tr("%n already there.", nullptr, already);
    const int refused = int(rows.size()) - changing - already;
    if (refused > 0)
        summary += QStringLiteral("; ") + tr("%n refused by the rules.", nullptr, refused);
    m_previewSummary->setText(summary);
    m_confirm->setEnabled(changing > 0);
}

void BulkChangeDialog::showProgress(int done, int total)
{
    m_pages->setCurrentIndex(1);
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(done);
    m_runSummary->setText(tr("%1 of %2 done…").arg(done).arg(total));
}

void BulkChangeDialog::addResult(const ChangeResult &result)
{
    const int row = m_results->rowCount();
    m_results->insertRow(row);
    const StatusChange &change = result.write.change;
    m_results->setItem(row, 0, plainItem(change.agentName));
    m_results->setItem(row, 1, plainItem(m_labels.status(change.fromStatus)));
    m_results->setItem(row, 2, plainItem(m_labels.status(change.toStatus)));
    auto *outcome = plainItem(outcomeText(result));
    outcome->setIcon(IconLoader::action(result.inTarget() && !result.overConcurrentChange() ? QStringLiteral("success")
            : result.outcome == ChangeResult::Outcome::Failed                               ? QStringLiteral("error")
                                                              : QStringLiteral("warning")));
    m_results->setItem(row, 3, outcome);
}

void BulkChangeDialog::setReasonCodes(const QStringList &codes)
{
    m_revertReason->clear();
    m_revertReason->addItem(tr("(no reason)"), QString());
    for (const QString &code : codes)
        m_revertReason->addItem(code, code);
}

void BulkChangeDialog::setRevertNeedsReason(bool needed)
{
    m_revertNeedsReason = needed;
    updateRevertState();
}

// A revert is a change like any other: where the rules ask a reason for the way back, the lead gives
// one for the revert itself (the reason of the change it undoes is not reused).
void BulkChangeDialog::updateRevertState()
{
    const bool reasonMissing = m_revertNeedsReason && m_revertReason->currentData().toString().isEmpty();
    m_revert->setEnabled(m_canRevert && !reasonMissing);
    m_revertReason->setEnabled(m_canRevert);
    m_revertHint->setVisible(m_canRevert && reasonMissing);
    if (m_canRevert && reasonMissing)
        m_revertHint->setText(tr("The rules ask for a reason for the way back: pick the reason of the revert."));
}

int BulkChangeDialog::resultCount() const
{
    return m_results->rowCount();
}

QString BulkChangeDialog::outcomeText(const ChangeResult &result) const
{
    switch (result.outcome) {
    case ChangeResult::Outcome::Applied:
        return result.overConcurrentChange()
            ? tr("applied over a concurrent change (was %1)").arg(m_labels.status(result.overwritten.status))
            : tr("applied");
    case ChangeResult::Outcome::Unchanged:
        return tr("already there");
    case ChangeResult::Outcome::Rejected:
        return tr("refused: %1").arg(ChangeController::violationText(result.violations));
    case ChangeResult::Outcome::ConflictKeptTheirs:
        return tr("kept theirs");
    case ChangeResult::Outcome::Cancelled:
        return tr("cancelled");
    case ChangeResult::Outcome::Failed:
        return tr("failed: %1").arg(result.errorText());
    case ChangeResult::Outcome::Unknown:
        return tr("not known yet: %1").arg(result.errorText());
    }
    return {};
}

void BulkChangeDialog::showConflicts(const QVector<ChangeConflict> &conflicts, const QVector<ConflictVerdict> &verdicts)
{
    m_pendingConflicts = conflicts;
    m_conflicts->setRowCount(int(conflicts.size()));
    for (int i = 0; i < conflicts.size(); ++i) {
        const ChangeConflict &c = conflicts.at(i);
        const ConflictVerdict verdict = verdicts.value(i);
        m_conflicts->setItem(i, 0, plainItem(c.ours.agentName));
        m_conflicts->setItem(i, 1, plainItem(m_labels.status(c.theirs.status)));
        // Said only when an audit history knows it: the server does not tell who set a presence.
        m_conflicts->setItem(i, 2, plainItem(verdict.changedBy.isEmpty() ? tr("another client") : verdict.changedBy));
        m_conflicts->setCellWidget(i, 3, makeChoice(c, verdict));
    }
    m_conflicts->resizeColumnsToContents();
    m_runSummary->setText(tr("%n conflict(s) to review.", nullptr, int(conflicts.size())));
    m_conflictBox->show();
}

// Apply to latest is offered, and the default, only when the rules allow it from their status; a
// bulk change picks no reason per agent, so one the rules would ask for counts as missing.
QComboBox *BulkChangeDialog::makeChoice(const ChangeConflict &conflict, const ConflictVerdict &verdict)
{
    auto *choice = new QComboBox(m_conflicts);
    choice->setAccessibleName(tr("Choice for %1").arg(conflict.ours.agentName));
    choice->addItem(tr("Apply to latest"), int(Resolution::ApplyToLatest));
    choice->addItem(tr("Keep theirs"), int(Resolution::KeepTheirs));
    choice->addItem(tr("Cancel"), int(Resolution::Cancel));
    const bool canApply = verdict.allowed && verdict.reasonCodes.isEmpty();
    if (!canApply) {
        if (auto *items = qobject_cast<QStandardItemModel *>(choice->model()))
            items->item(0)->setEnabled(false);
    }
    QString why = verdict.text;
    if (verdict.allowed && !verdict.reasonCodes.isEmpty())
        why = tr("Apply to latest needs a reason here: change this agent on their own.");
    else if (why.isEmpty())
        why = tr("Not judged: Apply to latest is not offered.");
    choice->setToolTip(QStringLiteral("<p>") + why.toHtmlEscaped() + QStringLiteral("</p>"));
    choice->setProperty("canApply", canApply);
    choice->setProperty("verdict", why);
    choice->setCurrentIndex(canApply ? 0 : 1);
    return choice;
}

void BulkChangeDialog::showSummary(const BulkSummary &summary, bool canRevert)
{
    m_cancel->setEnabled(false);
    m_progress->setValue(m_progress->maximum());
    QString text = tr("%1 of %2 applied").arg(summary.applied).arg(summary.total);
    if (summary.unchanged)
        text += QStringLiteral(", ") + tr("%n already there", nullptr, summary.unchanged);
    if (summary.rejected)
        text += QStringLiteral(", ") + tr("%n refused", nullptr, summary.rejected);
    if (summary.conflictsKeptTheirs)
        text += QStringLiteral(", ") + tr("%n kept theirs", nullptr, summary.conflictsKeptTheirs);
    if (summary.cancelled)
        text += QStringLiteral(", ") + tr("%n cancelled", nullptr, summary.cancelled);
    if (summary.failed)
        text += QStringLiteral(", ") + tr("%n failed", nullptr, summary.failed);
    if (summary.unknown)
        text += QStringLiteral(", ") + tr("%1 not known yet (checked again at the next start)").arg(summary.unknown);
    m_runSummary->setText(text + QLatin1Char('.'));
    m_canRevert = canRevert;
    updateRevertState();
    m_close->setEnabled(true);
    m_close->setDefault(true);
}
