// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox against receivers that misbehave: "Retry-After: 0" forever, an HTTP-date Retry-After,
// an answer that trickles, an answer far too large. A scripted receiver on 127.0.0.1 plays each; the
// outbox's schedule runs on a ManualClock that these tests never move unless they say so.
#include "audit/AuditStore.h"
#include "core/ManualClock.h"
#include "metrics/MetricsRegistry.h"
#include "webhook/WebhookOutbox.h"
#include "webhook/WebhookSender.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {

// Reads each request (head and Content-Length body) and lets `answer` write the reply.
class ScriptedReceiver : public QObject
{
public:
    using Answer = std::function<void(QTcpSocket *socket, const QByteArray &head)>;

    explicit ScriptedReceiver(Answer answer)
        : m_answer(std::move(answer))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl start()
    {
        return m_server.listen(QHostAddress::LocalHost, 0)
            ? QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(m_server.serverPort()))
            : QUrl();
    }
    QList<QByteArray> heads;

private:
    void onReadyRead(QTcpSocket *socket)
    {
        const QByteArray buffered = socket->peek(1 << 20);
        const qsizetype end = buffered.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffered.left(end);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffered.size() < end + 4 + length)
            return;
        socket->read(end + 4 + length);
        heads.append(head);
        m_answer(socket, head);
    }

    QTcpServer m_server;
    Answer m_answer;
};

QByteArray deliveryId(const QByteArray &head)
{
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith("x-statusdesk-delivery:"))
            return line.mid(22).trimmed();
    }
    return QByteArray();
}

} // namespace

class TestWebhookHostile : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void retryAfterZeroIsClampedAndFair();
    void retryAfterHttpDate();
    void tricklingAnswerEndsAtTheDeadline();
    void hugeAnswerIsCutOff();

private:
    QString record(const QString &agent);
    WebhookDelivery stored(const QString &eventId) const;

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditStore> m_store;
    std::unique_ptr<MetricsRegistry> m_metrics;
    std::unique_ptr<WebhookOutbox> m_outbox;
};

void TestWebhookHostile::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_metrics.reset(MetricsRegistry::createStandard());
    QString error;
    m_store = AuditStore::open(m_dir->filePath(QStringLiteral("audit.sqlite")), &error, m_clock.get());
    QVERIFY2(m_store, qPrintable(error));
    m_outbox = std::make_unique<WebhookOutbox>(m_store.get(), m_metrics.get(), m_clock.get());
    WebhookRetryPolicy policy;
    policy.initialDelayMs = 20;
    policy.maxDelayMs = 100;
    policy.requestTimeoutMs = 4000;
    m_outbox->setPolicy(policy);
}

void TestWebhookHostile::cleanup()
{
    m_outbox.reset();
    m_store.reset();
    m_metrics.reset();
    m_dir.reset();
    m_clock.reset();
}

QString TestWebhookHostile::record(const QString &agent)
{
    AuditEntry outcome;
    outcome.agentId = agent;
    outcome.supervisor = QStringLiteral("m.chen");
    outcome.fromStatus = QStringLiteral("Available");
    outcome.toStatus = QStringLiteral("Break");
    outcome.outcome = QString(AuditOutcome::Applied);
    const WebhookEvent event = WebhookEvent::create(agent, outcome.toStatus, outcome.fromStatus,
        QStringLiteral("Coffee"), outcome.supervisor, QStringLiteral("\"7\""), m_clock.get());
    QString error;
    if (!m_outbox->recordOutcome(outcome, event, &error)) {
        qWarning() << error;
        return QString();
    }
    return event.eventId;
}

WebhookDelivery TestWebhookHostile::stored(const QString &eventId) const
{
    WebhookDelivery delivery;
    m_outbox->delivery(eventId, &delivery);
    return delivery;
}

// One receiver answers the first event "503, Retry-After: 0" every time. That event waits the
// policy's minimum before its next attempt, and the other event, though recorded later, goes first.
void TestWebhookHostile::retryAfterZeroIsClampedAndFair()
{
    QByteArray hot;
    ScriptedReceiver receiver([&hot](QTcpSocket *socket, const QByteArray &head) {
        if (hot.isEmpty())
            hot = deliveryId(head);
        socket->write(deliveryId(head) == hot ? "HTTP/1.1 503 Busy\r\nRetry-After: 0\r\nContent-Length: 0\r\n\r\n"
                                              : "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
    });
    const QUrl endpoint = receiver.start();
    QVERIFY(endpoint.isValid());
    WebhookRetryPolicy policy = m_outbox->policy();
    policy.maxInFlight = 1;
    m_outbox->setPolicy(policy);
    m_outbox->setEndpoint(endpoint);
    const QString first = record(QStringLiteral("agent-1"));
    const QString second = record(QStringLiteral("agent-2"));
    m_outbox->start();
    QTRY_COMPARE(stored(second).state, WebhookDelivery::State::Delivered);
    QTest::qWait(300); // a hot loop would post again and again meanwhile
    QCOMPARE(stored(first).attempts.size(), 1);
    QCOMPARE(receiver.heads.size(), 2);
    QCOMPARE(m_outbox->nextAttemptAt(), m_clock->now().addMSecs(policy.minRetryAfterMs));
    m_clock->advance(policy.minRetryAfterMs);
    QTRY_COMPARE(stored(first).attempts.size(), 2);
}

// The form RFC 9110 senders use ends in "GMT", which Qt::RFC2822Date does not read.
void TestWebhookHostile::retryAfterHttpDate()
{
    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0, 0), Qt::UTC);
    QCOMPARE(WebhookSender::retryAfterMs("Sun, 01 Mar 2026 12:02:00 GMT", now), 120000);
    QCOMPARE(WebhookSender::retryAfterMs("Sunday, 01-Mar-26 12:00:30 GMT", now), 30000);
    QCOMPARE(WebhookSender::retryAfterMs("Sun Mar  1 12:00:05 2026", now), 5000);
    QCOMPARE(WebhookSender::retryAfterMs("-5", now), -1);
    QCOMPARE(WebhookSender::retryAfterMs("0", now), 0); // the outbox's minimum applies later
}

// Headers at once, then one byte every 50 ms: never silent, never done. The attempt ends at its
// timeout all the same, and the event stays pending.
void TestWebhookHostile::tricklingAnswerEndsAtTheDeadline()
{
    ScriptedReceiver receiver([](QTcpSocket *socket, const QByteArray &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 10000\r\n\r\n");
        auto *timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->write("x"); });
        timer->start(50);
    });
    const QUrl endpoint = receiver.start();
    QVERIFY(endpoint.isValid());
    WebhookRetryPolicy policy = m_outbox->policy();
    policy.requestTimeoutMs = 600;
    m_outbox->setPolicy(policy);
    m_outbox->setEndpoint(endpoint);
    const QString eventId = record(QStringLiteral("agent-1"));
    QElapsedTimer elapsed;
    elapsed.start();
    m_outbox->start();
    QTRY_COMPARE_WITH_TIMEOUT(stored(eventId).attempts.size(), 1, 5000);
    QVERIFY2(elapsed.elapsed() < 3000, qPrintable(QString::number(elapsed.elapsed())));
    const WebhookDelivery delivery = stored(eventId);
    QCOMPARE(delivery.state, WebhookDelivery::State::Pending);
    QCOMPARE(delivery.attempts.at(0).httpStatus, 0);
    QVERIFY2(
        delivery.attempts.at(0).error.contains(QLatin1String("600 ms")), qPrintable(delivery.attempts.at(0).error));
}

// A 200 with a 32 MiB body: the sender stops reading past MaxAnswerBytes.
void TestWebhookHostile::hugeAnswerIsCutOff()
{
    ScriptedReceiver receiver([](QTcpSocket *socket, const QByteArray &) {
        const qint64 size = 32 * 1024 * 1024;
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(size) + "\r\n\r\n");
        socket->write(QByteArray(size, 'x'));
    });
    const QUrl endpoint = receiver.start();
    QVERIFY(endpoint.isValid());
    m_outbox->setEndpoint(endpoint);
    const QString eventId = record(QStringLiteral("agent-1"));
    m_outbox->start();
    QTRY_COMPARE_WITH_TIMEOUT(stored(eventId).attempts.size(), 1, 10000);
    const WebhookDelivery delivery = stored(eventId);
    QCOMPARE(delivery.state, WebhookDelivery::State::Pending);
    QVERIFY2(delivery.attempts.at(0).error.contains(QString::number(WebhookSender::MaxAnswerBytes)),
        qPrintable(delivery.attempts.at(0).error));
}

QTEST_GUILESS_MAIN(TestWebhookHostile)
#include "tst_webhookhostile.moc"
