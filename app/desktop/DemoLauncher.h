// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>

class QProcess;
class QTimer;

// Starts the statusdesk-sim executable that sits next to statusdesk as a child process on a free
// port, reads "listening on http://127.0.0.1:PORT" from its first output line and reports the URL.
// The simulator is never linked into the console. Stops the child when destroyed.
class DemoLauncher : public QObject
{
    Q_OBJECT
public:
    explicit DemoLauncher(QObject *parent = nullptr);
    ~DemoLauncher() override;

    // Extra simulator arguments (e.g. {"--agents", "250"}) before start().
    void setArguments(const QStringList &arguments);
    void start();
    void stop();
    QUrl url() const { return m_url; }
    static QString simulatorPath();

signals:
    void started(const QUrl &url);
    void failed(const QString &message);

private:
    void readOutput();

    QProcess *m_process;
    QTimer *m_timeout;
    QStringList m_arguments;
    QByteArray m_buffer;
    QUrl m_url;
};
