// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimTestClient.h"
#include "support/SimFixture.h"

#include <QTcpSocket>
#include <QTest>

// 10,000 agents and 64 concurrent connections: every answer complete and correct (speed is bench_sim's).
class TestSimScale : public QObject
{
    Q_OBJECT

private:
    struct Fetch
    {
        QTcpSocket socket;
        QByteArray buffer;
        int page = 0;

        // The whole answer has arrived when the body is as long as Content-Length says.
        bool complete() const
        {
            const int headerEnd = int(buffer.indexOf("\r\n\r\n"));
            if (headerEnd < 0)
                return false;
            const QByteArray head = buffer.left(headerEnd).toLower() + "\r\n";
            const int at = int(head.indexOf("content-length:")) + 15;
            const int length = head.mid(at, head.indexOf('\r', at) - at).trimmed().toInt();
            return buffer.size() >= headerEnd + 4 + length;
        }
        QJsonObject body() const
        {
            return QJsonDocument::fromJson(buffer.mid(buffer.indexOf("\r\n\r\n") + 4)).object();
        }
    };

private slots:
    void tenThousandAgentsSixtyFourConnections()
    {
        SimFixture sim;
        SimConfig config;
        config.agents = 10000;
        config.rateLimitPerMinute = 0;
        QVERIFY(sim.start(config).isValid());
        SimTestClient client(sim.baseUrl());
        const QByteArray token = client.signIn().toLatin1();
        QVERIFY(!token.isEmpty());

        std::vector<std::unique_ptr<Fetch>> fetches;
        for (int i = 0; i < 64; ++i) {
            auto f = std::make_unique<Fetch>();
            f->page = 1 + i % 20;
            Fetch *raw = f.get();
            connect(&f->socket, &QTcpSocket::readyRead, &f->socket, [raw]() { raw->buffer += raw->socket.readAll(); });
            connect(&f->socket, &QTcpSocket::connected, &f->socket, [raw, token]() {
                raw->socket.write("GET /api/v2/users?pageSize=500&pageNumber=" + QByteArray::number(raw->page)
                    + "&expand=presence,routingStatus HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                    + "\r\n\r\n");
            });
            f->socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(sim.baseUrl().port()));
            fetches.push_back(std::move(f));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(fetches.cbegin(), fetches.cend(), [](const auto &f) { return f->complete(); }), 25000);
        for (const auto &f : fetches) {
            QVERIFY(f->buffer.startsWith("HTTP/1.1 200"));
            const QJsonObject page = f->body();
            QCOMPARE(page.value(QStringLiteral("total")).toInt(), 10000);
            QCOMPARE(page.value(QStringLiteral("pageNumber")).toInt(), f->page);
            const QJsonArray entities = page.value(QStringLiteral("entities")).toArray();
            QCOMPARE(entities.size(), 500);
            QVERIFY(entities.at(499)
                        .toObject()
                        .value(QStringLiteral("presence"))
                        .toObject()
                        .contains(QStringLiteral("presenceDefinition")));
            QVERIFY(entities.at(0).toObject().contains(QStringLiteral("routingStatus")));
        }
        QCOMPARE(client.get(QStringLiteral("/api/v2/users?pageSize=500&pageNumber=20"))
                     .object()
                     .value(QStringLiteral("nextUri"))
                     .toString(),
            QString());
    }
};

QTEST_GUILESS_MAIN(TestSimScale)
#include "tst_sim_scale.moc"
