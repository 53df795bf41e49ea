// SPDX-License-Identifier: GPL-3.0-or-later
// How the console fits and flows: a laptop screen, banners that do not move the roster, grouped
// alerts, the Help menu, one console per audit history, and the keyboard and screen reader's walk.
#include "ConsoleRig.h"
#include "core/Translations.h"
#include "desktop/AlertNotifier.h"
#include "desktop/AlreadyOpenDialog.h"
#include "desktop/AppSettings.h"
#include "desktop/AuditKeyDialog.h"
#include "desktop/BulkChangeDialog.h"
#include "desktop/ChangeController.h"
#include "desktop/ChangeDialog.h"
#include "desktop/ConflictDialog.h"
#include "desktop/HelpDialog.h"
#include "desktop/InstanceGuard.h"
#include "desktop/MainWindow.h"
#include "desktop/MessageBar.h"
#include "desktop/MetricsPanel.h"
#include "desktop/OutageBanner.h"
#include "desktop/RosterView.h"
#include "desktop/SettingsDialog.h"
#include "models/AgentFilterProxyModel.h"
#include "models/AgentTableModel.h"
#include "service/AgentDirectory.h"
#include "service/BulkChange.h"
#include "service/Session.h"
#include "support/SimFixture.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

#include <functional>

namespace {

constexpr int kAgents = 40;

// Roles a screen reader's user operates: each must say what it is.
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::ProgressBar:
        return true;
    default:
        return false;
    }
}

// Every visible interactive object under `root` without a name, as "Role (objectName)".
void unnamed(QAccessibleInterface *iface, QStringList *missing, int *interactive, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 40 || iface->state().invisible)
        return;
    const QAccessible::Role role = iface->role();
    if (isInteractive(role)) {
        ++*interactive;
        if (iface->text(QAccessible::Name).trimmed().isEmpty()) {
            const QObject *object = iface->object();
            missing->append(QStringLiteral("%1 (%2 %3)")
                                .arg(int(role))
                                .arg(object ? QString::fromLatin1(object->metaObject()->className()) : QString(),
                                    object ? object->objectName() : QString()));
        }
    }
    // The cells of a table are the model's text, not widgets: the table's own name is what matters.
    if (role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        unnamed(iface->child(i), missing, interactive, depth + 1);
}

QStringList unnamedIn(QWidget *widget, int *interactive)
{
    QStringList missing;
    unnamed(QAccessible::queryAccessibleInterface(widget), &missing, interactive);
    return missing;
}

// Which of the window's panes holds the focus: "roster", a dock's objectName, "messageBar" or "".
QString paneOfFocus(MainWindow *window)
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return {};
    if (window->roster()->isAncestorOf(focus))
        return QStringLiteral("roster");
    for (QDockWidget *dock : {window->auditDock(), window->webhookDock(), window->metricsDock()}) {
        if (dock->isAncestorOf(focus))
            return dock->objectName();
    }
    if (window->messageBar()->isAncestorOf(focus))
        return QStringLiteral("messageBar");
    if (auto *tools = window->findChild<QToolBar *>(QStringLiteral("mainToolBar")); tools && tools->isAncestorOf(focus))
        return QStringLiteral("mainToolBar");
    return QStringLiteral("other:") + QString::fromLatin1(focus->metaObject()->className());
}

// Once a message box of that objectName runs its modal loop, calls `act` on it (once). The checks are the
// test's, after the loop: a failed check in here would leave the box open and the test waiting.
void onModal(const QString &objectName, const std::function<void(QMessageBox *)> &act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, objectName, act] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != objectName || !box->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        act(box);
    });
    timer->start();
}

// A language's catalogues (StatusDesk's and Qt's) and default locale, for as long as it lives.
class Catalogue
{
public:
    explicit Catalogue(const QLocale &locale)
        : m_locale(QLocale())
    {
        const QList<QTranslator *> before = qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
        Translations::install(qApp, {QStringLiteral("statusdesk")}, locale);
        for (QTranslator *translator : qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
            if (!before.contains(translator))
                m_installed << translator;
        }
        QLocale::setDefault(locale);
    }
    ~Catalogue()
    {
        for (QTranslator *translator : std::as_const(m_installed)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(m_locale);
    }
    Catalogue(const Catalogue &) = delete;
    Catalogue &operator=(const Catalogue &) = delete;

private:
    QLocale m_locale;
    QList<QTranslator *> m_installed;
};

} // namespace

class TestFlow : public QObject, public ConsoleRig
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fitsAt1024x700WithEveryPanel();
    void rosterNeedsNoSidewaysScrollAt1280();
    void longestWordsFitAt1024_data();
    void longestWordsFitAt1024();
    void bannersDoNotMoveTheRoster();
    void alertsAreGroupedAndRowsHighlighted();
    void metricsRedrawBetweenTheRostersTicks();
    void helpMenuNamesTheRealFiles();
    void bulkEstimateFollowsTheBudget();
    void secondConsoleOnOneAuditFileIsNoticed();
    void secondConsoleAsksBeforeBringingTheFirst();
    void everyInteractiveObjectIsNamed();
    void tabLeavesTheTablesAndF6ReachesEveryPanel();
    void dockTabsTellWhichIsSelectedAndFocused();
    void toolBarButtonsTakeTabFocus();
    void settingsTabOrderAndLabels();

private:
    bool openSignedIn() { return signIn(true, payrollSink(), 6000, 6000); }
};

void TestFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    for (const char *name : {"STATUSDESK_API_BASE", "GENESYS_CLIENT_ID", "GENESYS_CLIENT_SECRET", "WEBHOOK_ENDPOINT",
             "WEBHOOK_SECRET", "STATUSDESK_PROTOCOL"})
        qunsetenv(name);
}

void TestFlow::init()
{
    SimConfig config;
    config.agents = kAgents;
    QVERIFY(startRig(config));
}

void TestFlow::cleanup()
{
    stopRig();
}

void TestFlow::fitsAt1024x700WithEveryPanel()
{
    QVERIFY(openSignedIn());
    for (QDockWidget *dock : {m_window->auditDock(), m_window->webhookDock(), m_window->metricsDock()})
        dock->show();
    m_window->resize(1024, 700);
    QTRY_COMPARE(m_window->size(), QSize(1024, 700));
    QVERIFY2(
        m_window->minimumSizeHint().height() <= 700, qPrintable(QString::number(m_window->minimumSizeHint().height())));
    QVERIFY(m_window->minimumSizeHint().width() <= 1024);
    const QRect inside = m_window->rect();
    // The roster shows rows; the metrics panel and the (tabbed) audit and webhook panels are on screen.
    QTableView *table = m_window->roster()->table();
    QVERIFY2(table->viewport()->height() >= 5 * table->verticalHeader()->defaultSectionSize(),
        qPrintable(QString::number(table->viewport()->height())));
    for (QDockWidget *dock : {m_window->auditDock(), m_window->metricsDock()}) {
        QVERIFY2(dock->isVisible(), qPrintable(dock->objectName()));
        const QRect where(dock->mapTo(m_window, QPoint(0, 0)), dock->size());
        QVERIFY2(inside.contains(where), qPrintable(dock->objectName()));
        QVERIFY2(
            dock->widget()->height() >= dock->widget()->minimumSizeHint().height(), qPrintable(dock->objectName()));
    }
    // The webhook panel shares the audit panel's place: raising it shows it there.
    m_window->webhookDock()->raise();
    QTRY_VERIFY(m_window->webhookDock()->isVisible());
    QVERIFY(m_window->webhookDock()->widget()->height() > 0);
}

void TestFlow::rosterNeedsNoSidewaysScrollAt1280()
{
    QVERIFY(openSignedIn());
    m_window->metricsDock()->show();
    m_window->resize(1280, 800);
    QTRY_COMPARE(m_window->width(), 1280);
    QTableView *table = m_window->roster()->table();
    QTRY_VERIFY(table->viewport()->width() > 0);
    QTest::qWait(50);
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    // Every column is on screen, the last one included.
    const int last = table->horizontalHeader()->logicalIndexAt(table->viewport()->width() - 1);
    QCOMPARE(last, int(AgentTableModel::Freshness));
    // A wide window widens every column, not only the last one.
    const int nameAt1280 = table->columnWidth(AgentTableModel::Name);
    m_window->resize(1900, 1000);
    QTRY_COMPARE(m_window->width(), 1900);
    QTRY_VERIFY(table->columnWidth(AgentTableModel::Name) > nameAt1280);
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    // And narrow again: every column is back on screen at 1280.
    m_window->resize(1280, 800);
    QTRY_COMPARE(table->columnWidth(AgentTableModel::Name), nameAt1280);
    QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
}

void TestFlow::longestWordsFitAt1024_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France);
    QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany);
    QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates);
}

// French and German have the longest words. At 1024x700 with every panel shown: the roster does not
// scroll sideways, no status label is cut, every column header reads whole or offers its text as a
// tooltip, and the charts' titles wrap instead of being cut.
void TestFlow::longestWordsFitAt1024()
{
    QFETCH(QLocale, locale);
    const Catalogue catalogue(locale);
    delete m_window;
    m_window = new MainWindow(m_settings, m_secrets);
    m_window->setAskScopeOnSignIn(false);
    QVERIFY(openSignedIn());
    for (QDockWidget *dock : {m_window->auditDock(), m_window->webhookDock(), m_window->metricsDock()})
        dock->show();
    m_window->resize(1024, 700);
    QTRY_COMPARE(m_window->size(), QSize(1024, 700));
    QTableView *table = m_window->roster()->table();
    QHeaderView *header = table->horizontalHeader();
    if (locale.language() != QLocale::English) {
        QVERIFY(table->model()->headerData(AgentTableModel::TimeInStatus, Qt::Horizontal).toString()
            != QStringLiteral("Time in status"));
    }
    // The metrics panel gives the roster the room first: a third of the width at most, or as little as
    // its labels need whole.
    QDockWidget *metricsDock = m_window->metricsDock();
    QTRY_VERIFY2(metricsDock->width() <= qMax(1024 / 3 + 1, metricsDock->minimumSizeHint().width()),
        qPrintable(QString::number(metricsDock->width())));
    QTRY_VERIFY(table->viewport()->width() > 0);
    QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
    // Every status reads whole: its column is as wide as its widest cell asks.
    const int statusNeeds = static_cast<QAbstractItemView *>(table)->sizeHintForColumn(AgentTableModel::Presence);
    QVERIFY2(statusNeeds <= table->columnWidth(AgentTableModel::Presence),
        qPrintable(QStringLiteral("%1 > %2").arg(statusNeeds).arg(table->columnWidth(AgentTableModel::Presence))));

    // What the style leaves for a header's text: its margins, and the sort arrow in the sorted column.
    const QFontMetrics metrics = header->fontMetrics();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    QStringList cut;
    for (int section = 0; section < header->count(); ++section) {
        const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
        int room = header->sectionSize(section) - 2 * margin;
        if (section == header->sortIndicatorSection())
            room -= header->height() / 2 + 2 * margin;
        const int need = metrics.horizontalAdvance(text);
        qInfo("%s: \"%s\" needs %d of %d px", qPrintable(locale.name()), qPrintable(text), need, room);
        if (need <= room)
            continue;
        cut << text;
        QCOMPARE(header->model()->headerData(section, Qt::Horizontal, Qt::ToolTipRole).toString(), text);
    }
    // The columns a lead reads first always have their headers whole.
    for (const int column : {int(AgentTableModel::Name), int(AgentTableModel::Presence)}) {
        const QString text = header->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(!cut.contains(text), qPrintable(text));
    }
    qInfo("%s: %d of %d headers cut at 1024 px (roster %d px, metrics panel %d px)", qPrintable(locale.name()),
        int(cut.size()), header->count(), table->viewport()->width(), m_window->metricsDock()->width());

    // The distribution's labels are whole inside the panel, however long the words.
    auto *distribution = m_window->metricsPanel()->findChild<QChartView *>(QStringLiteral("metricsDistribution"));
    QVERIFY(distribution);
    QString outside;
    const auto labelsInside = [distribution, &outside] {
        int labels = 0;
        for (const QGraphicsItem *item : distribution->scene()->items()) {
            const auto *text = dynamic_cast<const QGraphicsTextItem *>(item);
            if (!text || !text->isVisible() || text->toPlainText().isEmpty())
                continue;
            ++labels;
            if (!distribution->sceneRect().contains(text->sceneBoundingRect())) {
                outside = text->toPlainText();
                return false;
            }
        }
        return labels > 3;
    };
    QTRY_VERIFY2(labelsInside(), qPrintable(outside));
    for (const char *name : {"metricsDistributionTitle", "metricsLatencyTitle"}) {
        auto *title = m_window->metricsPanel()->findChild<QLabel *>(QLatin1String(name));
        QVERIFY2(title && title->wordWrap() && title->isVisible(), name);
        QTRY_VERIFY2(title->height() >= title->heightForWidth(title->width()), name);
        for (const QString &word : title->text().split(QLatin1Char(' ')))
            QVERIFY2(title->fontMetrics().horizontalAdvance(word) <= title->contentsRect().width(), qPrintable(word));
    }
}

void TestFlow::bannersDoNotMoveTheRoster()
{
    QVERIFY(openSignedIn());
    m_window->resize(1024, 700);
    m_window->messageBar()->hideMessage();
    m_window->outageBanner()->hide();
    QTableView *table = m_window->roster()->table();
    table->selectRow(3);
    QTest::qWait(50);
    const QModelIndex row = table->model()->index(3, 0);
    const auto where = [&] {
        return QRect(
            table->viewport()->mapTo(m_window, table->visualRect(row).topLeft()), table->visualRect(row).size());
    };
    const QRect before = where();
    QVERIFY(before.isValid());
    m_window->messageBar()->showMessage(QStringLiteral("A long message that wraps over more than one line of the bar "
                                                       "because the lead must read all of it, and more, and more."),
        MessageBar::Level::Warning, QStringLiteral("&Retry"), QStringLiteral("retry"));
    QTest::qWait(50);
    QCOMPARE(where(), before);
    m_window->outageBanner()->show();
    QTest::qWait(50);
    QCOMPARE(where(), before);
    m_window->messageBar()->hideMessage();
    m_window->outageBanner()->hide();
    QTest::qWait(50);
    QCOMPARE(where(), before);
}

void TestFlow::alertsAreGroupedAndRowsHighlighted()
{
    const QString first = agentInTeam(QStringLiteral("Billing"));
    const QString second = agentInTeam(QStringLiteral("Billing"), 1);
    QVERIFY(first != second);
    setStatus(first, QStringLiteral("Meal"));
    setStatus(second, QStringLiteral("Meal"));
    QVERIFY(openSignedIn());
    AlertNotifier *alerts = m_window->alerts();
    alerts->setTrayEnabled(false);
    QSignalSpy grouped(alerts, &AlertNotifier::alertsGrouped);
    AgentDirectory *directory = m_window->session()->directory();
    for (const QString &id : {first, second}) {
        Agent older = m_window->agentModel()->agentAt(rowOf(id));
        older.statusSince = QDateTime::currentDateTimeUtc().addSecs(-5 * 60);
        directory->applyConfirmed(older);
    }
    const QMap<QString, int> thresholds {{QStringLiteral("Meal"), 1}};
    alerts->setThresholds(thresholds);
    m_window->agentModel()->setThresholds(thresholds);
    alerts->check();
    // One message for both, not two that replace each other.
    QCOMPARE(grouped.count(), 1);
    const QStringList ids = grouped.at(0).at(0).toStringList();
    QVERIFY(ids.contains(first) && ids.contains(second));
    const QString text = m_window->messageBar()->text();
    for (const QString &id : {first, second})
        QVERIFY2(text.contains(m_window->agentModel()->agentAt(rowOf(id)).name), qPrintable(text));
    // The same stays do not alert again.
    alerts->check();
    QCOMPARE(grouped.count(), 1);
    // The rows over their threshold say so, the others do not.
    AgentTableModel *model = m_window->agentModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, AgentTableModel::Name);
        const bool expected = ids.contains(index.data(AgentTableModel::AgentIdRole).toString());
        QCOMPARE(index.data(AgentTableModel::OverThresholdRole).toBool(), expected);
        // A NOT_RESPONDING row is tinted too (red), whatever its stay.
        QCOMPARE(index.data(Qt::BackgroundRole).isValid(),
            expected || index.data(AgentTableModel::NotRespondingRole).toBool());
    }
    // Six more over: the message counts them all and names the first four.
    QStringList more;
    for (int row = 0; row < model->rowCount() && more.size() < 6; ++row) {
        Agent agent = model->agentAt(row);
        if (ids.contains(agent.id))
            continue;
        agent.status = QStringLiteral("Meal");
        agent.statusSince = QDateTime::currentDateTimeUtc().addSecs(-3 * 60);
        directory->applyConfirmed(agent);
        more << agent.id;
    }
    QCOMPARE(more.size(), 6);
    alerts->check();
    QCOMPARE(grouped.count(), 2);
    const int total = int(ids.size()) + 6;
    QCOMPARE(grouped.at(1).at(0).toStringList().size(), total);
    const QString all = grouped.at(1).at(1).toString();
    QVERIFY2(all.startsWith(QStringLiteral("%1 agent").arg(total)), qPrintable(all));
    QVERIFY2(all.endsWith(QStringLiteral(" and %1 more.").arg(total - 4)), qPrintable(all));
    QCOMPARE(all.count(QStringLiteral(" min)")), 4);
}

// The distribution chart redraws halfway between two of the roster's once-a-second ticks, never in the
// same turn as the tick's repaint: with 10,000 rows the two together held the UI thread past a frame.
// Each change below is made at another moment of the second; each redraw it brings is 500 ms after a
// tick, give or take the timers' slack.
void TestFlow::metricsRedrawBetweenTheRostersTicks()
{
    QVERIFY(openSignedIn());
    m_window->metricsDock()->show();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->directory()->mode(), AgentDirectory::Mode::Push, kWait);
    auto *view = m_window->metricsPanel()->findChild<QChartView *>(QStringLiteral("metricsDistribution"));
    QVERIFY(view);
    const auto categories = [view] {
        auto *axis = qobject_cast<QBarCategoryAxis *>(view->chart()->axes(Qt::Vertical).value(0));
        return axis ? axis->categories() : QStringList();
    };
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = -1;
    connect(m_window->agentModel(), &AgentTableModel::ticked, this, [&] { lastTick = clock.elapsed(); });
    QList<qint64> phases; // ms from the last tick to each redraw
    QStringList shown = categories();
    QTimer watch;
    watch.setInterval(2);
    connect(&watch, &QTimer::timeout, this, [&] {
        const QStringList now = categories();
        if (now != shown && lastTick >= 0)
            phases.append(clock.elapsed() - lastTick);
        shown = now;
    });
    QTRY_VERIFY(lastTick >= 0);
    watch.start();
    const QStringList targets {
        QStringLiteral("Break"), QStringLiteral("Meal"), QStringLiteral("Meeting"), QStringLiteral("Training")};
    const QString id = agentInTeam(QStringLiteral("Support"));
    for (int i = 0; i < targets.size(); ++i) {
        QTest::qWait(230 + 170 * i); // a different point of the second each time
        const qsizetype before = phases.size();
        setStatus(id, targets.at(i));
        QTRY_VERIFY_WITH_TIMEOUT(phases.size() > before, 5000);
    }
    for (const qint64 phase : std::as_const(phases))
        QVERIFY2(phase >= 300 && phase <= 750, qPrintable(QStringLiteral("redrawn %1 ms after a tick").arg(phase)));
}

void TestFlow::helpMenuNamesTheRealFiles()
{
    QVERIFY(openSignedIn());
    auto *help = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
    QVERIFY(help);
    QStringList names;
    for (QAction *action : help->actions())
        names << action->objectName();
    for (const char *name : {"actionShortcuts", "actionFileLocations", "actionAbout"})
        QVERIFY2(names.contains(QLatin1String(name)), name);

    help->findChild<QAction *>(QStringLiteral("actionFileLocations"))->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("locationsDialog"))));
    QStringList shown;
    for (const QLabel *label : dialog->findChildren<QLabel *>(QStringLiteral("helpValue")))
        shown << label->text();
    // The very files this run uses, and they exist.
    const QString audit = m_window->session()->profile().effectiveAuditLocation();
    m_settings->setValue(AppSettings::Key::LastProfile, m_window->currentProfile().name);
    m_settings->sync();
    QVERIFY2(shown.contains(audit), qPrintable(shown.join(QLatin1Char('\n'))));
    QVERIFY(QFileInfo::exists(audit));
    QVERIFY2(shown.contains(m_settings->fileName()), qPrintable(shown.join(QLatin1Char('\n'))));
    QVERIFY(QFileInfo::exists(m_settings->fileName()));
    dialog->close();

    help->findChild<QAction *>(QStringLiteral("actionShortcuts"))->trigger();
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("shortcutsDialog"))));
    QStringList lines;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        lines << label->text();
    const QString all = lines.join(QLatin1Char('\n'));
    for (const QString &key : {QKeySequence(Qt::Key_F6).toString(QKeySequence::NativeText),
             QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText), QStringLiteral("Tab")})
        QVERIFY2(all.contains(key), qPrintable(key + QStringLiteral(" in ") + all));
    dialog->close();
}

void TestFlow::bulkEstimateFollowsTheBudget()
{
    // Genesys batches: 1000 agents read 50 a call (20) and PUT 500 a call (2): 22 requests.
    QCOMPARE(BulkChange::estimatedSeconds(1000, 500, 300, 0), 5); // 22 * 60 / 300 = 4.4 s, rounded up
    QCOMPARE(BulkChange::estimatedSeconds(1000, 500, 300, 100), 0); // all within this minute's budget
    // One write per agent: a compare read and a PUT each.
    QCOMPARE(BulkChange::estimatedSeconds(100, 20, 60, 10), 190);
    QCOMPARE(BulkChange::estimatedSeconds(0, 20, 60, 10), 0);
    QCOMPARE(BulkChange::estimatedSeconds(10, 20, 0, 0), 0);
}

void TestFlow::secondConsoleOnOneAuditFileIsNoticed()
{
    QTemporaryDir dir;
    const QString audit = dir.filePath(QStringLiteral("audit.sqlite"));
    // The first console runs on its own thread here, as it would in its own process.
    QThread thread;
    auto *first = new InstanceGuard(audit);
    first->moveToThread(&thread);
    connect(&thread, &QThread::finished, first, &QObject::deleteLater);
    thread.start();
    bool claimed = false;
    QMetaObject::invokeMethod(
        first, [&] { claimed = first->claim(); }, Qt::BlockingQueuedConnection);
    QVERIFY(claimed);
    QSignalSpy raised(first, &InstanceGuard::raiseRequested);

    InstanceGuard second(audit);
    QCOMPARE(second.serverName(), first->serverName());
    QVERIFY(!second.claim());
    QVERIFY(second.askToRaise());
    QTRY_COMPARE(raised.count(), 1);
    // Another audit file is another history.
    InstanceGuard other(dir.filePath(QStringLiteral("other.sqlite")));
    QVERIFY(other.claim());
    thread.quit();
    thread.wait();
    // Once the first has gone, the next copy takes over.
    InstanceGuard next(audit);
    QVERIFY(next.claim());
}

void TestFlow::secondConsoleAsksBeforeBringingTheFirst()
{
    QTemporaryDir dir;
    // Markup in the path is shown as it is.
    const QString audit = dir.filePath(QStringLiteral("<b>audit</b>.sqlite"));
    QThread thread;
    auto *first = new InstanceGuard(audit);
    first->moveToThread(&thread);
    connect(&thread, &QThread::finished, first, &QObject::deleteLater);
    thread.start();
    bool claimed = false;
    QMetaObject::invokeMethod(
        first, [&] { claimed = first->claim(); }, Qt::BlockingQueuedConnection);
    QVERIFY(claimed);
    QSignalSpy raised(first, &InstanceGuard::raiseRequested);
    InstanceGuard second(audit);
    QVERIFY(!second.claim());

    // What the second copy says and offers; "Bring to front" brings the first.
    QString title;
    QString text;
    Qt::TextFormat format = Qt::AutoText;
    QStringList buttons;
    QString defaultButton;
    QString escapeButton;
    onModal(QStringLiteral("alreadyOpenDialog"), [&](QMessageBox *box) {
        title = box->windowTitle();
        text = box->text();
        format = box->textFormat();
        for (const QAbstractButton *button : box->buttons())
            buttons << button->text();
        defaultButton = box->defaultButton() ? box->defaultButton()->text() : QString();
        escapeButton = box->escapeButton() ? box->escapeButton()->text() : QString();
        box->findChild<QPushButton *>(QStringLiteral("alreadyOpenFront"))->click();
    });
    {
        AlreadyOpenDialog dialog(second, audit);
        QCOMPARE(dialog.run(), AlreadyOpenDialog::Outcome::BroughtToFront);
    }
    QCOMPARE(title, QStringLiteral("StatusDesk is already open"));
    QVERIFY2(text.contains(audit), qPrintable(text));
    QCOMPARE(format, Qt::PlainText);
    buttons.sort();
    QCOMPARE(buttons, QStringList({QStringLiteral("&Bring to front"), QStringLiteral("&Quit")}));
    QCOMPARE(defaultButton, QStringLiteral("&Bring to front"));
    QCOMPARE(escapeButton, QStringLiteral("&Quit"));
    QTRY_COMPARE(raised.count(), 1);

    // Escape is Quit: the first copy is not asked (asking is the only way to NoAnswer or BroughtToFront).
    onModal(QStringLiteral("alreadyOpenDialog"), [](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Escape); });
    {
        AlreadyOpenDialog dialog(second, audit);
        QCOMPARE(dialog.run(), AlreadyOpenDialog::Outcome::Quit);
    }
    QCOMPARE(raised.count(), 1);
    thread.quit();
    thread.wait();

    // The copy holding the history does not answer (here: nobody listens on its name): the lead is told.
    InstanceGuard silent(dir.filePath(QStringLiteral("silent.sqlite")));
    QString warning;
    onModal(QStringLiteral("alreadyOpenDialog"),
        [](QMessageBox *box) { box->findChild<QPushButton *>(QStringLiteral("alreadyOpenFront"))->click(); });
    onModal(QStringLiteral("alreadyOpenNoAnswer"), [&](QMessageBox *box) {
        warning = box->text();
        box->button(QMessageBox::Ok)->click();
    });
    AlreadyOpenDialog dialog(silent, dir.filePath(QStringLiteral("silent.sqlite")));
    QCOMPARE(dialog.run(), AlreadyOpenDialog::Outcome::NoAnswer);
    QVERIFY2(warning.contains(QStringLiteral("did not answer")), qPrintable(warning));
}

void TestFlow::everyInteractiveObjectIsNamed()
{
    QVERIFY(openSignedIn());
    for (QDockWidget *dock : {m_window->auditDock(), m_window->webhookDock(), m_window->metricsDock()})
        dock->show();
    // Before any message carries an action, and with one.
    m_window->messageBar()->showMessage(QStringLiteral("Plain"), MessageBar::Level::Information);
    int interactive = 0;
    QStringList missing = unnamedIn(m_window, &interactive);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("main window: ") + missing.join(QStringLiteral(", "))));
    QVERIFY2(interactive >= 20, qPrintable(QString::number(interactive)));
    // The search icon in the filter field and the message bar's button are named.
    QAccessibleInterface *combo
        = QAccessible::queryAccessibleInterface(m_window->roster()->findChild<QWidget *>(QStringLiteral("rosterTeam")));
    // On Linux a combo box's name is its value; its label comes from the "labelled by" relation, so
    // that a screen reader says "Team: All teams".
    QVERIFY(combo->text(QAccessible::Value).contains(QStringLiteral("All teams")));
    QStringList labels;
    for (const auto &relation : combo->relations(QAccessible::Label))
        labels << relation.first->text(QAccessible::Name);
    QVERIFY2(labels.contains(QStringLiteral("Team:")), qPrintable(labels.join(QLatin1Char(','))));
    QVERIFY(!m_window->messageBar()
                 ->findChild<QPushButton *>(QStringLiteral("messageBarAction"))
                 ->accessibleName()
                 .isEmpty());

    const auto check = [](QWidget *dialog, const char *what) {
        dialog->show();
        QTest::qWait(20);
        int count = 0;
        const QStringList gaps = unnamedIn(dialog, &count);
        QVERIFY2(
            gaps.isEmpty(), qPrintable(QLatin1String(what) + QStringLiteral(": ") + gaps.join(QStringLiteral(", "))));
        QVERIFY2(count > 0, what);
    };
    const QStringList ids = {agentInTeam(QStringLiteral("Billing")), agentInTeam(QStringLiteral("Billing"), 1)};
    ChangeDialog *change = openChangeDialog({ids.first()});
    QVERIFY(change);
    check(change, "change dialog");
    change->close();

    // Two agents: the bulk preview.
    ChangeDialog *many = openChangeDialog(ids);
    QVERIFY(many);
    QVERIFY(many->selectTarget(QStringLiteral("OnQueue")) || many->selectTarget(QStringLiteral("Available")));
    QTest::mouseClick(many->findChild<QPushButton *>(QStringLiteral("changeDialogApply")), Qt::LeftButton);
    QTRY_VERIFY(m_window->changes()->bulkDialog());
    check(m_window->changes()->bulkDialog(), "bulk dialog");
    m_window->changes()->bulkDialog()->close();

    ConflictDialog conflictDialog(m_window);
    ChangeConflict conflict;
    const Agent agent = m_window->agentModel()->agentAt(rowOf(ids.first()));
    conflict.ours = StatusChange::fromAgent(agent, QStringLiteral("Break"), QString());
    conflict.theirs = agent;
    conflict.theirs.status = QStringLiteral("Meeting");
    ConflictVerdict verdict;
    verdict.allowed = true;
    verdict.text = QStringLiteral("Break is allowed from Meeting.");
    conflictDialog.setConflict(conflict, m_window->agentModel()->statusLabels(), verdict);
    check(&conflictDialog, "conflict dialog");

    SettingsDialog settings(m_window);
    settings.setProfile(m_window->currentProfile());
    check(&settings, "settings dialog");
    AuditKeyDialog auditKey(
        m_window->auditKeys(), m_window->currentProfile().profile.effectiveAuditLocation(), m_window);
    check(&auditKey, "audit key dialog");
    QTRY_VERIFY(!auditKey.isBusy());

    check(HelpDialog::shortcuts(m_window->findChildren<QAction *>(), m_window), "shortcuts");
    check(HelpDialog::locations(m_window->fileLocations(), m_window), "file locations");
    check(HelpDialog::about(m_window), "about");
}

void TestFlow::tabLeavesTheTablesAndF6ReachesEveryPanel()
{
    QVERIFY(openSignedIn());
    for (QDockWidget *dock : {m_window->auditDock(), m_window->webhookDock(), m_window->metricsDock()})
        dock->show();
    m_window->messageBar()->hideMessage();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->roster()->focusFilter();
    QTRY_VERIFY(m_window->roster()->filterEdit()->hasFocus());

    // Tab: into the roster's table, then out of it again.
    QTableView *table = m_window->roster()->table();
    bool inTable = false;
    bool leftTable = false;
    QSet<QString> tabbed;
    for (int i = 0; i < 80 && !leftTable; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (table->hasFocus())
            inTable = true;
        else if (inTable)
            leftTable = true;
        tabbed << paneOfFocus(m_window);
    }
    QVERIFY(inTable);
    QVERIFY2(leftTable, "Tab is trapped in the roster");

    // F6 from the filter: the roster, then every panel, and round again.
    m_window->roster()->focusFilter();
    QSet<QString> reached;
    for (int i = 0; i < 8; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        reached << paneOfFocus(m_window);
    }
    for (const char *pane : {"roster", "auditDock", "webhookDock", "metricsDock"})
        QVERIFY2(
            reached.contains(QLatin1String(pane)), qPrintable(QStringList(reached.values()).join(QLatin1Char(','))));
    // Shift+F6 goes back.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QVERIFY(!paneOfFocus(m_window).isEmpty());
    // Tab leaves a panel's table too.
    const QString before = paneOfFocus(m_window);
    QWidget *start = QApplication::focusWidget();
    bool moved = false;
    for (int i = 0; i < 40 && !moved; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        moved = paneOfFocus(m_window) != before;
    }
    QVERIFY2(moved, qPrintable(before + QStringLiteral(" traps Tab from ") + start->objectName()));
}

// The tabbed audit and webhook docks: the raised tab is the selected one, and focused only with the focus.
void TestFlow::dockTabsTellWhichIsSelectedAndFocused()
{
    QVERIFY(openSignedIn());
    for (QDockWidget *dock : {m_window->auditDock(), m_window->webhookDock(), m_window->metricsDock()})
        dock->show();
    m_window->auditDock()->raise();
    m_window->messageBar()->hideMessage();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    const QString auditTitle = m_window->auditDock()->windowTitle();
    const QString webhookTitle = m_window->webhookDock()->windowTitle();
    QTabBar *tabs = nullptr;
    for (QTabBar *bar : m_window->findChildren<QTabBar *>()) {
        QStringList texts;
        for (int i = 0; i < bar->count(); ++i)
            texts << bar->tabText(i);
        if (bar->isVisible() && texts.contains(auditTitle) && texts.contains(webhookTitle))
            tabs = bar;
    }
    QVERIFY(tabs);
    QAccessibleInterface *bar = QAccessible::queryAccessibleInterface(tabs);
    QCOMPARE(bar->role(), QAccessible::PageTabList);
    const auto tab = [bar](const QString &name) -> QAccessibleInterface * {
        for (int i = 0; i < bar->childCount(); ++i) {
            QAccessibleInterface *child = bar->child(i);
            if (child && child->role() == QAccessible::PageTab && child->text(QAccessible::Name) == name)
                return child;
        }
        return nullptr;
    };
    QAccessibleInterface *audit = tab(auditTitle);
    QAccessibleInterface *webhooks = tab(webhookTitle);
    QVERIFY(audit && webhooks);
    QCOMPARE(audit->parent(), bar);
    QCOMPARE(bar->child(bar->indexOfChild(audit)), audit);

    // The focus is in the roster: the audit tab is selected, and no tab is focused.
    m_window->roster()->focusFilter();
    QTRY_VERIFY(m_window->roster()->filterEdit()->hasFocus());
    QVERIFY(audit->state().selectable && webhooks->state().selectable);
    QVERIFY(audit->state().selected);
    QVERIFY(!webhooks->state().selected);
    QVERIFY(!audit->state().focused);
    QVERIFY(!webhooks->state().focused);

    // Tab reaches the tab bar: the selected tab is then the focused one.
    for (int i = 0; i < 80 && !tabs->hasFocus(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY2(tabs->hasFocus(), "Tab does not reach the docks' tabs");
    QVERIFY(audit->state().focused);
    QVERIFY(!webhooks->state().focused);
    QCOMPARE(bar->focusChild(), audit);

    // An arrow key raises the next tab: selection and focus move with it.
    QTest::keyClick(tabs, Qt::Key_Right);
    QTRY_VERIFY(m_window->webhookDock()->isVisible());
    QVERIFY(webhooks->state().selected && webhooks->state().focused);
    QVERIFY(!audit->state().selected && !audit->state().focused);
    QCOMPARE(bar->focusChild(), webhooks);

    // A screen reader's "press" raises a tab too.
    QVERIFY(audit->actionInterface());
    audit->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QTRY_VERIFY(m_window->auditDock()->isVisible());
    QVERIFY(audit->state().selected && !webhooks->state().selected);
}

// The toolbar's buttons are on the Tab path (just before the filter), and Space presses them.
void TestFlow::toolBarButtonsTakeTabFocus()
{
    QVERIFY(openSignedIn());
    for (QDockWidget *dock : {m_window->auditDock(), m_window->webhookDock(), m_window->metricsDock()})
        dock->show();
    m_window->messageBar()->hideMessage();
    m_window->resize(1024, 700);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    auto *tools = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(tools);
    QList<QToolButton *> buttons;
    for (QAction *action : tools->actions()) {
        auto *button = qobject_cast<QToolButton *>(tools->widgetForAction(action));
        if (button && button->isVisible())
            buttons << button;
    }
    // Change status, Reload, the three panels and Settings: all on screen at 1024 px.
    QCOMPARE(buttons.size(), 6);
    QLineEdit *filter = m_window->roster()->filterEdit();
    m_window->roster()->focusFilter();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClick(filter, Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), buttons.last());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), filter);

    // Tab from the filter, round the window, reaches every button.
    QSet<QToolButton *> reached;
    for (int i = 0; i < 200 && reached.size() < buttons.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (auto *button = qobject_cast<QToolButton *>(QApplication::focusWidget()); buttons.contains(button))
            reached << button;
    }
    QCOMPARE(reached.size(), buttons.size());

    auto *metrics = qobject_cast<QToolButton *>(tools->widgetForAction(m_window->metricsDock()->toggleViewAction()));
    QVERIFY(metrics);
    metrics->setFocus(Qt::TabFocusReason);
    QTest::keyClick(metrics, Qt::Key_Space);
    QTRY_VERIFY(!m_window->metricsDock()->isVisible());
    QTest::keyClick(metrics, Qt::Key_Space);
    QTRY_VERIFY(m_window->metricsDock()->isVisible());
}

void TestFlow::settingsTabOrderAndLabels()
{
    SettingsDialog dialog;
    dialog.setProfile(AppSettings::demoProfile({}));
    dialog.show();
    auto *rules = dialog.findChild<QLineEdit *>(QStringLiteral("settingsRulesFile"));
    auto *browse = dialog.findChild<QPushButton *>(QStringLiteral("settingsRulesBrowse"));
    QVERIFY(rules && browse);
    QCOMPARE(rules->nextInFocusChain(), browse);
    // "&Rules file:" is a mnemonic with a buddy, not a literal ampersand.
    bool labelled = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text() == QStringLiteral("&Rules file:"))
            labelled = label->buddy() == rules;
    }
    QVERIFY(labelled);
    auto *address = dialog.findChild<QLineEdit *>(QStringLiteral("settingsWebhookUrl"));
    QVERIFY(address->width()
        >= address->fontMetrics().horizontalAdvance(QStringLiteral("https://payroll.example.org/hooks/status")));
}

QTEST_MAIN(TestFlow)
#include "tst_flow.moc"
