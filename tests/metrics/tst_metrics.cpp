// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/MetricsFile.h"
#include "metrics/MetricsRegistry.h"
#include "metrics/MetricsServer.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
const MetricLabels Ok {
    {QStringLiteral("status"), QStringLiteral("Break")}, {QStringLiteral("result"), QStringLiteral("applied")}};
}

class TestMetrics : public QObject
{
    Q_OBJECT
private slots:
    void countersByLabels();
    void histogramBucketsAreCumulative();
    void medianOfTheCompareWindow();
    void expositionText();
    void escapesLabelValuesAndHelp();
    void ignoresMisuse();
    void boundsLabelSets();
    void standardRegistryPassesPromtool();
    void serverAnswersScrapes_data();
    void serverAnswersScrapes();
    void fileExport();

private:
    static void fillStandard(MetricsRegistry &registry);
};

void TestMetrics::countersByLabels()
{
    MetricsRegistry registry;
    registry.declareCounter(QStringLiteral("x_total"), QStringLiteral("help"));
    QSignalSpy changed(&registry, &MetricsRegistry::changed);
    const MetricLabels getOk {
        {QStringLiteral("method"), QStringLiteral("GET")}, {QStringLiteral("code"), QStringLiteral("200")}};
    const MetricLabels okGet {
        {QStringLiteral("code"), QStringLiteral("200")}, {QStringLiteral("method"), QStringLiteral("GET")}};
    registry.increment(QStringLiteral("x_total"), getOk);
    registry.increment(QStringLiteral("x_total"), okGet, 2); // same series, labels in another order
    registry.increment(QStringLiteral("x_total"), {{QStringLiteral("method"), QStringLiteral("PUT")}});
    QCOMPARE(registry.counterValue(QStringLiteral("x_total"), getOk), 3.0);
    QCOMPARE(
        registry.counterValue(QStringLiteral("x_total"), {{QStringLiteral("method"), QStringLiteral("PUT")}}), 1.0);
    QCOMPARE(registry.counterValue(QStringLiteral("x_total"), {}), 0.0);
    QCOMPARE(registry.series(QStringLiteral("x_total")).size(), 2);
    QCOMPARE(changed.count(), 3);
}

void TestMetrics::histogramBucketsAreCumulative()
{
    MetricsRegistry registry;
    registry.declareHistogram(QStringLiteral("lat_seconds"), QStringLiteral("h"), {0.1, 1, 0.5});
    for (const double v : {0.05, 0.1, 0.3, 0.7, 2.0, 5.0})
        registry.observe(QStringLiteral("lat_seconds"), {}, v);
    const HistogramSnapshot h = registry.histogram(QStringLiteral("lat_seconds"));
    QCOMPARE(h.upperBounds, (QVector<double> {0.1, 0.5, 1}));
    QCOMPARE(h.cumulativeCounts, (QVector<quint64> {2, 3, 4, 6})); // le is inclusive: 0.1 falls in 0.1
    QCOMPARE(h.count, quint64(6));
    QCOMPARE(h.sum, 8.15);
    QCOMPARE(MetricsRegistry::defaultBuckets().size(), 11);
}

void TestMetrics::expositionText()
{
    MetricsRegistry registry;
    registry.declareCounter(QStringLiteral("b_total"), QStringLiteral("Counts b."));
    registry.declareHistogram(QStringLiteral("a_seconds"), QStringLiteral("Times a."), {0.5, 1});
    registry.increment(QStringLiteral("b_total"), {{QStringLiteral("k"), QStringLiteral("v")}}, 2);
    registry.observe(QStringLiteral("a_seconds"), {{QStringLiteral("s"), QStringLiteral("x")}}, 0.25);
    registry.observe(QStringLiteral("a_seconds"), {{QStringLiteral("s"), QStringLiteral("x")}}, 3);
    QCOMPARE(QString::fromUtf8(registry.exposition()),
        QStringLiteral("# HELP a_seconds Times a.\n"
                       "# TYPE a_seconds histogram\n"
                       "a_seconds_bucket{s=\"x\",le=\"0.5\"} 1\n"
                       "a_seconds_bucket{s=\"x\",le=\"1\"} 1\n"
                       "a_seconds_bucket{s=\"x\",le=\"+Inf\"} 2\n"
                       "a_seconds_sum{s=\"x\"} 3.25\n"
                       "a_seconds_count{s=\"x\"} 2\n"
                       "# HELP b_total Counts b.\n"
                       "# TYPE b_total counter\n"
                       "b_total{k=\"v\"} 2\n"));
}

void TestMetrics::escapesLabelValuesAndHelp()
{
    MetricsRegistry registry;
    registry.declareCounter(QStringLiteral("e_total"), QStringLiteral("line\\one\nline two"));
    registry.increment(QStringLiteral("e_total"), {{QStringLiteral("who"), QStringLiteral("a\"b\\c\nd")}});
    const QByteArray text = registry.exposition();
    QVERIFY(text.contains("# HELP e_total line\\\\one\\nline two\n"));
    QVERIFY(text.contains("e_total{who=\"a\\\"b\\\\c\\nd\"} 1\n"));
}

void TestMetrics::ignoresMisuse()
{
    MetricsRegistry registry;
    registry.declareCounter(QStringLiteral("c_total"), QStringLiteral("c"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("undeclared")));
    registry.increment(QStringLiteral("nope_total"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("undeclared histogram")));
    registry.observe(QStringLiteral("c_total"), {}, 1);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("only goes up")));
    registry.increment(QStringLiteral("c_total"), {}, -1);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("invalid label")));
    registry.increment(QStringLiteral("c_total"), {{QStringLiteral("bad-name"), QStringLiteral("x")}});
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("invalid metric name")));
    registry.declareCounter(QStringLiteral("9bad total"), QStringLiteral("x"));
    QCOMPARE(registry.names(), QStringList {QStringLiteral("c_total")});
    QCOMPARE(registry.counterValue(QStringLiteral("c_total")), 0.0);
}

void TestMetrics::fillStandard(MetricsRegistry &registry)
{
    registry.observe(Metric::StateUpdateLatency, Ok, 0.182);
    registry.observe(Metric::StateUpdateLatency,
        {{QStringLiteral("status"), QStringLiteral("Meal")}, {QStringLiteral("result"), QStringLiteral("conflict")}},
        12);
    registry.increment(Metric::ValidationErrors, {{QStringLiteral("error_type"), QStringLiteral("capacity")}});
    registry.increment(Metric::HttpRequests,
        {{QStringLiteral("method"), QStringLiteral("PATCH")}, {QStringLiteral("code"), QStringLiteral("429")}});
    registry.increment(Metric::RateLimited);
    registry.increment(Metric::Conflicts, {{QStringLiteral("resolution"), QStringLiteral("apply_latest")}});
    registry.increment(Metric::WebhookDeliveries, {{QStringLiteral("result"), QStringLiteral("delivered")}});
    registry.observe(Metric::StateUpdateWait, {{QStringLiteral("status"), QStringLiteral("Break")}}, 2.5);
    registry.observe(Metric::CompareWindow, {}, 0.004);
}

void TestMetrics::boundsLabelSets()
{
    MetricsRegistry registry;
    registry.declareCounter(QStringLiteral("x_total"), QStringLiteral("help"));
    const auto labels = [](int i) { return MetricLabels {{QStringLiteral("status"), QString::number(i)}}; };
    for (int i = 0; i <= MetricsRegistry::MaxSeriesPerMetric; ++i)
        registry.increment(QStringLiteral("x_total"), labels(i));
    QCOMPARE(registry.series(QStringLiteral("x_total")).size(), MetricsRegistry::MaxSeriesPerMetric);
    QCOMPARE(registry.counterValue(QStringLiteral("x_total"), labels(MetricsRegistry::MaxSeriesPerMetric)), 0.0);
    // The label sets already known keep counting.
    registry.increment(QStringLiteral("x_total"), labels(0));
    QCOMPARE(registry.counterValue(QStringLiteral("x_total"), labels(0)), 2.0);
}

void TestMetrics::standardRegistryPassesPromtool()
{
    std::unique_ptr<MetricsRegistry> registry(MetricsRegistry::createStandard());
    QCOMPARE(registry->names().size(), 8);
    // Before anything happened the unlabelled counter already shows 0.
    QVERIFY(registry->exposition().contains("\nstatusdesk_rate_limited_total 0\n"));
    fillStandard(*registry);
    const QByteArray text = registry->exposition();
    QVERIFY(text.contains(
        "genesys_state_update_latency_seconds_bucket{result=\"applied\",status=\"Break\",le=\"0.25\"} 1\n"));
    QVERIFY(text.contains(
        "genesys_state_update_latency_seconds_bucket{result=\"applied\",status=\"Break\",le=\"0.1\"} 0\n"));
    QVERIFY(text.contains(
        "genesys_state_update_latency_seconds_bucket{result=\"conflict\",status=\"Meal\",le=\"+Inf\"} 1\n"));

    // No skip: promtool comes with Debian's prometheus package (scripts/install-deps).
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    QVERIFY2(!promtool.isEmpty(), "promtool not found (install the prometheus package)");
    QProcess check;
    check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    QVERIFY(check.waitForStarted());
    check.write(text);
    check.closeWriteChannel();
    QVERIFY(check.waitForFinished(30000));
    const QByteArray output = check.readAllStandardOutput() + check.readAllStandardError();
    QVERIFY2(check.exitCode() == 0, output.constData());
    QVERIFY2(output.trimmed().isEmpty(), output.constData()); // no lint findings either

    // And promtool does catch a broken exposition, so the check above means something.
    QProcess broken;
    broken.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    QVERIFY(broken.waitForStarted());
    broken.write("# TYPE x counter\nx{a=\"unterminated} 1\n");
    broken.closeWriteChannel();
    QVERIFY(broken.waitForFinished(30000));
    QVERIFY(broken.exitCode() != 0);
}

void TestMetrics::serverAnswersScrapes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("GET /metrics") << QByteArray("GET") << QStringLiteral("/metrics") << 200;
    QTest::newRow("GET /metrics?x=1") << QByteArray("GET") << QStringLiteral("/metrics?x=1") << 200;
    QTest::newRow("GET /") << QByteArray("GET") << QStringLiteral("/") << 404;
    QTest::newRow("POST /metrics") << QByteArray("POST") << QStringLiteral("/metrics") << 405;
}

void TestMetrics::serverAnswersScrapes()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    std::unique_ptr<MetricsRegistry> registry(MetricsRegistry::createStandard());
    fillStandard(*registry);
    MetricsServer server(registry.get());
    QString error;
    QVERIFY2(server.listen(0, &error), qPrintable(error));
    QVERIFY(server.port() != 0);
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(server.port()).arg(path)));
    QNetworkReply *reply
        = network.sendCustomRequest(request, method, method == "POST" ? QByteArray("x") : QByteArray());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    if (status == 200) {
        QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader)
                    .toString()
                    .startsWith(QLatin1String("text/plain; version=0.0.4")));
        QCOMPARE(reply->readAll(), registry->exposition());
    }
    reply->deleteLater();
}

void TestMetrics::fileExport()
{
    std::unique_ptr<MetricsRegistry> registry(MetricsRegistry::createStandard());
    fillStandard(*registry);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("statusdesk.prom"));
    QString error;
    QVERIFY2(MetricsFile::write(*registry, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), registry->exposition());
    QVERIFY(!MetricsFile::write(*registry, dir.filePath(QStringLiteral("missing/folder/x.prom")), &error));
    QVERIFY(error.contains(QLatin1String("missing/folder")));
}

// The median the metrics panel shows: interpolated inside the bucket that holds it, as Prometheus'
// histogram_quantile() does; none without observations.
void TestMetrics::medianOfTheCompareWindow()
{
    std::unique_ptr<MetricsRegistry> registry(MetricsRegistry::createStandard());
    QCOMPARE(registry->histogram(Metric::CompareWindow).quantile(0.5), -1.0);
    // Buckets 0.001, 0.0025, 0.005, 0.01: one at 0.5 ms, three at 3 ms, one at 8 ms.
    for (double value : {0.0005, 0.003, 0.003, 0.003, 0.008})
        registry->observe(Metric::CompareWindow, {}, value);
    const HistogramSnapshot window = registry->histogram(Metric::CompareWindow);
    QCOMPARE(window.count, quint64(5));
    // Rank 2.5 of 5: in (0.0025, 0.005], which holds ranks 1 to 4: 0.0025 + 0.0025 * 1.5 / 3.
    QVERIFY(qAbs(window.quantile(0.5) - 0.00375) < 1e-9);
    QVERIFY(qAbs(window.quantile(1.0) - 0.01) < 1e-9);
    // Past the last bound, the last bound.
    registry->observe(Metric::CompareWindow, {}, 60);
    registry->observe(Metric::CompareWindow, {}, 60);
    registry->observe(Metric::CompareWindow, {}, 60);
    registry->observe(Metric::CompareWindow, {}, 60);
    registry->observe(Metric::CompareWindow, {}, 60);
    QCOMPARE(registry->histogram(Metric::CompareWindow).quantile(0.9), 10.0);
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
