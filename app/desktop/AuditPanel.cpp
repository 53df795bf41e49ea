// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/AuditPanel.h"

#include "audit/AuditEntry.h"
#include "audit/AuditQuery.h"
#include "audit/AuditStore.h"
#include "audit/AuditVerifyResult.h"
#include "desktop/IconLoader.h"
#include "models/AuditStoreReader.h"
#include "models/AuditTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

namespace {

// Enough rows to scroll through a shift; older ones are reached with the filters.
constexpr int kPageSize = 500;
// Typing in a filter reloads once the lead pauses this long.
constexpr int kReloadDelayMs = 250;
// The range filter starts at the last shift: 8 hours back to an hour ahead.
constexpr int kRangeBackSeconds = 8 * 3600;
constexpr int kRangeAheadSeconds = 3600;
constexpr int kDetailsMinimumWidth = 320;
constexpr int kBusyBarMaximumWidth = 160;
constexpr int kRowPadding = 6;

} // namespace

AuditPanel::AuditPanel(QWidget *parent)
    : QWidget(parent)
    , m_useRange(new QCheckBox(tr("&From"), this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_agent(new QLineEdit(this))
    , m_supervisor(new QLineEdit(this))
    , m_outcome(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_model(new AuditTableModel(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
    , m_verdict(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_reload(new QTimer(this))
{
    setObjectName(QStringLiteral("auditPanel"));
    m_useRange->setObjectName(QStringLiteral("auditUseRange"));
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_from->setAccessibleName(tr("From"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_to->setAccessibleName(tr("To"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setEnabled(false);
    }
    m_from->setDateTime(QDateTime::currentDateTime().addSecs(-kRangeBackSeconds));
    m_to->setDateTime(QDateTime::currentDateTime().addSecs(kRangeAheadSeconds));
    m_agent->setObjectName(QStringLiteral("auditAgent"));
    m_agent->setPlaceholderText(tr("Agent"));
    m_agent->setAccessibleName(tr("Agent"));
    m_supervisor->setObjectName(QStringLiteral("auditSupervisor"));
    m_supervisor->setPlaceholderText(tr("Supervisor"));
    m_supervisor->setAccessibleName(tr("Supervisor"));
    m_outcome->setObjectName(QStringLiteral("auditOutcome"));
    m_outcome->setAccessibleName(tr("Outcome"));
    // The longest outcome label would widen the panel past a 1024 px window; the popup shows it whole.
    m_outcome->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_outcome->setMinimumContentsLength(14);
    m_outcome->addItem(tr("Any outcome"), QString());
    for (const QString &outcome : AuditOutcome::all())
        m_outcome->addItem(AuditOutcome::label(outcome), outcome);
    m_text->setObjectName(QStringLiteral("auditText"));
    m_text->setPlaceholderText(tr("Text"));
    m_text->setAccessibleName(tr("Text"));
    m_text->setClearButtonEnabled(true);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit history"));
    m_table->setModel(m_model);
    m_table->setColumnHidden(AuditTableModel::CorrelationId, true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + kRowPadding);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_count->setTextFormat(Qt::PlainText);
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setAccessibleName(tr("Entry details"));
    m_details->setReadOnly(true);
    m_details->setFont(QFont(QStringLiteral("monospace")));
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setMinimumWidth(kDetailsMinimumWidth);
    m_verdict->setObjectName(QStringLiteral("auditVerdict"));
    m_verdict->setTextFormat(Qt::PlainText);

    // Verifying or exporting a large log takes seconds: it runs on a worker thread behind a busy bar.
    m_busy->setObjectName(QStringLiteral("auditBusy"));
    m_busy->setAccessibleName(tr("Audit work in progress"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(kBusyBarMaximumWidth);
    m_busy->hide();
    auto *verify = new QPushButton(IconLoader::action(QStringLiteral("verify")), tr("&Verify chain"), this);
    verify->setObjectName(QStringLiteral("auditVerify"));
    auto *jsonl = new QPushButton(IconLoader::action(QStringLiteral("export")), tr("Export &JSONL…"), this);
    jsonl->setObjectName(QStringLiteral("auditExportJsonl"));
    auto *csv = new QPushButton(IconLoader::action(QStringLiteral("export")), tr("Export &CSV…"), this);
    csv->setObjectName(QStringLiteral("auditExportCsv"));
    m_verifyButton = verify;
    m_jsonlButton = jsonl;
    m_csvButton = csv;
    connect(&m_job, &QFutureWatcher<QString>::finished, this, [this] {
        m_verdictPending = false;
        setBusy(false);
        m_verdict->setText(m_job.result());
        if (m_lastVerify) {
            showVerifyResult(*m_lastVerify);
            m_lastVerify.reset();
        }
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_useRange);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_agent, 1);
    filters->addWidget(m_supervisor, 1);
    filters->addWidget(m_outcome);
    filters->addWidget(m_text, 2);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_count);
    actions->addWidget(m_verdict, 1);
    actions->addWidget(m_busy);
    actions->addWidget(verify);
    actions->addWidget(jsonl);
    actions->addWidget(csv);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addLayout(actions);

    m_reload->setSingleShot(true);
    m_reload->setInterval(kReloadDelayMs);
    connect(m_reload, &QTimer::timeout, this, &AuditPanel::reload);
    connect(m_useRange, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        scheduleReload();
    });
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &AuditPanel::scheduleReload);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &AuditPanel::scheduleReload);
    for (QLineEdit *edit : {m_agent, m_supervisor, m_text})
        connect(edit, &QLineEdit::textChanged, this, &AuditPanel::scheduleReload);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &AuditPanel::scheduleReload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AuditPanel::onSelectionChanged);
    // A page read anew (filters changed, or more entries came than a shift explains) keeps the entry
    // the lead chose; rows added on top keep it by themselves.
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPanel::followSelectedEntry);
    connect(m_model, &AuditTableModel::refreshed, this, [this] {
        m_count->setText(matchCountText());
        if (!m_model->lastError().isEmpty())
            m_verdict->setText(tr("The audit history could not be read: %1").arg(m_model->lastError()));
        if (m_selectedId == 0 && m_model->rowCount() > 0)
            m_table->selectRow(0);
        if (m_model->rowCount() > 0)
            m_table->resizeColumnsToContents();
    });
    connect(verify, &QPushButton::clicked, this, &AuditPanel::verifyChain);
    connect(jsonl, &QPushButton::clicked, this, [this] { exportDialog(QStringLiteral("jsonl")); });
    connect(csv, &QPushButton::clicked, this, [this] { exportDialog(QStringLiteral("csv")); });
}

void AuditPanel::attach(AuditStore *store)
{
    // A running job keeps the work source it was given; the next job clones the new store.
    m_workSource.reset();
    m_model->setReader(nullptr);
    m_model->setStore(nullptr);
    m_reader.reset();
    m_countTicket = 0;
    m_store = store;
    m_selectedId = 0;
    m_details->clear();
    m_verdict->clear();
    if (store) {
        // Opened on the reader's thread: the pages asked for meanwhile wait for it there.
        m_reader = std::make_unique<AuditStoreReader>(*store);
        m_model->setReader(m_reader.get());
        connect(m_reader.get(), &AuditStoreReader::exportCountsRead, this,
            [this](quint64 ticket, qint64 matching, qint64 all) {
                if (ticket == m_countTicket)
                    confirmExport(m_countFormat, matching, all);
            });
        connect(m_reader.get(), &AuditStoreReader::openFailed, this, [this](const QString &error) {
            m_verdict->setText(tr("The audit history could not be read: %1").arg(error));
        });
        m_model->setQuery(currentQuery());
        m_model->setStore(store);
    }
}

void AuditPanel::setStatusLabels(const StatusLabels &labels)
{
    m_model->setStatusLabels(labels);
}

void AuditPanel::setAgentNameFunction(std::function<QString(const QString &agentId)> agentName)
{
    m_model->setAgentNameFunction(std::move(agentName));
}

QString AuditPanel::shortTime(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    if (local.date() == QDate::currentDate())
        return local.toString(QStringLiteral("HH:mm:ss"));
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void AuditPanel::scheduleReload()
{
    if (!m_reload->isActive())
        m_reload->start();
}

AuditQuery AuditPanel::currentQuery() const
{
    AuditQuery q;
    if (m_useRange->isChecked()) {
        q.from = m_from->dateTime().toUTC();
        q.to = m_to->dateTime().toUTC();
    }
    q.agent = m_agent->text().trimmed();
    q.supervisor = m_supervisor->text().trimmed();
    q.outcome = m_outcome->currentData().toString();
    q.text = m_text->text().trimmed();
    q.limit = kPageSize;
    return q;
}

void AuditPanel::reload()
{
    m_reload->stop();
    m_model->setQuery(currentQuery());
}

bool AuditPanel::isLoading() const
{
    return m_model->isLoading() || m_reload->isActive();
}

int AuditPanel::entryCount() const
{
    return m_model->rowCount();
}

QVector<AuditEntry> AuditPanel::entries() const
{
    QVector<AuditEntry> page;
    for (int row = 0; row < m_model->rowCount(); ++row)
        page << m_model->entryAt(row);
    return page;
}

QString AuditPanel::matchCountText() const
{
    if (!m_store)
        return QString();
    if (!m_model->totalCountIsExact())
        return tr("more than %n entry(s)", nullptr, int(m_model->countCap()));
    return tr("%n entry(s)", nullptr, int(m_model->totalCount()));
}

bool AuditPanel::selectEntry(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

void AuditPanel::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    // A reset empties the selection on its way: the entry chosen stays chosen until the lead picks another.
    if (rows.isEmpty())
        return;
    m_selectedId = rows.constFirst().data(AuditTableModel::EntryIdRole).toLongLong();
    showDetails();
}

void AuditPanel::followSelectedEntry()
{
    if (m_selectedId == 0)
        return;
    if (selectEntry(m_selectedId))
        return;
    // The entry left the list (the filters exclude it): no row stands for it, and no details either.
    m_table->clearSelection();
    m_details->setPlainText(tr("The selected entry is not in the list any more."));
}

void AuditPanel::showDetails()
{
    const int row = m_model->rowOfId(m_selectedId);
    if (row < 0) {
        m_details->clear();
        return;
    }
    m_details->setPlainText(
        QString::fromUtf8(QJsonDocument(m_model->entryAt(row).toJson()).toJson(QJsonDocument::Indented)));
}

void AuditPanel::verifyChain()
{
    if (!m_store) {
        m_verdict->setText(tr("Sign in to verify the audit history."));
        return;
    }
    auto outcome = std::make_shared<AuditVerifyResult>();
    m_lastVerify = outcome;
    runInBackground(tr("Verifying the audit chain…"), [outcome](AuditStore &clone) {
        const AuditVerifyResult result = clone.verify();
        *outcome = result;
        if (result.ok)
            return tr("Chain intact: %n entry(s) checked.", nullptr, int(result.entriesChecked));
        return tr("Chain broken at entry %1 (%2): %3")
            .arg(result.firstBadId)
            .arg(AuditVerifyResult::problemName(result.problem), result.message);
    });
}

// A broken chain must not pass unnoticed: the verdict turns into a red banner naming the entry and
// the kind of break, and the entry is selected when the table holds it.
void AuditPanel::showVerifyResult(const AuditVerifyResult &result)
{
    if (result.ok || result.problem == AuditVerifyResult::Problem::None)
        return;
    m_verdict->setStyleSheet(QStringLiteral("QLabel { background: #b00020; color: white; font-weight: bold; "
                                            "padding: 6px; border-radius: 3px; }"));
    m_verdict->setText(tr("THE AUDIT CHAIN IS BROKEN at entry %1 (%2): %3")
                           .arg(result.firstBadId)
                           .arg(AuditVerifyResult::problemName(result.problem), result.message));
    selectEntry(result.firstBadId);
}

void AuditPanel::runInBackground(const QString &busyText, std::function<QString(AuditStore &clone)> work)
{
    if (!m_store || m_job.isRunning())
        return;
    QString error;
    const std::shared_ptr<const AuditStore> source = workSource(&error);
    if (!source) {
        m_verdict->setText(error);
        return;
    }
    setBusy(true, busyText);
    m_verdictPending = true;
    m_job.setFuture(QtConcurrent::run([source, work] {
        QString error;
        std::unique_ptr<AuditStore> clone = source->openClone(&error);
        return clone ? work(*clone) : error;
    }));
}

// The job never reads m_store: signing out deletes that store with its session while the job may
// still be opening its clone. The job clones a store of our own instead, which lives as long as a job
// holds it and is deleted on this thread, which opened its connection. (QSqlDatabase clones a
// connection by name from any thread.)
std::shared_ptr<const AuditStore> AuditPanel::workSource(QString *error)
{
    if (m_workSource)
        return m_workSource;
    std::unique_ptr<AuditStore> clone = m_store->openClone(error);
    if (!clone)
        return nullptr;
    m_workSource.reset(clone.release(), [](AuditStore *store) {
        if (store->thread() == QThread::currentThread())
            delete store;
        else
            store->deleteLater();
    });
    return m_workSource;
}

void AuditPanel::setBusy(bool busy, const QString &text)
{
    m_busy->setVisible(busy);
    for (QPushButton *button : {m_verifyButton, m_jsonlButton, m_csvButton})
        button->setEnabled(!busy);
    m_verdict->setStyleSheet(QString());
    if (busy)
        m_verdict->setText(text);
}

// Busy until the verdict is shown: the job's future ends on its thread a moment before the watcher's
// finished() reaches this one.
bool AuditPanel::isBusy() const
{
    return m_verdictPending || m_job.isRunning();
}

// A job still running goes on with its own clone; its verdict is dropped with the watcher.
AuditPanel::~AuditPanel() = default;

bool AuditPanel::writeExport(
    AuditStore &store, const QString &path, const QString &format, const AuditQuery &query, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const bool ok = format == QLatin1String("csv") ? store.exportCsv(&file, query, error)
                                                   : store.exportJsonLines(&file, query, error);
    if (!ok) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void AuditPanel::startExport(const QString &path, const QString &format)
{
    const AuditQuery query = currentQuery();
    runInBackground(tr("Exporting the audit history…"), [path, format, query](AuditStore &clone) {
        QString error;
        if (writeExport(clone, path, format, query, &error))
            return tr("Exported to %1.").arg(path);
        return tr("Export failed: %1").arg(error);
    });
}

bool AuditPanel::exportTo(const QString &path, const QString &format, QString *error) const
{
    if (!m_store) {
        if (error)
            *error = tr("Not signed in.");
        return false;
    }
    return writeExport(*m_store, path, format, currentQuery(), error);
}

QString AuditPanel::exportCountText(qint64 matching, qint64 all)
{
    // The plural follows the whole: "1 of 199 entries".
    return tr("%1 of %n entry(s)", nullptr, int(qMin<qint64>(all, std::numeric_limits<int>::max())))
        .arg(QLocale().toString(matching));
}

// The export writes what the filters select, not the whole log: the lead is told how much first.
void AuditPanel::exportDialog(const QString &format)
{
    if (!m_store) {
        m_verdict->setText(tr("Sign in to export the audit history."));
        return;
    }
    m_countFormat = format;
    if (!m_reader->openError().isEmpty()) {
        m_verdict->setText(tr("The audit history could not be read: %1").arg(m_reader->openError()));
        return;
    }
    m_countTicket = m_reader->readExportCounts(currentQuery()); // a store attached has its reader
}

void AuditPanel::confirmExport(const QString &format, qint64 matching, qint64 all)
{
    m_countTicket = 0;
    if (m_confirm)
        m_confirm->close();
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Export the audit history"),
        tr("Export %1?").arg(exportCountText(matching, all)), QMessageBox::Cancel, this);
    m_confirm->setObjectName(QStringLiteral("auditExportConfirmation"));
    m_confirm->setTextFormat(Qt::PlainText);
    m_confirm->setInformativeText(matching == all ? tr("No filter is set: the whole history is written.")
                                                  : tr("The export writes the entries the filters above select."));
    QPushButton *proceed = m_confirm->addButton(tr("&Choose a file…"), QMessageBox::AcceptRole);
    proceed->setObjectName(QStringLiteral("auditExportProceed"));
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(proceed, &QPushButton::clicked, this, [this, format] { chooseExportFile(format); });
    m_confirm->open();
}

void AuditPanel::chooseExportFile(const QString &format)
{
    const bool csv = format == QLatin1String("csv");
    auto *dialog = new QFileDialog(
        this, tr("Export the audit history"), QString(), csv ? tr("CSV (*.csv)") : tr("JSON Lines (*.jsonl)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("jsonl"));
    connect(
        dialog, &QFileDialog::fileSelected, this, [this, format](const QString &path) { startExport(path, format); });
    dialog->open();
}
