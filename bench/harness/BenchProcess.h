// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>

class QProcess;
#include <QString>
#include <QStringList>

// One child process timed from its start to its exit (a CLI run, an SDK run, curl), its output kept.
// Blocking: benchmarks run their clients one after another, never alongside each other.
class BenchProcess
{
public:
    struct Result
    {
        bool started = false;
        bool finished = false; // false: it ran over its time and was killed
        int exitCode = -1;
        double seconds = 0; // start to exit
        double markSeconds = -1; // start to the first stdout line containing the mark (-1: never)
        QByteArray out;
        QByteArray err;
        bool ok() const { return started && finished && exitCode == 0; }
    };

    BenchProcess(const QString &program, const QStringList &arguments);

    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    void setWorkingDirectory(const QString &directory) { m_directory = directory; }
    // Also time the first line of stdout that contains `mark` (the moment a window was painted).
    void setMark(const QByteArray &mark) { m_mark = mark; }
    Result run(int timeoutMs = 600000) const;

    // The program next to this benchmark (build/bin), or the name for a PATH look-up.
    static QString sibling(const QString &name);
    // The full path of a program on PATH; empty when there is none.
    static QString onPath(const QString &name);
    // What a failed run said, for the benchmark's own error message.
    static QString describe(const QString &what, const Result &result);
    // Children of a benchmark die with it (SIGKILL when it goes), so that an interrupted or timed-out
    // benchmark leaves no simulator or client running.
    static void dieWithParent(QProcess *process);

private:
    QString m_program;
    QStringList m_arguments;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QString m_directory;
    QByteArray m_mark;
};
