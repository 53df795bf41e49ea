// SPDX-License-Identifier: GPL-3.0-or-later
#include "SdkPeer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QStringList kSources = {QStringLiteral("package.json"), QStringLiteral("package-lock.json"),
    QStringLiteral("connect.js"), QStringLiteral("roster.js"), QStringLiteral("bulk.js")};
const QString kPackage = QStringLiteral("purecloud-platform-client-v2");
constexpr int kInstallTimeoutMs = 300000;

QString sdkDir()
{
    return QStringLiteral(STATUSDESK_BENCH_SDK_DIR);
}

QString pinnedVersion()
{
    QFile file(QDir(QStringLiteral(STATUSDESK_BENCH_SDK_SOURCE)).filePath(QStringLiteral("package.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QStringLiteral("dependencies"))
        .toObject()
        .value(kPackage)
        .toString();
}

} // namespace

bool SdkPeer::copySources(QString *why) const
{
    const QDir source(QStringLiteral(STATUSDESK_BENCH_SDK_SOURCE));
    const QDir target(sdkDir());
    if (!target.mkpath(QStringLiteral("."))) {
        *why = QStringLiteral("cannot create %1").arg(sdkDir());
        return false;
    }
    for (const QString &name : kSources) {
        QFile::remove(target.filePath(name));
        if (!QFile::copy(source.filePath(name), target.filePath(name))) {
            *why = QStringLiteral("cannot copy bench/sdk/%1").arg(name);
            return false;
        }
    }
    return true;
}

bool SdkPeer::installed() const
{
    QFile file(QDir(sdkDir()).filePath(QStringLiteral("node_modules/%1/package.json").arg(kPackage)));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QString version
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("version")).toString();
    return !version.isEmpty() && version == pinnedVersion();
}

bool SdkPeer::prepare(QString *why)
{
    m_node = BenchProcess::onPath(QStringLiteral("node"));
    const QString npm = BenchProcess::onPath(QStringLiteral("npm"));
    if (m_node.isEmpty() || npm.isEmpty()) {
        *why = QStringLiteral("node or npm is not installed (scripts/install-deps installs them)");
        return false;
    }
    if (!copySources(why))
        return false;
    if (!installed()) {
        BenchProcess install(npm,
            {QStringLiteral("ci"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                QStringLiteral("--loglevel=error")});
        install.setWorkingDirectory(sdkDir());
        const BenchProcess::Result result = install.run(kInstallTimeoutMs);
        if (!result.ok() || !installed()) {
            *why = QStringLiteral("npm could not install %1 %2 (is the registry reachable?): %3")
                       .arg(kPackage, pinnedVersion(), QString::fromUtf8(result.err.trimmed().right(300)));
            return false;
        }
    }
    m_ready = true;
    return true;
}

BenchProcess::Result SdkPeer::run(const QString &script, const QStringList &arguments) const
{
    BenchProcess node(m_node, QStringList {QDir(sdkDir()).filePath(script)} + arguments);
    node.setWorkingDirectory(sdkDir());
    return node.run();
}
