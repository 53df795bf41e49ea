// SPDX-License-Identifier: GPL-3.0-or-later
// Fills a SQLite audit store with many entries, then times the filtered and paged queries of the
// audit panel against an unfiltered first page measured in the same run, the chain verification
// against sha256sum of the same rows' bytes, and the durable appends of a bulk change against one
// fsync'd transaction per entry. The chain is keyed, as every console's is; a copy of the store with
// the links computed again unkeyed gives the verification of plain SHA-256 links, so that the key's
// cost shows.
//   bench_audit [--entries N] [--keep PATH]   (PATH is the keyed store; PATH.plain its unkeyed copy)
// The fill appends through AuditStore (hash chain and all), 10,000 entries per transaction, so
// that it takes minutes rather than the hours of one fsync per entry; the queries are unaffected.
#include "audit/AuditKey.h"
#include "audit/AuditRow.h"
#include "audit/AuditStore.h"
#include "audit/AuditWriter.h"
#include "harness/BenchFigure.h"
#include "harness/BenchProcess.h"
#include "webhook/WebhookEvent.h"
#include "webhook/WebhookOutbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

constexpr int Batch = 10000;
constexpr qint64 PanelCountCap = 1001; // AuditTableModel::DefaultCountCap + 1, as the panel asks
const int Repeats = BenchFigure::size(15, 3);
const int BulkAgents = BenchFigure::size(1000, 20); // the bulk change whose audit writes are timed

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
    BenchFigure::note(QStringLiteral("fill: %1 entries in %2 s (%3 per transaction)")
                          .arg(entries)
                          .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                          .arg(Batch));
    return true;
}

// The same entries with plain SHA-256 links, for the unkeyed verification: a copy of the keyed log
// whose links are computed again without the key (in one transaction, far quicker than a second fill).
std::unique_ptr<AuditStore> unkeyedCopy(const AuditStore &keyed, const QString &path)
{
    AuditQuery everything;
    everything.limit = 0;
    if (QFile::exists(path)) { // kept from an earlier run (--keep)
        auto kept = AuditStore::open(path, nullptr);
        if (kept && kept->count(everything) == keyed.count(everything)) {
            BenchFigure::note(QStringLiteral("unkeyed copy: kept from an earlier run"));
            return kept;
        }
    }
    QElapsedTimer timer;
    timer.start();
    QFile::remove(path);
    QSqlQuery copy(keyed.database());
    if (!copy.exec(
            QStringLiteral("VACUUM INTO '%1'").arg(QString(path).replace(QLatin1Char('\''), QLatin1String("''"))))) {
        std::fprintf(stderr, "bench_audit: cannot copy the log: %s\n", qPrintable(copy.lastError().text()));
        return nullptr;
    }
    QString error;
    auto store = AuditStore::open(path, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return nullptr;
    }
    QSqlDatabase db = store->database();
    db.transaction();
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE audit_entries SET prev_hash = ?, hash = ? WHERE id = ?"));
    if (!read.exec(QLatin1String("SELECT ") + AuditRow::columns() + QLatin1String(" FROM audit_entries ORDER BY id"))) {
        std::fprintf(stderr, "bench_audit: %s\n", qPrintable(read.lastError().text()));
        return nullptr;
    }
    QString link = AuditEntry::genesisHash();
    while (read.next()) {
        AuditEntry entry = AuditRow::fromQuery(read);
        entry.prevHash = link;
        link = entry.computeHash();
        update.addBindValue(entry.prevHash);
        update.addBindValue(link);
        update.addBindValue(entry.id);
        if (!update.exec()) {
            std::fprintf(stderr, "bench_audit: %s\n", qPrintable(update.lastError().text()));
            return nullptr;
        }
    }
    QSqlQuery head(db);
    head.prepare(QStringLiteral("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1"));
    head.addBindValue(link);
    if (!head.exec() || !db.commit()) {
        std::fprintf(stderr, "bench_audit: %s\n", qPrintable(db.lastError().text()));
        return nullptr;
    }
    BenchFigure::note(
        QStringLiteral("unkeyed copy: links computed again in %1 s").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return store;
}

// The bytes the chain hashes, row after row, into one file: what sha256sum reads for the baseline.
bool dumpCanonicalBytes(const AuditStore &store, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    AuditQuery page;
    page.limit = 10000;
    for (;;) {
        const QVector<AuditEntry> rows = store.query(page);
        if (rows.isEmpty())
            break;
        for (const AuditEntry &entry : rows)
            file.write(entry.canonicalBytes());
        page.beforeId = rows.constLast().id;
    }
    return file.flush();
}

AuditEntry bulkEntry(int agent, const QString &outcome)
{
    AuditEntry entry;
    entry.supervisor = QStringLiteral("supervisor-1");
    entry.agentId = QStringLiteral("agent-%1").arg(agent);
    entry.agentName = QStringLiteral("Agent Name %1").arg(agent);
    entry.fromStatus = QStringLiteral("Available");
    entry.toStatus = QStringLiteral("Offline");
    entry.reason = QStringLiteral("EndOfShift");
    entry.outcome = outcome;
    entry.msg = QStringLiteral("bulk change");
    return entry;
}

// The audit writes of a bulk change of `agents` agents as StatusChangeService makes them: for each agent
// its intent (AuditStore::append) and its outcome with the webhook event (WebhookOutbox::recordOutcome).
// Returns entries per second; 0 on failure.
// As StatusChangeService writes a bulk change: per chunk of BulkChunk agents their intents are
// queued on the store's AuditWriter and must be durable before the chunk's write leaves; then the
// outcomes with their webhook events. Timed until the last outcome is durable. commits: the writer's
// transactions (each one fsync).
double bulkAppendsPerSecond(const QString &path, int agents, qint64 *commits)
{
    constexpr int BulkChunk = 50;
    QString error;
    auto store = AuditStore::open(path, &error);
    if (!store)
        return 0;
    WebhookOutbox outbox(store.get(), nullptr);
    QObject context;
    QEventLoop loop;
    bool failed = false;
    const auto done = [&failed, &error](bool ok, const QString &problem) {
        if (!ok && !failed) {
            failed = true;
            error = problem;
        }
    };
    const auto waitForQueued = [&] {
        store->writer()->afterQueued(&context, [&loop] { loop.quit(); });
        loop.exec();
    };
    QElapsedTimer timer;
    timer.start();
    for (int first = 0; first < agents && !failed; first += BulkChunk) {
        const int last = std::min(agents, first + BulkChunk);
        for (int i = first; i < last; ++i)
            store->writer()->submit({bulkEntry(i, QStringLiteral("intent"))}, &context,
                [&done](bool ok, const QVector<AuditEntry> &, const QString &problem) { done(ok, problem); });
        waitForQueued(); // the chunk's intents are durable: its write may leave
        for (int i = first; i < last; ++i) {
            const AuditEntry outcome = bulkEntry(i, QStringLiteral("applied"));
            const WebhookEvent event = WebhookEvent::create(
                outcome.agentId, outcome.toStatus, outcome.fromStatus, outcome.reason, outcome.supervisor, QString());
            outbox.recordOutcomeLater(outcome, event, &context,
                [&done](bool ok, const AuditEntry &, const QString &problem) { done(ok, problem); });
        }
    }
    waitForQueued();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (failed) {
        std::fprintf(stderr, "bench_audit: %s\n", qPrintable(error));
        return 0;
    }
    *commits = store->writer()->commitCount();
    return 2.0 * agents / seconds;
}

// The baseline: the same number of entries, each in its own fsync'd transaction.
double oneTransactionPerEntry(const QString &path, int entries)
{
    QString error;
    auto store = AuditStore::open(path, &error);
    if (!store)
        return 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < entries; ++i) {
        AuditEntry entry = bulkEntry(i / 2, i % 2 ? QStringLiteral("applied") : QStringLiteral("intent"));
        if (!store->beginWrite(&error) || !store->appendInTransaction(entry, &error) || !store->commitWrite(&error)) {
            std::fprintf(stderr, "bench_audit: %s\n", qPrintable(error));
            return 0;
        }
    }
    return entries / (double(timer.nsecsElapsed()) / 1e9);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 entries = BenchFigure::size(1000000, 2000);
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
    // The chain is keyed, as every console's is: verification checks HMAC links.
    if (!store->setKey(AuditKey::fromText("bench_audit: a fixed key for the keyed chain"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    AuditQuery everything;
    everything.limit = 0;
    const qint64 existing = store->count(everything);
    if (existing < entries && !fill(*store, entries - existing))
        return 1;
    entries = store->count(everything);
    auto plainStore = unkeyedCopy(*store, path + QStringLiteral(".plain"));
    if (!plainStore)
        return 1;

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
        {"agent id + 1 day", page([&](AuditQuery &q) {
             q.agent = QStringLiteral("agent-17");
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
    BenchFigure::note(
        QStringLiteral("queries on %1 entries (median of %2 runs, 100 rows a page):").arg(entries).arg(Repeats));
    double baseline = 0;
    double agentDay = 0;
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
        if (QLatin1String(c.name) == QLatin1String("agent id + 1 day"))
            agentDay = ms;
        BenchFigure::note(QStringLiteral("  %1 %2 ms  x%3 (%4 %5)")
                              .arg(QLatin1String(c.name), -38)
                              .arg(ms, 9, 'f', 2)
                              .arg(ms / baseline, -8, 'f', 1)
                              .arg(rows)
                              .arg(QLatin1String(c.count ? "counted" : "rows")));
    }

    // Verification against sha256sum reading the very bytes the chain hashes.
    const QString bytesPath = dir.filePath(QStringLiteral("rows.bin"));
    if (!dumpCanonicalBytes(*store, bytesPath)) {
        std::fprintf(stderr, "bench_audit: cannot write %s\n", qPrintable(bytesPath));
        return 1;
    }
    const BenchProcess::Result sha = BenchProcess(QStringLiteral("sha256sum"), {bytesPath}).run();
    // The faster of two runs each, taken in turns, so that neither log is the one that meets a cold cache.
    const auto timedVerify = [](const AuditStore &verifying, AuditVerifyResult *result, double *best) {
        QElapsedTimer timer;
        timer.start();
        *result = verifying.verify();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        *best = *best > 0 ? std::min(*best, seconds) : seconds;
    };
    AuditVerifyResult plainVerified;
    AuditVerifyResult verified;
    double plainSeconds = 0;
    double verifySeconds = 0;
    for (int run = 0; run < 2; ++run) {
        timedVerify(*plainStore, &plainVerified, &plainSeconds);
        timedVerify(*store, &verified, &verifySeconds);
    }
    BenchFigure::note(QStringLiteral("verify: keyed %1, %2 entries; unkeyed %3, %4 entries; the rows are %5 bytes")
                          .arg(QLatin1String(verified.ok ? "ok" : "FAILED"))
                          .arg(verified.entriesChecked)
                          .arg(QLatin1String(plainVerified.ok ? "ok" : "FAILED"))
                          .arg(plainVerified.entriesChecked)
                          .arg(QFile(bytesPath).size()));
    if (!sha.ok())
        BenchFigure::skip(QStringLiteral("sha256sum"), BenchProcess::describe(QStringLiteral("sha256sum"), sha));

    // The durable appends of a bulk change, each store fresh.
    qint64 bulkCommits = 0;
    const double bulkRate = bulkAppendsPerSecond(dir.filePath(QStringLiteral("bulk.sqlite")), BulkAgents, &bulkCommits);
    const double singleRate = oneTransactionPerEntry(dir.filePath(QStringLiteral("single.sqlite")), 2 * BulkAgents);
    BenchFigure::note(QStringLiteral(
        "durable appends: %1 entries (intents; outcomes with their webhook events) of a %2-agent bulk change "
        "through the AuditWriter, in %3 transactions")
                          .arg(2 * BulkAgents)
                          .arg(BulkAgents)
                          .arg(bulkCommits));

    const QString size = BenchFigure::tiny() ? QStringLiteral("_tiny")
        : entries == 1000000                 ? QStringLiteral("_1m")
                                             : QStringLiteral("_%1").arg(entries);
    BenchFigure::add(QStringLiteral("audit_verify") + size, plainSeconds, QStringLiteral("s"),
        sha.ok() ? sha.seconds : 0, QStringLiteral("sha256sum"));
    BenchFigure::add(QStringLiteral("audit_verify_keyed") + size, verifySeconds, QStringLiteral("s"),
        sha.ok() ? sha.seconds : 0, QStringLiteral("sha256sum"));
    BenchFigure::add(QStringLiteral("audit_verify_keyed") + size, verifySeconds, QStringLiteral("s"), plainSeconds,
        QStringLiteral("unkeyed_verify"));
    BenchFigure::add(QStringLiteral("audit_append_durable"), bulkRate, QStringLiteral("/s"), singleRate,
        QStringLiteral("one_transaction_per_entry"));
    BenchFigure::add(QStringLiteral("audit_filter") + size, agentDay, QStringLiteral("ms"), baseline,
        QStringLiteral("first_page_unfiltered"));
    BenchFigure::printAll();
    return verified.ok && plainVerified.ok && bulkRate > 0 && singleRate > 0 ? 0 : 1;
}
