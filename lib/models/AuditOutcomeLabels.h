// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// The words a lead reads for an audit outcome value ("applied_over_concurrent" -> "Applied over
// another change"); an unknown value as it is, so that an entry of a newer console still shows.
class AuditOutcomeLabels
{
    Q_DECLARE_TR_FUNCTIONS(AuditOutcomeLabels)

public:
    static QString label(const QString &outcome);
};
