// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditKey.h"
#include "audit/AuditVerifyResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

class AuditStore;

// What someone outside the log saw of its chain: entry `sequence` had link `head`. A checkpoint file
// (one JSON object signed with the audit key) or a webhook receiver's record (JSON Lines of the
// events it received, each carrying audit_sequence and audit_head) gives such points back; checking
// the log against them shows what the log alone cannot: its tail removed, the file emptied, a -wal
// lost after a crash, or the chain rewritten by one who holds the key.
class AuditAnchor
{
    Q_DECLARE_TR_FUNCTIONS(AuditAnchor)

public:
    struct Point
    {
        qint64 sequence = 0;
        QString head;
    };

    static constexpr qint64 MaxFileBytes = 256LL * 1024 * 1024;
    static QString checkpointFormat(); // "statusdesk-audit-checkpoint/1"

    // The signed checkpoint of the log's head: compact JSON, one line.
    static QByteArray checkpoint(qint64 sequence, const QString &head, const QDateTime &time, const AuditKey &key);
    // Reads a checkpoint (its signature checked with key) or a receiver's record. Fills *error for a
    // malformed file, a wrong signature or a file without any anchor point.
    static bool parse(const QByteArray &content, const AuditKey &key, QVector<Point> *points, QString *error);
    static bool readFile(const QString &path, const AuditKey &key, QVector<Point> *points, QString *error);
    // Verifies the chain, then every point against it: Truncated when the log ends before a point,
    // Rewritten when the entry at a point has another link.
    static AuditVerifyResult check(const AuditStore &store, const QVector<Point> &points);

private:
    static QByteArray signedBytes(qint64 sequence, const QString &head, const QString &time);
};
