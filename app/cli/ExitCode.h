// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The exit codes of statusdesk-cli, documented in its man page. Scripts depend on them: never renumber.
namespace ExitCode {
enum : int {
    Done = 0,
    Failure = 1, // anything else: a store that cannot be opened, a broken audit chain, ...
    Usage = 2,
    Refused = 3, // refused by the transition rules
    Conflict = 4, // an unresolved conflict
    Authentication = 5, // authentication or permission
    Network = 6, // network or server
    PartialBulk = 7, // a bulk change that partly failed
    BadAnchor = 8, // audit verify --anchor: the anchor is unreadable, malformed or not signed with this key
};
} // namespace ExitCode
