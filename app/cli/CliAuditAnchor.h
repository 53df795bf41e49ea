// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditVerifyResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class AuditStore;

// The CLI's side of the keyed audit chain: where the key comes from, and the commands that anchor
// the chain outside the log (audit checkpoint, audit verify --anchor).
class CliAuditAnchor
{
    Q_DECLARE_TR_FUNCTIONS(CliAuditAnchor)

public:
    struct Outcome
    {
        int exitCode = 0;
        QString text; // for standard output
        QString error; // for standard error
        AuditVerifyResult result;
    };

    // STATUSDESK_AUDIT_KEY, else keyFile when it exists. No key is not an error (an unkeyed log); a
    // key file others may read or write, or too short a key, is.
    static bool loadKey(const QString &keyFile, QByteArray *key, QString *error);
    // Writes the signed checkpoint of the store's head to outputFile (empty: into text).
    static Outcome checkpoint(const AuditStore &store, const QString &outputFile);
    // Verifies the chain against the anchor file: exit 0 intact, 1 broken, 8 an unusable anchor.
    static Outcome verify(const AuditStore &store, const QString &anchorFile);
};
