// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

// A statusdesk-sim process, as a user of the CLI or of the SDK would run it: started with its options,
// stopped with SIGTERM. Its /sim/state counters say how many requests a client made and how many got 429.
class BenchSimProcess
{
public:
    explicit BenchSimProcess(const QStringList &arguments);
    ~BenchSimProcess();
    BenchSimProcess(const BenchSimProcess &) = delete;
    BenchSimProcess &operator=(const BenchSimProcess &) = delete;

    bool start(QString *error); // waits for "listening on http://127.0.0.1:PORT"
    void stop();
    QUrl baseUrl() const { return m_base; }

    QJsonObject state() const; // GET /sim/state; empty on failure
    qint64 requestsServed() const;
    qint64 answered429() const;
    bool resetCounters() const;
    QString fetchToken() const; // the demo client, client credentials

    static QString clientId() { return QStringLiteral("statusdesk-demo"); }
    static QString clientSecret() { return QStringLiteral("statusdesk-demo-secret"); }

private:
    QStringList m_arguments;
    QProcess m_process;
    QUrl m_base;
};
