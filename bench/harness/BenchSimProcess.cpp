// SPDX-License-Identifier: GPL-3.0-or-later
#include "harness/BenchSimProcess.h"

#include "harness/BenchProcess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace {

constexpr int kRequestTimeoutMs = 30000;

QByteArray exchange(const QByteArray &method, const QUrl &url, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    request.setTransferTimeout(kRequestTimeoutMs);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray answer = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    reply->deleteLater();
    return answer;
}

} // namespace

BenchSimProcess::BenchSimProcess(const QStringList &arguments)
    : m_arguments(arguments)
{
}

BenchSimProcess::~BenchSimProcess()
{
    stop();
}

bool BenchSimProcess::start(QString *error)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    BenchProcess::dieWithParent(&m_process);
    m_process.start(BenchProcess::sibling(QStringLiteral("statusdesk-sim")), m_arguments);
    if (!m_process.waitForStarted(30000)) {
        *error = QStringLiteral("statusdesk-sim did not start: %1").arg(m_process.errorString());
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    QByteArray out;
    while (!out.contains('\n') && clock.elapsed() < 60000 && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        out += m_process.readAllStandardOutput();
    }
    const QByteArray prefix = "listening on ";
    const qsizetype at = out.indexOf(prefix);
    if (at < 0) {
        *error = QStringLiteral("statusdesk-sim said no address: %1").arg(QString::fromUtf8(out));
        stop();
        return false;
    }
    m_base = QUrl(QString::fromLatin1(out.mid(at + prefix.size()).trimmed()));
    return m_base.isValid();
}

void BenchSimProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QJsonObject BenchSimProcess::state() const
{
    return QJsonDocument::fromJson(exchange("GET", m_base.resolved(QUrl(QStringLiteral("/sim/state"))), {}, {}))
        .object();
}

qint64 BenchSimProcess::requestsServed() const
{
    return qint64(state().value(QStringLiteral("requestsServed")).toDouble(-1));
}

qint64 BenchSimProcess::answered429() const
{
    return qint64(state().value(QStringLiteral("answered429")).toDouble(-1));
}

bool BenchSimProcess::resetCounters() const
{
    const QByteArray answer = exchange("POST", m_base.resolved(QUrl(QStringLiteral("/sim/counters/reset"))), "{}",
        {{"Content-Type", "application/json"}});
    return QJsonDocument::fromJson(answer).object().value(QStringLiteral("ok")).toBool();
}

QString BenchSimProcess::fetchToken() const
{
    const QByteArray basic = (clientId() + QLatin1Char(':') + clientSecret()).toUtf8().toBase64();
    const QByteArray answer
        = exchange("POST", m_base.resolved(QUrl(QStringLiteral("/oauth/token"))), "grant_type=client_credentials",
            {{"Authorization", "Basic " + basic}, {"Content-Type", "application/x-www-form-urlencoded"}});
    return QJsonDocument::fromJson(answer).object().value(QStringLiteral("access_token")).toString();
}
