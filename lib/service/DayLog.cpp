// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/DayLog.h"

#include "audit/AuditStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DayLog", text);
}

} // namespace

DayLog::DayLog(const QString &folder)
    : m_folder(folder)
{
}

DayLog::~DayLog() = default;

QString DayLog::folderBeside(const QString &auditLocation)
{
    const bool database = AuditStore::isPostgresLocation(auditLocation);
    const QString base = database || auditLocation.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : QFileInfo(auditLocation).absolutePath();
    return QDir(base).filePath(QStringLiteral("daylog"));
}

QString DayLog::fileFor(const QDate &day) const
{
    return QDir(m_folder).filePath(day.toString(Qt::ISODate) + QStringLiteral(".jsonl"));
}

bool DayLog::openFor(const QDate &day, QString *error)
{
    if (m_file && m_openDay == day)
        return true;
    m_file.reset();
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = tr("Cannot make the day log folder %1.").arg(m_folder);
        return false;
    }
    auto file = std::make_unique<QFile>(fileFor(day));
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = tr("Cannot write the day log %1: %2").arg(file->fileName(), file->errorString());
        return false;
    }
    m_file = std::move(file);
    m_openDay = day;
    return true;
}

bool DayLog::append(const DayLogEntry &entry, QString *error)
{
    return append(DayLogEntries {entry}, error) == 1;
}

int DayLog::append(const DayLogEntries &entries, QString *error)
{
    int done = 0;
    while (done < entries.size()) {
        const QDate day = entries.at(done).time.toLocalTime().date();
        QByteArray lines;
        int end = done;
        for (; end < entries.size(); ++end) {
            const DayLogEntry &e = entries.at(end);
            if (end > done && e.time.toLocalTime().date() != day)
                break;
            lines += QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + '\n';
        }
        if (!openFor(day, error) || !writeLines(lines, error))
            return done;
        done = end;
    }
    return done;
}

bool DayLog::writeLines(const QByteArray &lines, QString *error)
{
    if (m_file->write(lines) != lines.size() || !m_file->flush()) {
        if (error)
            *error = tr("Cannot write the day log %1: %2").arg(m_file->fileName(), m_file->errorString());
        m_file.reset();
        return false;
    }
    return true;
}

DayLogEntries DayLog::read(const QDate &day, QString *error, int *skipped) const
{
    DayLogEntries out;
    if (skipped)
        *skipped = 0;
    QFile file(fileFor(day));
    if (!file.exists())
        return out;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the day log %1: %2").arg(file.fileName(), file.errorString());
        return out;
    }
    if (file.size() > MaxFileBytes) {
        if (error)
            *error = tr("The day log %1 is larger than %2 MB; it is not read.")
                         .arg(file.fileName())
                         .arg(MaxFileBytes / (1024 * 1024));
        return out;
    }
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        DayLogEntry entry;
        if (DayLogEntry::fromJson(QJsonDocument::fromJson(line).object(), &entry))
            out.append(entry);
        else if (skipped)
            ++*skipped;
    }
    return out;
}
