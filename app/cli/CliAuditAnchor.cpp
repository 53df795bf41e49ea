// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliAuditAnchor.h"

#include "ExitCode.h"
#include "audit/AuditAnchor.h"
#include "audit/AuditStore.h"
#include "core/Clock.h"

#include <QSaveFile>

bool CliAuditAnchor::loadKey(const QString &keyFile, QByteArray *key, QString *error)
{
    QString problem;
    const AuditKey loaded = AuditKey::fromEnvironmentOrFile(keyFile, &problem);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    *key = loaded.text();
    return true;
}

CliAuditAnchor::Outcome CliAuditAnchor::checkpoint(const AuditStore &store, const QString &outputFile)
{
    Outcome outcome;
    outcome.exitCode = ExitCode::Failure;
    if (!store.isKeyed()) {
        outcome.error = tr("A checkpoint is signed with the audit key: set STATUSDESK_AUDIT_KEY or give "
                           "--audit-key-file.");
        return outcome;
    }
    const AuditVerifyResult verified = store.verify();
    if (!verified.ok) {
        outcome.error = tr("No checkpoint of a broken chain: %1").arg(verified.message);
        return outcome;
    }
    qint64 lastId = 0;
    QString lastLink;
    if (!store.head(&lastId, &lastLink, &outcome.error))
        return outcome;
    const QByteArray bytes = AuditAnchor::checkpoint(lastId, lastLink, store.clock()->now(), store.key());
    if (outputFile.isEmpty()) {
        outcome.text = QString::fromUtf8(bytes);
    } else {
        QSaveFile file(outputFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            outcome.error = tr("Cannot write the checkpoint %1: %2").arg(outputFile, file.errorString());
            return outcome;
        }
        outcome.text = tr("Checkpoint of entry %1 written to %2.\n").arg(lastId).arg(outputFile);
    }
    outcome.exitCode = ExitCode::Done;
    return outcome;
}

CliAuditAnchor::Outcome CliAuditAnchor::verify(const AuditStore &store, const QString &anchorFile)
{
    Outcome outcome;
    QVector<AuditAnchor::Point> points;
    if (!AuditAnchor::readFile(anchorFile, store.key(), &points, &outcome.error)) {
        outcome.exitCode = ExitCode::BadAnchor;
        return outcome;
    }
    outcome.result = AuditAnchor::check(store, points);
    outcome.exitCode = outcome.result.ok ? ExitCode::Done : ExitCode::Failure;
    return outcome;
}
