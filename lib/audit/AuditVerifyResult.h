// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What AuditStore::verify found while walking the hash chain.
struct AuditVerifyResult
{
    enum class Problem { None, Edited, Inserted, Deleted, ReadError };

    bool ok = false;
    qint64 entriesChecked = 0;
    qint64 firstBadId = 0; // the first entry found edited or inserted, or the first one after a gap
    Problem problem = Problem::None;
    QString message;

    static QString problemName(Problem problem); // none|edited|inserted|deleted|read_error
};
