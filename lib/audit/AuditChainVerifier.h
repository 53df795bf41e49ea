// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditEntry.h"
#include "audit/AuditVerifyResult.h"

#include <optional>

// Walks a hash chain one entry at a time (in id order) and names the first problem:
// - edited: an entry's hash does not match its content, or a rewritten entry's new hash breaks
//   the link to the entry after it (ids still consecutive);
// - inserted: an entry whose neighbours link to each other around it, or one appended behind
//   the recorded chain head;
// - edited too: an entry behind the first keyed one (the marker) whose link is a plain hash: it was
//   rewritten by one who does not hold the audit key;
// - deleted: a broken link across a gap in the ids, or a chain head beyond the last entry.
class AuditChainVerifier
{
public:
    // The chain head as recorded by the store (the id and hash of the last appended entry).
    void setHead(qint64 lastId, const QString &lastHash);
    // Returns false once a problem is decided; later entries need not be fed.
    bool feed(const AuditEntry &entry);
    // The same with the content check done already (on another thread): contentMatches says whether
    // the entry's hash is the hash of its content. The links are checked here, in id order.
    bool feed(const AuditEntry &entry, bool contentMatches);
    // The same with AuditHashChecker's Match: keyed or plain links. A keyed chain is unkeyed up to
    // its first keyed entry, keyed from there on.
    bool feedMatch(const AuditEntry &entry, char match);
    // Whether the caller holds the audit key (for naming a keyed entry checked without it).
    void setKeyAvailable(bool available) { m_keyAvailable = available; }
    AuditVerifyResult finish();

private:
    struct Suspect
    {
        qint64 id = 0;
        QString expectedPrev;
        qint64 prevId = 0;
        bool havePrev = false;
    };
    void decide(AuditVerifyResult::Problem problem, qint64 id, const QString &message);
    void decideWithoutNeighbour(const Suspect &suspect);
    void advance(const AuditEntry &entry);
    void decidePlain(const Suspect &suspect, bool linkedPast);

    qint64 m_headId = -1;
    QString m_headHash;
    QString m_expectedPrev = AuditEntry::genesisHash();
    QString m_prevPrevHash;
    qint64 m_prevId = 0;
    bool m_havePrev = false;
    std::optional<Suspect> m_suspect;
    std::optional<Suspect> m_plainSuspect; // a plain link inside the keyed chain
    AuditVerifyResult m_result;
    bool m_decided = false;
    bool m_keyAvailable = false;
};
