// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "harness/BenchProcess.h"

#include <QString>
#include <QStringList>

// The peer integration of bench/sdk: Genesys' JavaScript SDK (purecloud-platform-client-v2, the version
// pinned in bench/sdk/package-lock.json) installed with npm into the build folder, and our scripts next to
// it. Where node, npm or the registry is missing, prepare() says why and the SDK baselines are skipped.
class SdkPeer
{
public:
    bool prepare(QString *why);
    bool ready() const { return m_ready; }
    // node SCRIPT ARGS..., timed from start to exit.
    BenchProcess::Result run(const QString &script, const QStringList &arguments) const;

private:
    bool copySources(QString *why) const;
    bool installed() const;

    bool m_ready = false;
    QString m_node;
};
