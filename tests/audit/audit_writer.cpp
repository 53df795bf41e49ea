// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: appends audit entries to a store and prints each acknowledged id on stdout, one a line.
//   audit_writer <location> <count> <writer-name> [group]
// With "group" the entries go through AuditWriter (asynchronous, group commit), up to 64 in flight,
// and an id is printed when the writer reports it durable; otherwise each by AuditStore::append.
#include "audit/AuditStore.h"
#include "audit/AuditWriter.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

constexpr int InFlight = 64;

AuditEntry entryFor(const QString &writer, qint64 i)
{
    AuditEntry entry;
    entry.supervisor = writer;
    entry.agentId = QStringLiteral("agent-%1").arg(i % 7);
    entry.outcome = QString(AuditOutcome::Applied);
    entry.msg = QStringLiteral("%1 entry %2").arg(writer).arg(i);
    return entry;
}

// Keeps InFlight submissions queued; prints each id as it is reported durable.
class GroupWriter : public QObject
{
public:
    GroupWriter(AuditStore *store, const QString &name, qint64 count)
        : m_writer(store->writer())
        , m_name(name)
        , m_count(count)
    {
    }
    void start()
    {
        while (m_submitted < m_count && m_submitted - m_reported < InFlight)
            submitNext();
    }

private:
    void submitNext()
    {
        m_writer->submit({entryFor(m_name, m_submitted++)}, this,
            [this](bool ok, const QVector<AuditEntry> &entries, const QString &error) {
                if (!ok) {
                    std::fprintf(stderr, "%s\n", qPrintable(error));
                    QCoreApplication::exit(1);
                    return;
                }
                std::printf("%lld\n", static_cast<long long>(entries.constFirst().id));
                std::fflush(stdout);
                if (++m_reported == m_count)
                    QCoreApplication::exit(0);
                start();
            });
    }

    AuditWriter *m_writer;
    QString m_name;
    qint64 m_count;
    qint64 m_submitted = 0;
    qint64 m_reported = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool group = args.size() == 5 && args.at(4) == QLatin1String("group");
    if (args.size() != 4 && !group) {
        std::fprintf(stderr, "usage: audit_writer <location> <count> <writer-name> [group]\n");
        return 2;
    }
    QString error;
    const auto store = AuditStore::open(args.at(1), &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 count = args.at(2).toLongLong();
    if (group) {
        GroupWriter writer(store.get(), args.at(3), count);
        writer.start();
        return count > 0 ? app.exec() : 0;
    }
    for (qint64 i = 0; i < count; ++i) {
        AuditEntry entry = entryFor(args.at(3), i);
        if (!store->append(entry, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(entry.id));
        std::fflush(stdout);
    }
    return 0;
}
