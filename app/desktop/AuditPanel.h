// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditEntry.h"
#include "audit/AuditVerifyResult.h"
#include "models/StatusLabels.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QVector>
#include <QWidget>

#include <functional>
#include <memory>

class AuditStore;
struct AuditQuery;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

// The audit history: filters (time range, agent, supervisor, outcome, text), the newest entries, the
// details of the selected one, *Verify chain* and export to JSON Lines or CSV.
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
    const QVector<AuditEntry> &entries() const { return m_entries; }
    // Selects the entry with this id when the table shows it; false when it does not.
    bool selectEntry(qint64 id);

private:
    void scheduleReload();
    void showDetails();
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
    QTableWidget *m_table;
    QPlainTextEdit *m_details;
    QLabel *m_verdict;
    QProgressBar *m_busy;
    bool m_verdictPending = false; // a job runs, or its verdict has not been shown yet
    QPushButton *m_verifyButton;
    QPushButton *m_jsonlButton;
    QPushButton *m_csvButton;
    QFutureWatcher<QString> m_job;
    QTimer *m_reload;
    QVector<AuditEntry> m_entries;
    // A clone of m_store opened on this thread, which the jobs clone on theirs; each job holds it.
    std::shared_ptr<AuditStore> m_workSource;
    StatusLabels m_labels;
    std::function<QString(const QString &agentId)> m_agentName;
};
