// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/DayLogEntry.h"

#include <QDate>
#include <QFile>
#include <QString>

#include <memory>

// The statuses and scheduled activities the console saw, one JSON Lines file per local day
// (YYYY-MM-DD.jsonl) in a "daylog" folder beside the audit file: a restart keeps the morning, and the
// CLI, which watches no events, reads what the console saw. Appends only; a line that cannot be read
// (a torn last line after a crash, an edit) is skipped and counted, never fatal.
class DayLog
{
public:
    // The largest day file read (a day of 10,000 agents changing every few minutes fits well below).
    static constexpr qint64 MaxFileBytes = 256LL * 1024 * 1024;

    explicit DayLog(const QString &folder);
    ~DayLog();

    // The folder beside an audit location: the SQLite file's folder, or the data folder for PostgreSQL.
    static QString folderBeside(const QString &auditLocation);
    QString folder() const { return m_folder; }
    QString fileFor(const QDate &day) const; // local day

    // Appends to the file of the entry's local day (the folder is made when missing).
    bool append(const DayLogEntry &entry, QString *error = nullptr);
    // Appends in order, one write per day file; returns how many entries reached a file (all of them, or
    // those before the first that could not be written, with *error set).
    int append(const DayLogEntries &entries, QString *error = nullptr);
    // Every entry of a local day in the order written; *skipped counts unreadable lines.
    DayLogEntries read(const QDate &day, QString *error = nullptr, int *skipped = nullptr) const;

private:
    bool openFor(const QDate &day, QString *error);
    bool writeLines(const QByteArray &lines, QString *error);

    QString m_folder;
    QDate m_openDay;
    std::unique_ptr<QFile> m_file;
};
