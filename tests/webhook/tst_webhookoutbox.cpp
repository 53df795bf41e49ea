// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditStore.h"
#include "audit/AuditWriter.h"
#include "core/ManualClock.h"
#include "metrics/MetricsRegistry.h"
#include "support/SimFixture.h"
#include "support/TestSupport.h"
#include "webhook/WebhookOutbox.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <functional>

// The outbox against the simulator's webhook sink over real HTTP on 127.0.0.1. The outbox's schedule
// (backoff, Retry-After, give-up window, flush deadline) runs on a ManualClock that the tests move
// from one due attempt to the next, so no test waits for the wall clock to reach a retry; the
// simulator and the HTTP exchange stay real.
class TestWebhookOutbox : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void deliversSignedEvent();
    void retriesThenDeliversOnce_data();
    void retriesThenDeliversOnce();
    void honoursRetryAfter_data();
    void honoursRetryAfter();
    void deadLetterAndResend();
    void givesUpAfterWindow();
    void ordersEventsPerAgent();
    void survivesRestart();
    void recordsAttemptOffTheUiThread();
    void crashBetweenAttemptAndRecord();
    void flushDeliversWhileStopped();
    void flushWithoutEndpointEndsAtOnce();
    void refusesPlainHttpToRemoteHosts();
    void storeClosedFirst();
    void receiverDownForSixHours();

    void constructsOffTheUiThread();
    void pumpsResendsAndFlushesOffTheUiThread();
    void worksWithTheUiConnectionClosed();

private:
    void openOutbox();
    void makeOutbox();
    // Queues a job that holds the audit writer's thread until gate is released; held says it is held.
    void holdWriter(std::shared_ptr<QSemaphore> gate, std::shared_ptr<QSemaphore> held);
    AuditEntry outcomeFor(const QString &agent, const QString &target) const;
    bool runSchedule(const std::function<bool()> &done, const QDateTime &until = QDateTime());
    QString record(const QString &agent, const QString &target = QStringLiteral("Break"));
    QJsonArray sink() const;
    QJsonArray sinkFor(const QString &eventId) const;

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditStore> m_store;
    std::unique_ptr<MetricsRegistry> m_metrics;
    std::unique_ptr<WebhookOutbox> m_outbox;
    QString m_sinkName;
    QUrl m_endpoint;
};

void TestWebhookOutbox::init()
{
    m_sim = std::make_unique<SimFixture>();
    SimConfig config;
    config.agents = 5;
    const QUrl base = m_sim->start(config);
    QVERIFY(base.isValid());
    m_sinkName = QStringLiteral("payroll");
    m_endpoint = base.resolved(QUrl(QStringLiteral("/sim/webhooks/") + m_sinkName));
    m_clock = std::make_unique<ManualClock>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_metrics.reset(MetricsRegistry::createStandard());
    openOutbox();
}

void TestWebhookOutbox::openOutbox()
{
    QString error;
    m_store = AuditStore::open(m_dir->filePath(QStringLiteral("audit.sqlite")), &error, m_clock.get());
    QVERIFY2(m_store, qPrintable(error));
    makeOutbox();
}

void TestWebhookOutbox::makeOutbox()
{
    m_outbox = std::make_unique<WebhookOutbox>(m_store.get(), m_metrics.get(), m_clock.get());
    m_outbox->setEndpoint(m_endpoint);
    WebhookRetryPolicy policy;
    policy.initialDelayMs = 20;
    policy.maxDelayMs = 100;
    policy.requestTimeoutMs = 4000; // generous: the in-process simulator shares this loaded event loop
    m_outbox->setPolicy(policy);
}

void TestWebhookOutbox::cleanup()
{
    m_outbox.reset();
    m_store.reset();
    m_metrics.reset();
    m_dir.reset();
    m_clock.reset();
    m_sim.reset();
}

// Lets the real work run (HTTP to the simulator, SQLite) and, whenever the outbox only waits for
// its schedule, moves the clock to its next attempt, never past `until` (invalid: no bound). Returns
// once done() holds; false if it does not within RealTimeoutMs of wall time.
bool TestWebhookOutbox::runSchedule(const std::function<bool()> &done, const QDateTime &until)
{
    // Covers a request that stalls until its (real) transfer timeout, then some.
    constexpr int RealTimeoutMs = 20000;
    const QDeadlineTimer deadline(RealTimeoutMs);
    // Wakes the event loop now and then, so that a wait for events cannot outlast the deadline.
    QTimer wake;
    wake.start(50);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        const QDateTime now = m_clock->now();
        const QDateTime next = m_outbox->nextAttemptAt();
        const bool waitsForClock = next.isValid() && next > now;
        if (waitsForClock && (!until.isValid() || now < until)) {
            m_clock->advance(now.msecsTo(until.isValid() ? qMin(next, until) : next));
            continue;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

void TestWebhookOutbox::holdWriter(std::shared_ptr<QSemaphore> gate, std::shared_ptr<QSemaphore> held)
{
    m_store->writer()->read(m_store.get(),
        [gate, held](AuditStore *) {
            held->release();
            gate->tryAcquire(1, 20000);
        },
        {});
}

AuditEntry TestWebhookOutbox::outcomeFor(const QString &agent, const QString &target) const
{
    AuditEntry outcome;
    outcome.agentId = agent;
    outcome.supervisor = QStringLiteral("m.chen");
    outcome.fromStatus = QStringLiteral("Available");
    outcome.toStatus = target;
    outcome.outcome = QString(AuditOutcome::Applied);
    return outcome;
}

QString TestWebhookOutbox::record(const QString &agent, const QString &target)
{
    AuditEntry outcome = outcomeFor(agent, target);
    const WebhookEvent event = WebhookEvent::create(agent, target, outcome.fromStatus, QStringLiteral("Coffee"),
        outcome.supervisor, QStringLiteral("\"7\""), m_clock.get());
    QString error;
    if (!m_outbox->recordOutcome(outcome, event, &error)) {
        qWarning() << error;
        return QString();
    }
    return event.eventId;
}

QJsonArray TestWebhookOutbox::sink() const
{
    return m_sim->server()->webhookDeliveries(m_sinkName);
}

QJsonArray TestWebhookOutbox::sinkFor(const QString &eventId) const
{
    QJsonArray matching;
    const QJsonArray all = sink();
    for (const QJsonValue &value : all) {
        if (value[QLatin1String("headers")][QLatin1String("x-statusdesk-delivery")].toString() == eventId)
            matching.append(value);
    }
    return matching;
}

void TestWebhookOutbox::deliversSignedEvent()
{
    const QByteArray secret = "payroll-shared-secret";
    m_outbox->setSecret(secret);
    QSignalSpy pending(m_outbox.get(), &WebhookOutbox::pendingCountChanged);
    const QString eventId = record(QStringLiteral("agent-1"));
    QVERIFY(!eventId.isEmpty());
    QCOMPARE(m_outbox->pendingCount(), 1);
    QVERIFY(sink().isEmpty()); // nothing is sent before start()
    m_outbox->start();
    QTRY_COMPARE(m_outbox->pendingCount(), 0);
    QCOMPARE(pending.last().at(0).toInt(), 0);

    const QJsonArray received = sink();
    QCOMPARE(received.size(), 1);
    const QJsonObject delivery = received.at(0).toObject();
    const QJsonObject headers = delivery.value(QLatin1String("headers")).toObject();
    QCOMPARE(headers.value(QLatin1String("x-genesys-event")).toString(), QStringLiteral("state_change"));
    QCOMPARE(headers.value(QLatin1String("x-statusdesk-delivery")).toString(), eventId);
    QCOMPARE(headers.value(QLatin1String("content-type")).toString(), QStringLiteral("application/json"));
    const QByteArray raw = delivery.value(QLatin1String("rawBody")).toString().toUtf8();
    const QByteArray expected
        = "sha256=" + QMessageAuthenticationCode::hash(raw, secret, QCryptographicHash::Sha256).toHex();
    QCOMPARE(headers.value(QLatin1String("x-statusdesk-signature")).toString().toLatin1(), expected);
    const QJsonObject body = delivery.value(QLatin1String("body")).toObject();
    QCOMPARE(body.value(QLatin1String("event_id")).toString(), eventId);
    QCOMPARE(body.value(QLatin1String("user_id")).toString(), QStringLiteral("agent-1"));
    QCOMPARE(body.value(QLatin1String("target_status")).toString(), QStringLiteral("Break"));
    QCOMPARE(body.value(QLatin1String("previous_status")).toString(), QStringLiteral("Available"));
    QCOMPARE(body.value(QLatin1String("etag")).toString(), QStringLiteral("\"7\""));
    QVERIFY(body.value(QLatin1String("timestamp")).toString().endsWith(QLatin1Char('Z')));

    WebhookDelivery stored;
    QVERIFY(m_outbox->delivery(eventId, &stored));
    QCOMPARE(stored.state, WebhookDelivery::State::Delivered);
    QCOMPARE(stored.attempts.size(), 1);
    QCOMPARE(stored.attempts.at(0).httpStatus, 200);
    QCOMPARE(stored.lastStatus, 200);

    // The outcome and the delivery are both audited, in one valid chain, and no secret is in it.
    AuditQuery all;
    all.limit = 0;
    const QVector<AuditEntry> entries = m_store->query(all);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).outcome, QString(AuditOutcome::WebhookDelivered));
    QCOMPARE(entries.at(0).correlationId, eventId);
    QCOMPARE(entries.at(1).outcome, QString(AuditOutcome::Applied));
    for (const AuditEntry &entry : entries)
        QVERIFY(!QJsonDocument(entry.toJson()).toJson().contains(secret));
    QVERIFY(m_store->verify().ok);
    QCOMPARE(
        m_metrics->counterValue(Metric::WebhookDeliveries, {{QStringLiteral("result"), QStringLiteral("delivered")}}),
        1.0);
}

void TestWebhookOutbox::retriesThenDeliversOnce_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("failures");
    QTest::newRow("503 three times") << 503 << 3;
    QTest::newRow("500 twice") << 500 << 2;
    QTest::newRow("429 twice") << 429 << 2;
    QTest::newRow("408 once") << 408 << 1;
    QTest::newRow("stalled once (timeout)") << 0 << 1;
}

void TestWebhookOutbox::retriesThenDeliversOnce()
{
    QFETCH(int, status);
    QFETCH(int, failures);
    m_sim->server()->failWebhooks(m_sinkName, status, failures);
    m_outbox->start();
    const QString eventId = record(QStringLiteral("agent-1"));
    QVERIFY(runSchedule([this] { return m_outbox->pendingCount() == 0; }));
    // A later event of another agent marks a point in time after which the first is never sent again,
    // however long the clock runs on.
    const QString marker = record(QStringLiteral("agent-2"));
    QTRY_COMPARE(sinkFor(marker).size(), 1);
    QTRY_COMPARE(m_outbox->pendingCount(), 0);
    QVERIFY(!m_outbox->nextAttemptAt().isValid()); // nothing is left to send again, however long the clock runs

    const QJsonArray attempts = sinkFor(eventId);
    QCOMPARE(attempts.size(), failures + 1); // same X-StatusDesk-Delivery on every attempt
    int answeredOk = 0;
    for (const QJsonValue &attempt : attempts)
        answeredOk += attempt[QLatin1String("answeredStatus")].toInt() == 200;
    QCOMPARE(answeredOk, 1);
    QCOMPARE(attempts.last()[QLatin1String("answeredStatus")].toInt(), 200);

    WebhookDelivery stored;
    QVERIFY(m_outbox->delivery(eventId, &stored));
    QCOMPARE(stored.state, WebhookDelivery::State::Delivered);
    QCOMPARE(stored.attempts.size(), failures + 1);
    QCOMPARE(stored.attempts.first().httpStatus, status);
    if (status == 0)
        QVERIFY(!stored.attempts.first().error.isEmpty());
    AuditQuery retries;
    retries.outcome = QString(AuditOutcome::WebhookRetry);
    QCOMPARE(m_store->count(retries), failures);
    QCOMPARE(m_metrics->counterValue(Metric::WebhookDeliveries, {{QStringLiteral("result"), QStringLiteral("retry")}}),
        double(failures));
}

void TestWebhookOutbox::honoursRetryAfter_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<bool>("retried");
    QTest::newRow("one second") << QByteArray("1") << true;
    // Times 1000 this wraps a 64-bit millisecond count round to 384 ms.
    QTest::newRow("beyond any window") << QByteArray("18446744073709552") << false;
}

void TestWebhookOutbox::honoursRetryAfter()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(bool, retried);
    // The simulator's sink sends no Retry-After, so a minimal HTTP responder on 127.0.0.1 plays the
    // receiver here: first "429, Retry-After: 1", then 200. The policy alone would retry after 20 ms.
    QTcpServer receiver;
    QVERIFY(receiver.listen(QHostAddress::LocalHost, 0));
    int requests = 0;
    connect(&receiver, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = receiver.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [&requests, &retryAfter, socket] {
                const QByteArray head = socket->peek(65536);
                const int end = head.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const int lengthAt = head.toLower().indexOf("content-length:");
                const int length = lengthAt < 0
                    ? 0
                    : head.mid(lengthAt + 15, head.indexOf('\r', lengthAt) - lengthAt - 15).trimmed().toInt();
                if (head.size() < end + 4 + length)
                    return;
                socket->read(end + 4 + length);
                const QByteArray status
                    = ++requests == 1 ? "429 Too Many Requests\r\nRetry-After: " + retryAfter : QByteArray("200 OK");
                socket->write("HTTP/1.1 " + status + "\r\nContent-Length: 0\r\n\r\n");
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    m_outbox->setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(receiver.serverPort())));
    m_outbox->start();
    const QString eventId = record(QStringLiteral("agent-1"));
    QVERIFY(runSchedule([this] { return m_outbox->pendingCount() == 0; }));
    WebhookDelivery stored;
    QVERIFY(m_outbox->delivery(eventId, &stored));
    if (!retried) {
        QCOMPARE(stored.state, WebhookDelivery::State::Dead);
        QCOMPARE(stored.attempts.size(), 1);
        QCOMPARE(requests, 1);
        return;
    }
    QCOMPARE(stored.attempts.size(), 2);
    QCOMPARE(stored.attempts.at(0).httpStatus, 429);
    QCOMPARE(stored.attempts.at(1).httpStatus, 200);
    const qint64 waited = stored.attempts.at(0).time.msecsTo(stored.attempts.at(1).time);
    QVERIFY2(waited >= 1000, qPrintable(QString::number(waited)));
    QCOMPARE(requests, 2);
}

void TestWebhookOutbox::deadLetterAndResend()
{
    m_sim->server()->failWebhooks(m_sinkName, 400, 1);
    m_outbox->start();
    const QString eventId = record(QStringLiteral("agent-1"));
    QTRY_COMPARE(m_outbox->deadLetterCount(), 1);
    QCOMPARE(m_outbox->pendingCount(), 0);
    QCOMPARE(sinkFor(eventId).size(), 1); // a 400 is not retried
    WebhookDelivery dead;
    QVERIFY(m_outbox->delivery(eventId, &dead));
    QCOMPARE(dead.state, WebhookDelivery::State::Dead);
    QCOMPARE(dead.lastStatus, 400);
    AuditQuery deadLetters;
    deadLetters.outcome = QString(AuditOutcome::WebhookDeadLetter);
    QCOMPARE(m_store->count(deadLetters), 1);

    m_outbox->resend(eventId);
    QTRY_COMPARE(m_outbox->deadLetterCount(), 0);
    QTRY_COMPARE(m_outbox->pendingCount(), 0);
    QCOMPARE(sinkFor(eventId).size(), 2);
    QVERIFY(m_outbox->delivery(eventId, &dead));
    QCOMPARE(dead.state, WebhookDelivery::State::Delivered);
    QCOMPARE(dead.attempts.size(), 2);
}

void TestWebhookOutbox::givesUpAfterWindow()
{
    WebhookRetryPolicy policy = m_outbox->policy();
    policy.giveUpAfterMs = 150;
    m_outbox->setPolicy(policy);
    m_sim->server()->failWebhooks(m_sinkName, 503, 1000);
    m_outbox->start();
    const QString eventId = record(QStringLiteral("agent-1"));
    QVERIFY(runSchedule([this] { return m_outbox->deadLetterCount() == 1; }));
    WebhookDelivery dead;
    QVERIFY(m_outbox->delivery(eventId, &dead));
    QVERIFY(dead.attempts.size() >= 2);
    QVERIFY(dead.lastError.contains(QLatin1String("gave up")));
}

void TestWebhookOutbox::ordersEventsPerAgent()
{
    m_sim->server()->failWebhooks(m_sinkName, 503, 3);
    m_outbox->start();
    const QString a1 = record(QStringLiteral("agent-A"), QStringLiteral("Break"));
    const QString a2 = record(QStringLiteral("agent-A"), QStringLiteral("Available"));
    const QString a3 = record(QStringLiteral("agent-A"), QStringLiteral("Meal"));
    const QString b1 = record(QStringLiteral("agent-B"));
    QVERIFY(runSchedule([this] { return m_outbox->pendingCount() == 0; }));
    const QJsonArray all = sink();
    QStringList agentAOrder;
    for (const QJsonValue &value : all) {
        const QString id = value[QLatin1String("headers")][QLatin1String("x-statusdesk-delivery")].toString();
        if (id != b1 && (agentAOrder.isEmpty() || agentAOrder.last() != id))
            agentAOrder << id;
    }
    // Agent A's events were sent strictly one after the other, each only after the previous was delivered.
    QCOMPARE(agentAOrder, (QStringList {a1, a2, a3}));
    // The sink's three failures fall on whichever events came first; each event still got one 200.
    for (const QString &id : {a1, a2, a3, b1}) {
        const QJsonArray attempts = sinkFor(id);
        QCOMPARE(attempts.last()[QLatin1String("answeredStatus")].toInt(), 200);
        for (int i = 0; i + 1 < attempts.size(); ++i)
            QCOMPARE(attempts.at(i)[QLatin1String("answeredStatus")].toInt(), 503);
    }
    QCOMPARE(all.size(), 4 + 3);
}

void TestWebhookOutbox::survivesRestart()
{
    const QString first = record(QStringLiteral("agent-1"));
    const QString second = record(QStringLiteral("agent-2"));
    QCOMPARE(m_outbox->pendingCount(), 2);
    m_outbox.reset();
    m_store.reset();
    QVERIFY(sink().isEmpty());

    openOutbox();
    // Counted on the audit writer's thread: the outbox is there at once, the count follows by signal.
    QSignalSpy counted(m_outbox.get(), &WebhookOutbox::pendingCountChanged);
    QCOMPARE(m_outbox->pendingCount(), 0);
    QVERIFY(counted.wait(5000));
    QCOMPARE(counted.constFirst().at(0).toInt(), 2);
    QCOMPARE(m_outbox->pendingCount(), 2);
    m_outbox->start();
    QTRY_COMPARE(m_outbox->pendingCount(), 0);
    QCOMPARE(sinkFor(first).size(), 1);
    QCOMPARE(sinkFor(second).size(), 1);
    QCOMPARE(m_outbox->deliveries().size(), 2);
}

// The attempt's record goes through the audit writer: while the writer is held (from the moment the
// event goes on the wire, since it is read and leased there too) the answer is in, the call has
// returned and the UI thread runs on; the event is neither recorded nor sent again, and is recorded
// once the writer goes on.
void TestWebhookOutbox::recordsAttemptOffTheUiThread()
{
    const QString eventId = record(QStringLiteral("agent-1"));
    auto gate = std::make_shared<QSemaphore>();
    auto held = std::make_shared<QSemaphore>();
    connect(m_outbox.get(), &WebhookOutbox::attemptStarted, this, [this, gate, held] { holdWriter(gate, held); });
    const auto release = qScopeGuard([gate] { gate->release(); });
    QSignalSpy updated(m_outbox.get(), &WebhookOutbox::deliveryUpdated);
    m_outbox->start();
    QTRY_VERIFY(held->available() > 0); // the event loop sends it
    held->acquire();
    QTRY_COMPARE(sinkFor(eventId).size(), 1);
    QTest::qWait(300); // the answer comes back and waits for its record
    QCOMPARE(updated.count(), 0);
    QCOMPARE(sinkFor(eventId).size(), 1);
    QCOMPARE(m_outbox->pendingCount(), 1);
    WebhookDelivery stored;
    QVERIFY(m_outbox->delivery(eventId, &stored));
    QCOMPARE(stored.state, WebhookDelivery::State::Pending);
    QCOMPARE(stored.attempts.size(), 0);

    gate->release();
    QTRY_COMPARE(updated.count(), 1);
    QCOMPARE(m_outbox->pendingCount(), 0);
    QVERIFY(m_outbox->delivery(eventId, &stored));
    QCOMPARE(stored.state, WebhookDelivery::State::Delivered);
    QCOMPARE(stored.attempts.size(), 1);
    QCOMPARE(sinkFor(eventId).size(), 1);
    AuditQuery delivered;
    delivered.outcome = QString(AuditOutcome::WebhookDelivered);
    QCOMPARE(m_store->count(delivered), qint64(1));
    QVERIFY(m_store->verify().ok);
}

// A console killed after the receiver had the event but before the attempt was recorded: the event is
// still pending after the restart and goes out again, under the same delivery id. None is lost.
void TestWebhookOutbox::crashBetweenAttemptAndRecord()
{
    m_outbox.reset();
    m_store.reset();
    QProcess console;
    console.start(TestSupport::binaryDir() + QStringLiteral("/webhook_crash"),
        {m_dir->filePath(QStringLiteral("audit.sqlite")), m_endpoint.toString()});
    QVERIFY2(console.waitForStarted(), qPrintable(console.errorString()));
    QVERIFY2(console.waitForReadyRead(20000), console.readAllStandardError().constData());
    const QString eventId = QString::fromUtf8(console.readLine()).trimmed();
    QVERIFY(!eventId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(sinkFor(eventId).size(), 1, 20000);
    QCOMPARE(sinkFor(eventId).first()[QLatin1String("answeredStatus")].toInt(), 200);
    QTest::qWait(300); // the answer reaches the console, whose record waits behind the held writer
    ::kill(pid_t(console.processId()), SIGKILL);
    QVERIFY(console.waitForFinished(20000));
    QCOMPARE(console.exitStatus(), QProcess::CrashExit);

    // The killed console ran on the system clock: the next one starts its schedule there.
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    openOutbox();
    QSignalSpy counted(m_outbox.get(), &WebhookOutbox::pendingCountChanged);
    QVERIFY(counted.wait(5000));
    QCOMPARE(m_outbox->pendingCount(), 1);
    m_outbox->start();
    QVERIFY(runSchedule([this] { return m_outbox->pendingCount() == 0; }));
    const QJsonArray received = sinkFor(eventId);
    QCOMPARE(received.size(), 2); // the receiver tells the copy by its delivery id
    QCOMPARE(received.last()[QLatin1String("answeredStatus")].toInt(), 200);
    WebhookDelivery stored;
    QVERIFY(m_outbox->delivery(eventId, &stored));
    QCOMPARE(stored.state, WebhookDelivery::State::Delivered);
    QCOMPARE(stored.attempts.size(), 1); // the attempt of the killed console was never recorded
    QVERIFY(m_store->verify().ok);
}

void TestWebhookOutbox::flushDeliversWhileStopped()
{
    record(QStringLiteral("agent-1"));
    record(QStringLiteral("agent-2"));
    QSignalSpy flushed(m_outbox.get(), &WebhookOutbox::flushed);
    m_outbox->flush(10000);
    QVERIFY(flushed.wait(10000));
    QCOMPARE(flushed.at(0).at(0).toBool(), true);
    QCOMPARE(m_outbox->pendingCount(), 0);
    QCOMPARE(sink().size(), 2);
    QVERIFY(!m_outbox->isRunning());

    // With the sink stalling, the flush ends at its deadline and says not everything went out.
    m_sim->server()->failWebhooks(m_sinkName, 0, 100);
    const QString stalled = record(QStringLiteral("agent-3"));
    flushed.clear();
    m_outbox->flush(300);
    QTRY_COMPARE(sinkFor(stalled).size(), 1); // on the wire, never answered
    m_clock->advance(299);
    QCOMPARE(flushed.count(), 0);
    m_clock->advance(1); // the deadline is on the outbox's clock
    QCOMPARE(flushed.count(), 1);
    QCOMPARE(flushed.at(0).at(0).toBool(), false);
    QCOMPARE(m_outbox->pendingCount(), 1);
}

// Without an endpoint nothing can go out: the flush says so at once instead of holding its caller (a
// CLI run) up to its deadline. The event stays in the outbox.
void TestWebhookOutbox::flushWithoutEndpointEndsAtOnce()
{
    m_outbox->setEndpoint(QUrl());
    record(QStringLiteral("agent-1"));
    QSignalSpy flushed(m_outbox.get(), &WebhookOutbox::flushed);
    m_outbox->flush(300);
    QTRY_COMPARE(flushed.count(), 1); // the outbox's clock never reaches the deadline here
    QCOMPARE(flushed.at(0).at(0).toBool(), false);
    QCOMPARE(m_outbox->pendingCount(), 1);
}

void TestWebhookOutbox::refusesPlainHttpToRemoteHosts()
{
    m_outbox->setEndpoint(QUrl(QStringLiteral("http://payroll.example.com/hook")));
    m_outbox->start();
    const QString eventId = record(QStringLiteral("agent-1"));
    QSignalSpy updated(m_outbox.get(), &WebhookOutbox::deliveryUpdated);
    // Nothing can be sent; the event waits for a usable endpoint, then goes out.
    m_outbox->setEndpoint(m_endpoint);
    QTRY_COMPARE(m_outbox->pendingCount(), 0);
    QCOMPARE(sinkFor(eventId).size(), 1);
    WebhookDelivery delivered;
    QVERIFY(m_outbox->delivery(eventId, &delivered));
    QCOMPARE(delivered.attempts.size(), 1); // no failed attempt against the refused endpoint
}

void TestWebhookOutbox::storeClosedFirst()
{
    record(QStringLiteral("agent-1"));
    m_outbox->start();
    m_store.reset(); // an owner that tears down in the "wrong" order must not crash the outbox
    QCOMPARE(m_outbox->pendingCount(), 0);
    AuditEntry outcome;
    QString error;
    QVERIFY(!m_outbox->recordOutcome(
        outcome, WebhookEvent::create(QStringLiteral("a"), QStringLiteral("Break"), {}, {}, {}, {}), &error));
    QVERIFY(!error.isEmpty());
    QSignalSpy flushed(m_outbox.get(), &WebhookOutbox::flushed);
    m_outbox->flush(100);
    QVERIFY(flushed.wait(5000));
    QCOMPARE(flushed.at(0).at(0).toBool(), false);
    m_outbox.reset();
}

// Payroll's receiver is down for six hours of the outbox's clock and comes back: every event is
// delivered exactly once, each retry waits what the policy says, nothing is dead-lettered.
void TestWebhookOutbox::receiverDownForSixHours()
{
    WebhookRetryPolicy policy; // the production schedule: 1 s doubling to 5 min, 20% jitter, a day's window
    policy.requestTimeoutMs = m_outbox->policy().requestTimeoutMs;
    m_outbox->setPolicy(policy);
    constexpr qint64 DownMs = 6LL * 60 * 60 * 1000;
    m_sim->server()->failWebhooks(m_sinkName, 503, 1000000);
    m_outbox->start();
    QStringList events;
    for (const char *agent : {"agent-1", "agent-2", "agent-3"}) {
        events << record(QLatin1String(agent), QStringLiteral("Break"));
        events << record(QLatin1String(agent), QStringLiteral("Available"));
    }
    QVERIFY(!events.contains(QString()));

    const QDateTime back = m_clock->now().addMSecs(DownMs);
    QVERIFY(runSchedule([&] { return m_clock->now() >= back && m_outbox->nextAttemptAt() > back; }, back));
    QCOMPARE(m_outbox->pendingCount(), events.size());
    m_sim->server()->failWebhooks(m_sinkName, 503, 0); // the receiver is back
    QVERIFY(runSchedule([this] { return m_outbox->pendingCount() == 0; }));
    QVERIFY2(m_clock->now() <= back.addMSecs(policy.maxDelayMs), qPrintable(m_clock->now().toString(Qt::ISODate)));

    QCOMPARE(m_outbox->deadLetterCount(), 0);
    AuditQuery deadLetters;
    deadLetters.outcome = QString(AuditOutcome::WebhookDeadLetter);
    QCOMPARE(m_store->count(deadLetters), 0);
    int delivered = 0;
    for (const QJsonValue &received : sink())
        delivered += received[QLatin1String("answeredStatus")].toInt() == 200;
    QCOMPARE(delivered, events.size());
    for (const QString &eventId : std::as_const(events)) {
        const QJsonArray received = sinkFor(eventId);
        int ok = 0;
        for (const QJsonValue &attempt : received)
            ok += attempt[QLatin1String("answeredStatus")].toInt() == 200;
        QCOMPARE(ok, 1); // by delivery id: exactly once
        QCOMPARE(received.last()[QLatin1String("answeredStatus")].toInt(), 200);
        WebhookDelivery stored;
        QVERIFY(m_outbox->delivery(eventId, &stored));
        QCOMPARE(stored.state, WebhookDelivery::State::Delivered);
        QCOMPARE(stored.attempts.size(), received.size());
        for (int i = 0; i + 1 < stored.attempts.size(); ++i) {
            // Attempt i+1 failed; the next one came after the policy's delay for that many failures,
            // shortened by at most the jitter (the clock stands still while a request is on the wire).
            const qint64 waited = stored.attempts.at(i).time.msecsTo(stored.attempts.at(i + 1).time);
            const qint64 longest = policy.delayAfter(i + 1, 0.0);
            const qint64 shortest = policy.delayAfter(i + 1, 1.0);
            QVERIFY2(waited >= shortest && waited <= longest,
                qPrintable(QStringLiteral("%1: attempt %2 after %3 ms, policy %4..%5 ms")
                               .arg(eventId)
                               .arg(i + 2)
                               .arg(waited)
                               .arg(shortest)
                               .arg(longest)));
        }
    }
    // The first event of each agent was retried through the whole outage; the second waited its turn.
    for (int i = 0; i < events.size(); i += 2) {
        WebhookDelivery first;
        QVERIFY(m_outbox->delivery(events.at(i), &first));
        QVERIFY2(
            first.attempts.size() > DownMs / policy.maxDelayMs, qPrintable(QString::number(first.attempts.size())));
        WebhookDelivery second;
        QVERIFY(m_outbox->delivery(events.at(i + 1), &second));
        QCOMPARE(second.attempts.size(), 1);
        QVERIFY(second.attempts.first().time >= first.attempts.last().time);
    }
    QVERIFY(m_store->verify().ok);
}

// The outbox's tables are made on the audit writer's thread: with that thread held the constructor
// returns at once and nothing is made yet. What is recorded and started meanwhile waits behind the
// tables and is delivered, in order, once the writer goes on: nothing is dropped.
void TestWebhookOutbox::constructsOffTheUiThread()
{
    m_outbox.reset();
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>(); // a log without the outbox's tables
    QString error;
    m_store = AuditStore::open(m_dir->filePath(QStringLiteral("audit.sqlite")), &error, m_clock.get());
    QVERIFY2(m_store, qPrintable(error));
    auto gate = std::make_shared<QSemaphore>();
    auto held = std::make_shared<QSemaphore>();
    holdWriter(gate, held);
    const auto release = qScopeGuard([gate] { gate->release(); });
    QVERIFY(held->tryAcquire(1, 5000));

    QElapsedTimer timer;
    timer.start();
    makeOutbox();
    QSignalSpy ready(m_outbox.get(), &WebhookOutbox::readyChanged);
    QStringList events;
    QStringList recorded;
    for (const QString &target : {QStringLiteral("Break"), QStringLiteral("Available"), QStringLiteral("Meal")}) {
        const AuditEntry outcome = outcomeFor(QStringLiteral("agent-1"), target);
        const WebhookEvent event = WebhookEvent::create(
            outcome.agentId, target, outcome.fromStatus, QString(), outcome.supervisor, QString(), m_clock.get());
        events << event.eventId;
        m_outbox->recordOutcomeLater(
            outcome, event, this, [&recorded, id = event.eventId](bool ok, const AuditEntry &, const QString &) {
                if (ok)
                    recorded << id;
            });
    }
    m_outbox->start();
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QTest::qWait(300);
    QVERIFY(!m_outbox->isReady());
    QCOMPARE(ready.count(), 0);
    QVERIFY(recorded.isEmpty());
    QVERIFY(sink().isEmpty());
    QVERIFY(!m_store->database().tables().contains(QStringLiteral("webhook_outbox")));

    gate->release();
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(ready.first().at(0).toBool(), true);
    QVERIFY(m_outbox->isReady());
    QTRY_COMPARE(recorded, events);
    QTRY_COMPARE(sink().size(), 3);
    QTRY_COMPARE(m_outbox->pendingCount(), 0);
    QStringList sent;
    for (const QJsonValue &value : sink())
        sent << value[QLatin1String("headers")][QLatin1String("x-statusdesk-delivery")].toString();
    QCOMPARE(sent, events);
    QVERIFY(m_store->verify().ok);
}

// With the writer's thread held, start() (the pump), resend() and flush() return at once and have
// done nothing yet: the heads are read and leased, the event made pending again and every event made
// due there. Each takes effect once the writer goes on.
void TestWebhookOutbox::pumpsResendsAndFlushesOffTheUiThread()
{
    const QString eventId = record(QStringLiteral("agent-1"));
    auto gate = std::make_shared<QSemaphore>();
    auto held = std::make_shared<QSemaphore>();
    const auto release = qScopeGuard([gate] { gate->release(); });
    QElapsedTimer timer;

    holdWriter(gate, held);
    QVERIFY(held->tryAcquire(1, 5000));
    timer.start();
    m_outbox->start();
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QTest::qWait(300);
    QVERIFY(sink().isEmpty());
    gate->release();
    QTRY_COMPARE(sinkFor(eventId).size(), 1);
    QTRY_COMPARE(m_outbox->pendingCount(), 0);

    holdWriter(gate, held);
    QVERIFY(held->tryAcquire(1, 5000));
    QSignalSpy updated(m_outbox.get(), &WebhookOutbox::deliveryUpdated);
    timer.restart();
    m_outbox->resend(eventId);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QTest::qWait(300);
    QCOMPARE(updated.count(), 0);
    WebhookDelivery stored;
    QVERIFY(m_outbox->delivery(eventId, &stored));
    QCOMPARE(stored.state, WebhookDelivery::State::Delivered);
    QCOMPARE(m_outbox->pendingCount(), 0);
    gate->release();
    QTRY_COMPARE(sinkFor(eventId).size(), 2);
    QTRY_COMPARE(m_outbox->pendingCount(), 0);

    m_outbox->stop();
    const QString waiting = record(QStringLiteral("agent-2"));
    holdWriter(gate, held);
    QVERIFY(held->tryAcquire(1, 5000));
    QSignalSpy flushed(m_outbox.get(), &WebhookOutbox::flushed);
    timer.restart();
    m_outbox->flush(10000);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QTest::qWait(300);
    QCOMPARE(flushed.count(), 0);
    QVERIFY(sinkFor(waiting).isEmpty());
    gate->release();
    QVERIFY(flushed.wait(10000));
    QCOMPARE(flushed.first().at(0).toBool(), true);
    QCOMPARE(sinkFor(waiting).size(), 1);
    QCOMPARE(m_outbox->pendingCount(), 0);
}

// The outbox's own connection (the UI thread's) is closed before the outbox is made: every path a
// console takes (tables, recording, sending in order, resending, dead letters, counts, flushing)
// still works, since none runs a query there.
void TestWebhookOutbox::worksWithTheUiConnectionClosed()
{
    m_outbox.reset();
    m_store->database().close();
    makeOutbox();
    QStringList events;
    int recorded = 0;
    const auto recordLater = [&](const QString &agent, const QString &target) {
        const AuditEntry outcome = outcomeFor(agent, target);
        const WebhookEvent event = WebhookEvent::create(
            agent, target, outcome.fromStatus, QString(), outcome.supervisor, QString(), m_clock.get());
        events << event.eventId;
        m_outbox->recordOutcomeLater(
            outcome, event, this, [&recorded](bool ok, const AuditEntry &, const QString &) { recorded += ok; });
    };
    recordLater(QStringLiteral("agent-A"), QStringLiteral("Break"));
    recordLater(QStringLiteral("agent-A"), QStringLiteral("Available"));
    recordLater(QStringLiteral("agent-B"), QStringLiteral("Break"));
    m_outbox->start();
    QTRY_COMPARE(recorded, 3);
    QTRY_COMPARE(sink().size(), 3);
    QTRY_COMPARE(m_outbox->pendingCount(), 0);
    QStringList agentA;
    for (const QJsonValue &value : sink()) {
        const QString id = value[QLatin1String("headers")][QLatin1String("x-statusdesk-delivery")].toString();
        if (id != events.at(2))
            agentA << id;
    }
    QCOMPARE(agentA, events.mid(0, 2));

    m_outbox->resend(events.at(0));
    QTRY_COMPARE(sinkFor(events.at(0)).size(), 2);
    QTRY_COMPARE(m_outbox->pendingCount(), 0);
    m_sim->server()->failWebhooks(m_sinkName, 400, 1);
    recordLater(QStringLiteral("agent-C"), QStringLiteral("Meal"));
    QTRY_COMPARE(m_outbox->deadLetterCount(), 1);
    QCOMPARE(m_outbox->pendingCount(), 0);
    QSignalSpy flushed(m_outbox.get(), &WebhookOutbox::flushed);
    m_outbox->flush(1000);
    QVERIFY(flushed.wait(5000));
    QCOMPARE(flushed.first().at(0).toBool(), true);
    m_outbox.reset();
    m_store.reset();

    QString error;
    const std::unique_ptr<AuditStore> reopened
        = AuditStore::open(m_dir->filePath(QStringLiteral("audit.sqlite")), &error, m_clock.get());
    QVERIFY2(reopened, qPrintable(error));
    AuditQuery delivered;
    delivered.outcome = QString(AuditOutcome::WebhookDelivered);
    QCOMPARE(reopened->count(delivered), qint64(4));
    AuditQuery dead;
    dead.outcome = QString(AuditOutcome::WebhookDeadLetter);
    QCOMPARE(reopened->count(dead), qint64(1));
    QVERIFY(reopened->verify().ok);
}

QTEST_GUILESS_MAIN(TestWebhookOutbox)
#include "tst_webhookoutbox.moc"
