// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditChainVerifier.h"

#include "audit/AuditHashChecker.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("AuditChainVerifier", text, disambiguation, n);
}
} // namespace

void AuditChainVerifier::setHead(qint64 lastId, const QString &lastHash)
{
    m_headId = lastId;
    m_headHash = lastHash;
}

void AuditChainVerifier::decide(AuditVerifyResult::Problem problem, qint64 id, const QString &message)
{
    m_decided = true;
    m_result.ok = false;
    m_result.problem = problem;
    m_result.firstBadId = id;
    m_result.message = message;
}

void AuditChainVerifier::advance(const AuditEntry &entry)
{
    m_prevPrevHash = m_expectedPrev;
    m_expectedPrev = entry.hash;
    m_prevId = entry.id;
    m_havePrev = true;
}

void AuditChainVerifier::decideWithoutNeighbour(const Suspect &suspect)
{
    // With consecutive ids nothing is missing, so the entry before the broken link was rewritten
    // (its hash recomputed) - or, for the very first entry, its own prev_hash was.
    if (suspect.havePrev && suspect.id == suspect.prevId + 1) {
        decide(AuditVerifyResult::Problem::Edited, suspect.prevId,
            tr("Entry %1 was changed: entry %2 no longer links to it.").arg(suspect.prevId).arg(suspect.id));
    } else if (!suspect.havePrev && suspect.id == 1) {
        decide(AuditVerifyResult::Problem::Edited, suspect.id,
            tr("Entry %1 was changed: it does not start the chain.").arg(suspect.id));
    } else {
        decide(AuditVerifyResult::Problem::Deleted, suspect.id,
            tr("Entries before %1 are missing (after entry %2).").arg(suspect.id).arg(suspect.prevId));
    }
}

void AuditChainVerifier::decidePlain(const Suspect &suspect, bool linkedPast)
{
    if (linkedPast)
        decide(AuditVerifyResult::Problem::Inserted, suspect.id,
            tr("Entry %1 was inserted without the audit key: its neighbours link to each other.").arg(suspect.id));
    else
        decide(AuditVerifyResult::Problem::Edited, suspect.id,
            tr("Entry %1 was rewritten without the audit key: the chain is keyed from entry %2 on, its link is a "
               "plain hash.")
                .arg(suspect.id)
                .arg(m_result.keyedFromId));
}

bool AuditChainVerifier::feed(const AuditEntry &entry)
{
    return feed(entry, !m_decided && !m_suspect && entry.computeHash() == entry.hash);
}

bool AuditChainVerifier::feed(const AuditEntry &entry, bool contentMatches)
{
    return feedMatch(entry, contentMatches ? AuditHashChecker::PlainMatch : AuditHashChecker::NoMatch);
}

bool AuditChainVerifier::feedMatch(const AuditEntry &entry, char match)
{
    if (m_decided)
        return false;
    const bool keyed = m_result.keyedFromId > 0;
    if (m_plainSuspect) {
        // An entry with a plain link inside the keyed chain: inserted when this one links past it,
        // else an entry rewritten without the key.
        ++m_result.entriesChecked;
        decidePlain(*m_plainSuspect, entry.prevHash == m_plainSuspect->expectedPrev);
        return false;
    }
    if (!m_suspect && match == AuditHashChecker::PlainMatch && keyed) {
        ++m_result.entriesChecked;
        m_plainSuspect = Suspect {entry.id, m_expectedPrev, m_prevId, m_havePrev};
        return true;
    }
    if (!m_suspect && match == AuditHashChecker::KeyedMatch && !keyed)
        m_result.keyedFromId = entry.id;
    const bool contentMatches = match != AuditHashChecker::NoMatch;
    ++m_result.entriesChecked;
    if (m_suspect) {
        const Suspect suspect = *m_suspect;
        if (entry.prevHash == suspect.expectedPrev)
            decide(AuditVerifyResult::Problem::Inserted, suspect.id,
                tr("Entry %1 was inserted: its neighbours link to each other.").arg(suspect.id));
        else
            decideWithoutNeighbour(suspect);
        return false;
    }
    if (!contentMatches) {
        decide(AuditVerifyResult::Problem::Edited, entry.id,
            m_keyAvailable || keyed
                ? tr("Entry %1 was changed: its hash does not match its content.").arg(entry.id)
                : tr("Entry %1 was changed, or it is keyed and no audit key is configured: its link does not "
                     "match its content.")
                      .arg(entry.id));
        return false;
    }
    if (entry.prevHash == m_expectedPrev) {
        advance(entry);
        return true;
    }
    if (m_havePrev && entry.prevHash == m_prevPrevHash) {
        decide(AuditVerifyResult::Problem::Inserted, m_prevId,
            tr("Entry %1 was inserted: entry %2 links past it.").arg(m_prevId).arg(entry.id));
        return false;
    }
    m_suspect = Suspect {entry.id, m_expectedPrev, m_prevId, m_havePrev};
    return true;
}

AuditVerifyResult AuditChainVerifier::finish()
{
    if (!m_decided && m_plainSuspect)
        decidePlain(*m_plainSuspect, m_headId == m_plainSuspect->prevId && m_headHash == m_plainSuspect->expectedPrev);
    if (!m_decided && m_suspect) {
        const Suspect suspect = *m_suspect;
        if (m_headId == suspect.prevId && m_headHash == suspect.expectedPrev)
            decide(AuditVerifyResult::Problem::Inserted, suspect.id,
                tr("Entry %1 was added behind the chain head.").arg(suspect.id));
        else
            decideWithoutNeighbour(suspect);
    }
    if (!m_decided && m_headId >= 0 && (m_headId != m_prevId || m_headHash != m_expectedPrev)) {
        if (m_headId > m_prevId)
            decide(AuditVerifyResult::Problem::Deleted, m_prevId + 1,
                tr("The last entries are missing: the chain ends at %1 but its head records %2.")
                    .arg(m_prevId)
                    .arg(m_headId));
        else if (m_headId == m_prevId)
            decide(AuditVerifyResult::Problem::Edited, m_prevId,
                tr("Entry %1 was changed: it no longer matches the chain head.").arg(m_prevId));
        else
            decide(AuditVerifyResult::Problem::Inserted, m_headId + 1,
                tr("Entry %1 was added behind the chain head.").arg(m_headId + 1));
    }
    if (!m_decided) {
        m_result.ok = true;
        m_result.problem = AuditVerifyResult::Problem::None;
        m_result.message = m_result.keyedFromId > 0
            ? tr("%n entries checked, the chain is intact (keyed from entry %1 on).", nullptr,
                int(m_result.entriesChecked))
                  .arg(m_result.keyedFromId)
            : tr("%n entries checked, the chain is intact (not keyed: a rewrite with recomputed hashes would not "
                 "show).",
                nullptr, int(m_result.entriesChecked));
    }
    return m_result;
}
