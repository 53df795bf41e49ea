// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: appends audit entries to a store and prints each acknowledged id on stdout, one a line.
//   audit_writer <location> <count> <writer-name>
#include "audit/AuditStore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: audit_writer <location> <count> <writer-name>\n");
        return 2;
    }
    QString error;
    const auto store = AuditStore::open(args.at(1), &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 count = args.at(2).toLongLong();
    for (qint64 i = 0; i < count; ++i) {
        AuditEntry entry;
        entry.supervisor = args.at(3);
        entry.agentId = QStringLiteral("agent-%1").arg(i % 7);
        entry.outcome = QString(AuditOutcome::Applied);
        entry.msg = QStringLiteral("%1 entry %2").arg(args.at(3)).arg(i);
        if (!store->append(entry, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(entry.id));
        std::fflush(stdout);
    }
    return 0;
}
