// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/DemoLauncher.h"

#include "core/Clock.h"
#include "core/ClockTimer.h"
#include "desktop/DesktopLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

// The simulator records what is posted here (docs/simulator.md, "webhook sinks").
const QString kWebhookSinkPath = QStringLiteral("/sim/webhooks/payroll");

} // namespace

DemoLauncher::DemoLauncher(QObject *parent, Clock *clock)
    : QObject(parent)
    , m_process(new QProcess(this))
    , m_startTimeout(new ClockTimer(Clock::orSystem(clock), this))
    , m_killTimer(new ClockTimer(Clock::orSystem(clock), this))
{
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &DemoLauncher::readOutput);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        if (m_url.isEmpty() && !m_stopping)
            emit failed(tr("The simulator could not be started: %1").arg(m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, &DemoLauncher::onFinished);
    m_startTimeout->setSingleShot(true);
    m_startTimeout->setInterval(kStartTimeoutMs);
    connect(m_startTimeout, &ClockTimer::timeout, this, [this] {
        emit failed(tr("The simulator did not report its address in time."));
        stop();
    });
    m_killTimer->setSingleShot(true);
    m_killTimer->setInterval(kKillAfterMs);
    connect(m_killTimer, &ClockTimer::timeout, this, [this] {
        qCWarning(lcDesktop) << "the simulator did not end in" << kKillAfterMs << "ms; killing it";
        m_process->kill();
    });
}

// The console is closing with the simulator still there: no time is left for it to end on its
// own. SIGKILL cannot be refused, so the wait that follows (QProcess's destructor would do the same)
// lasts only until the system has ended the child.
DemoLauncher::~DemoLauncher()
{
    if (m_process->state() == QProcess::NotRunning)
        return;
    m_process->disconnect(this); // nothing is reported from a launcher being destroyed
    m_process->kill();
    m_process->waitForFinished(kReapAfterKillMs);
}

QUrl DemoLauncher::webhookSinkUrl(const QUrl &simulatorUrl)
{
    return simulatorUrl.resolved(QUrl(kWebhookSinkPath));
}

void DemoLauncher::setArguments(const QStringList &arguments)
{
    m_arguments = arguments;
}

QString DemoLauncher::simulatorPath()
{
    const QString nextToUs = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("statusdesk-sim"));
    if (QFileInfo(nextToUs).isExecutable())
        return nextToUs;
    // Tests run from their own folder: the build's bin folder is given to them.
    const QString binDir = qEnvironmentVariable("STATUSDESK_BIN_DIR");
    if (!binDir.isEmpty()) {
        const QString built = QDir(binDir).filePath(QStringLiteral("statusdesk-sim"));
        if (QFileInfo(built).isExecutable())
            return built;
    }
    return QStandardPaths::findExecutable(QStringLiteral("statusdesk-sim"));
}

void DemoLauncher::start()
{
    const QString program = simulatorPath();
    if (program.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { emit failed(tr("The simulator (statusdesk-sim) is not installed next to StatusDesk.")); },
            Qt::QueuedConnection);
        return;
    }
    m_url.clear();
    m_buffer.clear();
    m_stopping = false;
    m_startTimeout->start();
    m_process->start(program, QStringList {QStringLiteral("--port"), QStringLiteral("0")} + m_arguments);
}

void DemoLauncher::stop()
{
    m_startTimeout->stop();
    if (m_process->state() == QProcess::NotRunning) {
        QMetaObject::invokeMethod(
            this, [this] { emit stopped(); }, Qt::QueuedConnection);
        return;
    }
    if (m_stopping)
        return; // already asked; the kill timer runs
    m_stopping = true;
    m_process->terminate();
    m_killTimer->start();
}

bool DemoLauncher::isRunning() const
{
    return m_process->state() != QProcess::NotRunning;
}

qint64 DemoLauncher::processId() const
{
    return m_process->processId();
}

void DemoLauncher::onFinished(int exitCode)
{
    m_killTimer->stop();
    if (m_stopping) {
        emit stopped();
        return;
    }
    if (m_url.isEmpty())
        emit failed(tr("The simulator stopped before it was ready (exit code %1).").arg(exitCode));
}

void DemoLauncher::readOutput()
{
    m_buffer += m_process->readAllStandardOutput();
    if (!m_url.isEmpty() || m_stopping)
        return;
    const int end = m_buffer.indexOf('\n');
    if (end < 0)
        return;
    const QString line = QString::fromUtf8(m_buffer.left(end)).trimmed();
    static const QRegularExpression pattern(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)$"));
    const QRegularExpressionMatch match = pattern.match(line);
    m_startTimeout->stop();
    if (!match.hasMatch()) {
        emit failed(tr("The simulator said something unexpected: %1").arg(line));
        return;
    }
    m_url = QUrl(match.captured(1));
    qCInfo(lcDesktop) << "simulator started at" << m_url.toString();
    emit started(m_url);
}
