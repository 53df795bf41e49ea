// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QObject>

#include <memory>

class QLocalServer;

// One console per audit history: two copies writing one audit file would each believe its own count of
// what is pending. The first copy holds a lock file and a local socket named after the audit location;
// a second one finds them and can ask the first to come to the front.
class InstanceGuard : public QObject
{
    Q_OBJECT
public:
    explicit InstanceGuard(const QString &auditLocation, QObject *parent = nullptr);
    ~InstanceGuard() override;

    // True when this is the only console on that audit history (it then listens for raise requests).
    bool claim();
    // Asks the copy that holds the claim to come to the front; true when it answered.
    bool askToRaise(int timeoutMs = 2000) const;
    QString serverName() const { return m_name; }

signals:
    void raiseRequested();

private:
    QString m_name;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};
