// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditEntry.h"
#include "audit/AuditVerifyResult.h"
#include "models/StatusLabels.h"

#include <QFutureWatcher>
#include <QMessageBox>
#include <QPointer>
#include <QVector>
#include <QWidget>

#include <functional>
#include <memory>

class AuditStore;
class AuditStoreReader;
class AuditTableModel;
struct AuditQuery;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

// The audit history: filters (time range, agent, supervisor, outcome, text), the newest entries, the
// details of the selected one, *Verify chain* and export to JSON Lines or CSV. Sits on an
// AuditTableModel read by an AuditStoreReader off the UI thread; the details follow the selected entry
// by its id while new entries arrive and the filters change.
class AuditPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPanel(QWidget *parent = nullptr);
    ~AuditPanel() override;

    // nullptr: signed out. Never waits for a running verification or export: that one works on its
    // own clone and may finish after the store it came from is gone.
    void attach(AuditStore *store);
    // Status keys in the UI language.
    void setStatusLabels(const StatusLabels &labels);
    // Agent ids as names, for entries written without one.
    void setAgentNameFunction(std::function<QString(const QString &agentId)> agentName);
    // Today's entries show the time only, older ones the date too.
    static QString shortTime(const QDateTime &time);
    void reload();
    // Writes the filtered history; false with a reason on error. format: "jsonl" or "csv".
    bool exportTo(const QString &path, const QString &format, QString *error) const;
    // The same on a worker thread (a large log takes seconds); the verdict line says how it went.
    void startExport(const QString &path, const QString &format);
    bool isBusy() const;
    int entryCount() const;
    QVector<AuditEntry> entries() const; // the page shown, newest first
    // Matching entries over all pages, up to the model's cap ("1000+" beyond it).
    QString matchCountText() const;
    bool isLoading() const;
    QTableView *table() const { return m_table; }
    AuditTableModel *model() const { return m_model; }
    qint64 selectedEntryId() const { return m_selectedId; }
    bool selectEntry(qint64 id);
    // The question asked before an export (how many of all entries it writes), while it is open.
    QMessageBox *exportConfirmation() const { return m_confirm; }
    // "2 of 199 entries".
    static QString exportCountText(qint64 matching, qint64 all);

private:
    void scheduleReload();
    void showDetails();
    void onSelectionChanged();
    void followSelectedEntry();
    void confirmExport(const QString &format, qint64 matching, qint64 all);
    void chooseExportFile(const QString &format);
    void verifyChain();
    void showVerifyResult(const AuditVerifyResult &result);
    void exportDialog(const QString &format);
    AuditQuery currentQuery() const;
    // Runs work on a clone of the store on a worker thread, then done on this thread with its message.
    void runInBackground(const QString &busyText, std::function<QString(AuditStore &clone)> work);
    void setBusy(bool busy, const QString &text = QString());
    std::shared_ptr<const AuditStore> workSource(QString *error);
    static bool writeExport(
        AuditStore &store, const QString &path, const QString &format, const AuditQuery &query, QString *error);

    QPointer<AuditStore> m_store;
    std::shared_ptr<AuditVerifyResult> m_lastVerify; // the running verification's result
    QCheckBox *m_useRange;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLineEdit *m_agent;
    QLineEdit *m_supervisor;
    QComboBox *m_outcome;
    QLineEdit *m_text;
    AuditTableModel *m_model;
    QTableView *m_table;
    QLabel *m_count;
    QPlainTextEdit *m_details;
    QLabel *m_verdict;
    QProgressBar *m_busy;
    bool m_verdictPending = false; // a job runs, or its verdict has not been shown yet
    QPushButton *m_verifyButton;
    QPushButton *m_jsonlButton;
    QPushButton *m_csvButton;
    QFutureWatcher<QString> m_job;
    QTimer *m_reload;
    std::unique_ptr<AuditStoreReader> m_reader;
    qint64 m_selectedId = 0; // the entry the details show; 0: none chosen yet
    quint64 m_countTicket = 0;
    QString m_countFormat;
    QPointer<QMessageBox> m_confirm;
    // A clone of m_store opened on this thread, which the jobs clone on theirs; each job holds it.
    std::shared_ptr<AuditStore> m_workSource;
};
