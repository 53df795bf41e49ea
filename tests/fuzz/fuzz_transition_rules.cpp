// SPDX-License-Identifier: GPL-3.0-or-later
// A transition-rules file; when it loads, a change is validated against it.
#include "FuzzSupport.h"
#include "core/TransitionRules.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool ready = [] {
        fuzz::quiet();
        return true;
    }();
    (void)ready;
    TransitionRules rules;
    TransitionRules::LoadError error;
    if (!rules.load(fuzz::bytes(data, size), &error)) {
        (void)error.toString();
        return 0;
    }
    for (const QString &from : rules.statuses()) {
        for (const QString &to : rules.allowedTargets(from)) {
            StatusChange change;
            change.agentId = QStringLiteral("u-1");
            change.fromStatus = from;
            change.toStatus = to;
            (void)rules.validate(change, {{to, 1}});
        }
    }
    return 0;
}
