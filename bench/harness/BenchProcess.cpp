// SPDX-License-Identifier: GPL-3.0-or-later
#include "harness/BenchProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <csignal>
#include <sys/prctl.h>

BenchProcess::BenchProcess(const QString &program, const QStringList &arguments)
    : m_program(program)
    , m_arguments(arguments)
{
}

BenchProcess::Result BenchProcess::run(int timeoutMs) const
{
    Result result;
    QProcess process;
    process.setProcessEnvironment(m_environment);
    if (!m_directory.isEmpty())
        process.setWorkingDirectory(m_directory);
    dieWithParent(&process);
    QElapsedTimer clock;
    clock.start();
    process.start(m_program, m_arguments);
    if (!process.waitForStarted(30000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    result.started = true;
    QByteArray pending; // stdout not yet searched for the mark, from the last line start on
    while (process.state() != QProcess::NotRunning && clock.elapsed() < timeoutMs) {
        process.waitForReadyRead(50);
        const QByteArray chunk = process.readAllStandardOutput();
        result.out += chunk;
        result.err += process.readAllStandardError();
        if (!m_mark.isEmpty() && result.markSeconds < 0) {
            pending += chunk;
            if (pending.contains(m_mark))
                result.markSeconds = double(clock.nsecsElapsed()) / 1e9;
            const qsizetype lastLine = pending.lastIndexOf('\n');
            if (lastLine >= 0)
                pending = pending.mid(lastLine + 1);
        }
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        result.seconds = double(clock.nsecsElapsed()) / 1e9;
        return result;
    }
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    result.out += process.readAllStandardOutput();
    result.err += process.readAllStandardError();
    if (!m_mark.isEmpty() && result.markSeconds < 0 && result.out.contains(m_mark))
        result.markSeconds = result.seconds; // it came with the last read
    result.finished = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = result.finished ? process.exitCode() : -1;
    return result;
}

QString BenchProcess::sibling(const QString &name)
{
    const QString path = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    return QFileInfo(path).isExecutable() ? path : name;
}

QString BenchProcess::onPath(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

QString BenchProcess::describe(const QString &what, const Result &result)
{
    if (!result.started)
        return QStringLiteral("%1 did not start: %2").arg(what, QString::fromUtf8(result.err));
    if (!result.finished)
        return QStringLiteral("%1 did not finish in time").arg(what);
    return QStringLiteral("%1 exited %2: %3")
        .arg(what)
        .arg(result.exitCode)
        .arg(QString::fromUtf8(result.err.right(600)));
}

void BenchProcess::dieWithParent(QProcess *process)
{
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}
