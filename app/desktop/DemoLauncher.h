// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>

class Clock;
class ClockTimer;
class QProcess;

// Starts the statusdesk-sim executable that sits next to statusdesk as a child process on a free
// port, reads "listening on http://127.0.0.1:PORT" from its first output line and reports the URL.
// The simulator is never linked into the console. Nothing here waits on the caller's thread.
class DemoLauncher : public QObject
{
    Q_OBJECT
public:
    // How long the simulator may take to report its address.
    static constexpr int kStartTimeoutMs = 15000;
    // How long stop() lets the simulator end on its own before it is killed.
    static constexpr int kKillAfterMs = 3000;
    // After a kill, how long the destructor waits for the system to end the child (it cannot refuse).
    static constexpr int kReapAfterKillMs = 1000;

    // clock: the one the timeouts run on (the real one when null).
    explicit DemoLauncher(QObject *parent = nullptr, Clock *clock = nullptr);
    // Kills a child that stop() has not ended yet (see there).
    ~DemoLauncher() override;

    // Where the demo organisation's webhooks go: the simulator's "payroll" sink.
    static QUrl webhookSinkUrl(const QUrl &simulatorUrl);

    // Extra simulator arguments (e.g. {"--agents", "250"}) before start().
    void setArguments(const QStringList &arguments);
    void start();
    // Asks the simulator to end and returns at once; kills it kKillAfterMs later if it is still
    // there. stopped() follows once it is gone (never inside this call). A stopped launcher reports
    // neither started() nor failed() any more.
    void stop();
    bool isRunning() const;
    qint64 processId() const; // 0 when no child runs
    QUrl url() const { return m_url; }
    static QString simulatorPath();

signals:
    void started(const QUrl &url);
    void failed(const QString &message);
    void stopped();

private:
    void readOutput();
    void onFinished(int exitCode);

    QProcess *m_process;
    ClockTimer *m_startTimeout;
    ClockTimer *m_killTimer;
    QStringList m_arguments;
    QByteArray m_buffer;
    QUrl m_url;
    bool m_stopping = false;
};
