// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/DemoLauncher.h"

#include "desktop/DesktopLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

DemoLauncher::DemoLauncher(QObject *parent)
    : QObject(parent)
    , m_process(new QProcess(this))
    , m_timeout(new QTimer(this))
{
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &DemoLauncher::readOutput);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        if (m_url.isEmpty())
            emit failed(tr("The simulator could not be started: %1").arg(m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int code) {
        if (m_url.isEmpty())
            emit failed(tr("The simulator stopped before it was ready (exit code %1).").arg(code));
    });
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(15000);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        emit failed(tr("The simulator did not report its address in time."));
        stop();
    });
}

DemoLauncher::~DemoLauncher()
{
    stop();
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
    m_timeout->start();
    m_process->start(program, QStringList {QStringLiteral("--port"), QStringLiteral("0")} + m_arguments);
}

void DemoLauncher::stop()
{
    m_timeout->stop();
    if (m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(3000))
        m_process->kill();
    m_process->waitForFinished(1000);
}

void DemoLauncher::readOutput()
{
    m_buffer += m_process->readAllStandardOutput();
    if (!m_url.isEmpty())
        return;
    const int end = m_buffer.indexOf('\n');
    if (end < 0)
        return;
    const QString line = QString::fromUtf8(m_buffer.left(end)).trimmed();
    static const QRegularExpression pattern(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)$"));
    const QRegularExpressionMatch match = pattern.match(line);
    m_timeout->stop();
    if (!match.hasMatch()) {
        emit failed(tr("The simulator said something unexpected: %1").arg(line));
        return;
    }
    m_url = QUrl(match.captured(1));
    qCInfo(lcDesktop) << "simulator started at" << m_url.toString();
    emit started(m_url);
}
