// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/ScreenshotTour.h"

#include "desktop/ChangeController.h"
#include "desktop/ChangeDialog.h"
#include "desktop/ConflictDialog.h"
#include "desktop/DesktopLogging.h"
#include "desktop/MainWindow.h"
#include "desktop/QueuePanel.h"
#include "desktop/RosterView.h"
#include "desktop/TimelinePanel.h"
#include "models/AgentFilterProxyModel.h"
#include "models/AgentTableModel.h"
#include "models/QueueMembershipModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

namespace {

// Long enough for the roster to tick and pushes, changes and webhooks to arrive.
constexpr int kSettleMs = 2500;
// Long enough for a window or dialog to be laid out and painted before it is grabbed.
constexpr int kStepMs = 700;
constexpr int kDialogPaintMs = 500;
// A third of the window's height shows a few entries and their details.
constexpr int kAuditDockShare = 3;
// How long ago "they" changed the agent in the pictured conflict.
constexpr int kConflictAgeSeconds = 95;
// Agents tried for the queue panel's picture: the rows this near a NOT_RESPONDING one, then this many
// of the first rows.
constexpr int kQueueNeighbours = 3;
constexpr int kQueueCandidates = 12;

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow *window, const QString &directory, const Options &options)
    : QObject(window)
    , m_window(window)
    , m_dir(directory)
    , m_options(options)
{
    if (options.dark)
        QApplication::setPalette(darkPalette());
    m_dir.mkpath(QStringLiteral("."));
    connect(window, &MainWindow::sessionReady, this, &ScreenshotTour::run);
    connect(window, &MainWindow::sessionFailed, this, [](const QString &message) {
        qCWarning(lcDesktop) << "screenshot tour: the session failed:" << message;
        QApplication::exit(1);
    });
}

QPalette ScreenshotTour::darkPalette()
{
    QPalette dark;
    const QColor window(0x2b, 0x2b, 0x2e);
    const QColor base(0x1e, 0x1e, 0x20);
    const QColor text(0xe8, 0xe8, 0xea);
    const QColor disabled(0x80, 0x80, 0x84);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x29));
    dark.setColor(QPalette::ToolTipBase, base);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, disabled);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, window);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    dark.setColor(QPalette::Light, QColor(0x3a, 0x3a, 0x3e));
    dark.setColor(QPalette::Midlight, QColor(0x33, 0x33, 0x36));
    dark.setColor(QPalette::Mid, QColor(0x24, 0x24, 0x27));
    dark.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    dark.setColor(QPalette::Shadow, Qt::black);
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x6f, 0xa8, 0xff));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, disabled);
    return dark;
}

void ScreenshotTour::run()
{
    // Let the roster tick and the first pushes arrive, so the picture looks like a working day.
    QTimer::singleShot(kSettleMs, this, [this] { step(0); });
}

void ScreenshotTour::applyFirstTarget(ChangeDialog *dialog)
{
    // A real change, so that the audit and webhook panels have something to show.
    auto *targets = dialog->findChild<QListWidget *>(QStringLiteral("changeDialogTargets"));
    auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("changeDialogReason"));
    auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("changeDialogApply"));
    for (int row = 0; targets && row < targets->count(); ++row) {
        if (!(targets->item(row)->flags() & Qt::ItemIsEnabled))
            continue;
        targets->setCurrentRow(row);
        if (!apply->isEnabled() && reason->count() > 1)
            reason->setCurrentIndex(1);
        if (apply->isEnabled()) {
            apply->click();
            return;
        }
    }
    dialog->close();
}

void ScreenshotTour::grab(QWidget *widget, const QString &name)
{
    const QString path = m_dir.filePath(name + m_options.suffix + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        qCWarning(lcDesktop) << "screenshot tour: cannot write" << path;
}

void ScreenshotTour::step(int index)
{
    RosterView *roster = m_window->roster();
    const auto next = [this, index] { QTimer::singleShot(kStepMs, this, [this, index] { step(index + 1); }); };
    switch (index) {
    case 0:
        m_window->resize(m_options.size);
        // Every panel in the picture: the audit and webhook panels tabbed below, metrics beside.
        for (QDockWidget *dock : {m_window->auditDock(), m_window->webhookDock(), m_window->metricsDock()})
            dock->show();
        m_window->auditDock()->raise();
        // The roster keeps most of the height: the panels below take what they took at the first start.
        m_window->resizeDocks({m_window->auditDock()}, {m_options.size.height() * 3 / 10}, Qt::Vertical);
        roster->table()->selectRow(2);
        roster->table()->setFocus();
        next();
        return;
    case 1:
        grab(m_window, QStringLiteral("main-window"));
        m_window->changes()->requestChange(roster->selectedAgentIds());
        next();
        return;
    case 2:
        if (ChangeDialog *dialog = m_window->changes()->changeDialog()) {
            grab(dialog, QStringLiteral("change-dialog"));
            applyFirstTarget(dialog);
        }
        if (!m_options.suffix.isEmpty()) {
            QTimer::singleShot(kSettleMs, this, [] { QApplication::quit(); });
            return;
        }
        // Let the change reach the audit history and the webhook sink before the panels are grabbed.
        QTimer::singleShot(kSettleMs, this, [this, index] { step(index + 1); });
        return;
    case 3: {
        // The conflict dialog with a real agent of the roster; "theirs" is what the roster shows now.
        const QModelIndex first = roster->proxy()->index(2, 0);
        const Agent &agent = m_window->agentModel()->agentAt(roster->proxy()->mapToSource(first).row());
        ChangeConflict conflict;
        Agent seen = agent;
        seen.status = QStringLiteral("Available");
        conflict.ours = StatusChange::fromAgent(seen, QStringLiteral("Break"), QStringLiteral("Coffee"));
        conflict.theirs.id = agent.id;
        conflict.theirs.status = QStringLiteral("Meeting");
        conflict.theirs.reason = QStringLiteral("Team huddle");
        conflict.theirs.statusSince = QDateTime::currentDateTimeUtc().addSecs(-kConflictAgeSeconds);
        conflict.theirs.changedBy = QStringLiteral("M. Chen");
        auto *dialog = new ConflictDialog(m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        ConflictVerdict verdict;
        verdict.allowed = true;
        verdict.text = tr("Break is allowed from Meeting; 1 of 2 Break places is free.");
        verdict.changedBy = QStringLiteral("M. Chen");
        dialog->setConflict(conflict, m_window->agentModel()->statusLabels(), verdict);
        dialog->show();
        QTimer::singleShot(kDialogPaintMs, this, [this, dialog, next] {
            grab(dialog, QStringLiteral("conflict-dialog"));
            dialog->close();
            next();
        });
        return;
    }
    case 4:
        for (QDockWidget *dock : {m_window->auditDock(), m_window->webhookDock(), m_window->metricsDock()}) {
            dock->show();
            dock->raise();
        }
        m_window->auditDock()->raise();
        m_window->resizeDocks({m_window->auditDock()}, {m_window->height() / kAuditDockShare}, Qt::Vertical);
        next();
        return;
    case 5:
        grab(m_window->auditDock(), QStringLiteral("audit-panel"));
        m_window->webhookDock()->raise();
        next();
        return;
    case 6:
        grab(m_window->webhookDock(), QStringLiteral("webhook-panel"));
        grab(m_window->metricsDock(), QStringLiteral("metrics-panel"));
        // The whole scope's day so far, the scheduled activities above the statuses.
        m_window->timelineDock()->show();
        m_window->timelineDock()->raise();
        m_window->timelinePanel()->setShow(TimelinePanel::Show::Scope);
        m_window->timelinePanel()->reload();
        QTimer::singleShot(kSettleMs, this, [this, index] { step(index + 1); });
        return;
    case 7:
        grab(m_window->timelineDock(), QStringLiteral("timeline-panel"));
        grab(m_window, QStringLiteral("main-window-adherence"));
        // The queue panel of an agent whose routing status is NOT_RESPONDING (the row tinted red), one
        // with several memberships when the roster has such an agent.
        m_window->timelineDock()->hide();
        m_window->queueDock()->show();
        m_window->queueDock()->raise();
        m_queueCandidates = queueCandidates();
        tryQueueCandidate(0);
        return;
    default:
        return;
    }
}

// Roster rows to select, each with the row to keep in view: those next to a NOT_RESPONDING row first (so
// that its red row is in the picture too), nearest first, then the first rows of the roster.
QList<QPair<int, int>> ScreenshotTour::queueCandidates() const
{
    QList<QPair<int, int>> candidates;
    const RosterView *roster = m_window->roster();
    const int rows = roster->proxy()->rowCount();
    for (int row = 0; row < rows; ++row) {
        if (!roster->proxy()->index(row, 0).data(AgentTableModel::NotRespondingRole).toBool())
            continue;
        for (int step = 0; step <= 2 * kQueueNeighbours; ++step) {
            const int near = row + (step % 2 == 0 ? step / 2 : -(step + 1) / 2);
            if (near >= 0 && near < rows)
                candidates.append({near, row});
        }
    }
    for (int row = 0; row < rows && row < kQueueCandidates; ++row)
        candidates.append({row, row});
    return candidates;
}

// Selects one candidate and waits for the panel's read; grabs once it shows several memberships (or the
// candidates are used up).
void ScreenshotTour::tryQueueCandidate(int candidate)
{
    RosterView *roster = m_window->roster();
    if (candidate >= m_queueCandidates.size()) {
        grabQueues();
        return;
    }
    const auto [row, anchor] = m_queueCandidates.at(candidate);
    roster->table()->selectRow(row);
    roster->table()->scrollTo(roster->proxy()->index(anchor, 0), QAbstractItemView::PositionAtCenter);
    QTimer::singleShot(kSettleMs, this, [this, candidate] {
        if (m_window->queuePanel()->model()->rowCount() >= 2)
            grabQueues();
        else
            tryQueueCandidate(candidate + 1);
    });
}

void ScreenshotTour::grabQueues()
{
    grab(m_window->queueDock(), QStringLiteral("queue-panel"));
    grab(m_window, QStringLiteral("main-window-queues"));
    qCInfo(lcDesktop) << "screenshot tour: written to" << m_dir.absolutePath();
    QApplication::quit();
}
