// SPDX-License-Identifier: GPL-3.0-or-later
// Fills a SQLite audit store with many entries, then times the filtered and paged queries of the
// audit panel against an unfiltered first page measured in the same run.
//   bench_audit [--entries N] [--keep PATH]
// The fill appends through AuditStore (hash chain and all), 10,000 entries per transaction, so
// that it takes minutes rather than the hours of one fsync per entry; the queries are unaffected.
#include "audit/AuditStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

constexpr int Batch = 10000;
constexpr qint64 PanelCountCap = 1001; // AuditTableModel::DefaultCountCap + 1, as the panel asks
constexpr int Repeats = 15;

double medianMs(const std::function<void()> &run)
{
    QVector<double> times;
    for (int i = 0; i < Repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

bool fill(AuditStore &store, qint64 entries)
{
    static const char *const outcomes[] = {"applied", "applied", "applied", "intent", "intent", "intent", "rejected",
        "conflict", "retried", "webhook_delivered", "webhook_delivered", "validation_failed"};
    static const char *const statuses[] = {"Available", "On Queue", "Break", "Meal", "Away", "Offline"};
    QRandomGenerator random(42);
    const QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    // One month, spread evenly.
    const qint64 stepMs = qMax<qint64>(1, 30LL * 24 * 3600 * 1000 / entries);
    QElapsedTimer timer;
    timer.start();
    for (qint64 i = 0; i < entries;) {
        QString error;
        if (!store.beginWrite(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
        for (int j = 0; j < Batch && i < entries; ++j, ++i) {
            AuditEntry entry;
            const int agent = int(random.bounded(250));
            entry.time = start.addMSecs(i * stepMs);
            entry.supervisor = QStringLiteral("supervisor-%1").arg(agent / 25);
            entry.agentId = QStringLiteral("agent-%1").arg(agent);
            entry.agentName = QStringLiteral("Agent Name %1").arg(agent);
            entry.fromStatus = QLatin1String(statuses[random.bounded(6)]);
            entry.toStatus = QLatin1String(statuses[random.bounded(6)]);
            entry.reason = QStringLiteral("Coffee");
            entry.outcome = QLatin1String(outcomes[random.bounded(12)]);
            entry.latencyMs = random.bounded(40, 900);
            entry.correlationId = QStringLiteral("corr-%1").arg(i);
            entry.msg = QStringLiteral("status change %1").arg(i);
            if (!store.appendInTransaction(entry, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return false;
            }
        }
        if (!store.commitWrite()) {
            std::fprintf(stderr, "commit failed\n");
            return false;
        }
        if (i % 100000 == 0)
            std::fprintf(stderr, "  %lld entries, %.1f s\n", static_cast<long long>(i), timer.elapsed() / 1000.0);
    }
    std::printf("fill: %lld entries in %.1f s (%.0f entries/s, %d per transaction)\n", static_cast<long long>(entries),
        timer.elapsed() / 1000.0, entries * 1000.0 / qMax<qint64>(1, timer.elapsed()), Batch);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 entries = 1000000;
    QString keep;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--entries"))
            entries = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--keep"))
            keep = args.at(i + 1);
    }
    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("bench-audit.sqlite")) : keep;
    QString error;
    auto store = AuditStore::open(path, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    AuditQuery everything;
    everything.limit = 0;
    const qint64 existing = store->count(everything);
    if (existing < entries && !fill(*store, entries - existing))
        return 1;
    entries = store->count(everything);

    struct Case
    {
        const char *name;
        AuditQuery query;
        bool count = false;
        qint64 cap = 0; // with count: AuditStore::countUpTo (the audit panel's count)
    };
    const auto page = [](const std::function<void(AuditQuery &)> &set, int offset = 0) {
        AuditQuery q;
        q.limit = 100;
        q.offset = offset;
        set(q);
        return q;
    };
    const QDateTime mid = QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC);
    QVector<Case> cases {
        {"first page, unfiltered (baseline)", page([](AuditQuery &) {})},
        {"page 100 (offset 10,000)", page([](AuditQuery &) {}, 10000)},
        {"page 5,000 (offset 500,000)", page([](AuditQuery &) {}, 500000)},
        {"keyset page at the middle (beforeId)", page([&](AuditQuery &q) { q.beforeId = entries / 2; })},
        {"agent id", page([](AuditQuery &q) { q.agent = QStringLiteral("agent-17"); })},
        {"agent name substring", page([](AuditQuery &q) { q.agent = QStringLiteral("name 17"); })},
        {"supervisor", page([](AuditQuery &q) { q.supervisor = QStringLiteral("supervisor-3"); })},
        {"outcome (rare)", page([](AuditQuery &q) { q.outcome = QStringLiteral("validation_failed"); })},
        {"time range (1 hour)", page([&](AuditQuery &q) {
             q.from = mid;
             q.to = mid.addSecs(3600);
         })},
        {"supervisor + 1 day", page([&](AuditQuery &q) {
             q.supervisor = QStringLiteral("supervisor-3");
             q.from = mid;
             q.to = mid.addDays(1);
         })},
        {"free text (one match)", page([](AuditQuery &q) { q.text = QStringLiteral("corr-123456"); })},
        {"free text (common)", page([](AuditQuery &q) { q.text = QStringLiteral("Break"); })},
        {"count, unfiltered", page([](AuditQuery &) {}), true},
        {"count, agent id", page([](AuditQuery &q) { q.agent = QStringLiteral("agent-17"); }), true},
        {"count, 1 day", page([&](AuditQuery &q) {
             q.from = mid;
             q.to = mid.addDays(1);
         }),
            true},
        {"count, free text (common)", page([](AuditQuery &q) { q.text = QStringLiteral("Break"); }), true},
        {"count up to 1,001, free text (common)", page([](AuditQuery &q) { q.text = QStringLiteral("Break"); }), true,
            PanelCountCap},
    };
    std::printf(
        "queries on %lld entries (median of %d runs, 100 rows a page):\n", static_cast<long long>(entries), Repeats);
    double baseline = 0;
    for (const Case &c : cases) {
        int rows = 0;
        const double ms = medianMs([&] {
            if (c.count)
                rows = int(c.cap > 0 ? store->countUpTo(c.query, c.cap) : store->count(c.query));
            else
                rows = int(store->query(c.query).size());
        });
        if (baseline == 0)
            baseline = ms;
        std::printf(
            "  %-36s %9.2f ms  x%-8.1f (%d %s)\n", c.name, ms, ms / baseline, rows, c.count ? "counted" : "rows");
    }
    QElapsedTimer verifyTimer;
    verifyTimer.start();
    const AuditVerifyResult verified = store->verify();
    std::printf("verify: %s, %lld entries in %.1f s\n", verified.ok ? "ok" : "FAILED",
        static_cast<long long>(verified.entriesChecked), verifyTimer.elapsed() / 1000.0);
    return verified.ok ? 0 : 1;
}
