// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// How an audit log stands towards a key: what the console's audit key settings show, and what
// AuditStore::setKey() decides on. Read with AuditStore::keyState().
struct AuditKeyState
{
    enum class Kind {
        Empty, // no entry yet: keyed from its first entry
        Unkeyed, // its last entry has a plain link: a key appends the ChainKeyed marker
        KeyedWithKey, // its last entry's link is the HMAC with the key
        KeyedOtherwise, // neither: keyed with another key, or the last entry was changed
    };
    Kind kind = Kind::Empty;
    qint64 lastId = 0; // the last entry (0: none)
    qint64 markerId = 0; // the newest ChainKeyed marker (0: none)

    // Whether the key may key this log from now on without breaking its verification.
    bool acceptsKey() const { return kind != Kind::KeyedOtherwise; }
};
