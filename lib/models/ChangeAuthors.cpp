// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ChangeAuthors.h"

#include "api/GenesysJson.h"
#include "audit/AuditLogging.h"
#include "audit/AuditStore.h"
#include "models/AuditStoreReader.h"
#include "service/AgentDirectory.h"

#include <QTimer>

namespace {

// Genesys versions are modifiedDate stamps: the same instant may come back with another precision.
bool sameVersion(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (a == b)
        return true;
    const QDateTime left = GenesysJson::parseDate(a);
    const QDateTime right = GenesysJson::parseDate(b);
    return left.isValid() && right.isValid() && left == right;
}

} // namespace

ChangeAuthors::ChangeAuthors(QObject *parent)
    : QObject(parent)
    , m_recheck(new QTimer(this))
    , m_lastRecheck(new QTimer(this))
{
    m_recheck->setSingleShot(true);
    m_recheck->setInterval(kRecheckMs);
    connect(m_recheck, &QTimer::timeout, this, [this] { recheck(false); });
    m_lastRecheck->setSingleShot(true);
    m_lastRecheck->setInterval(kLastRecheckMs);
    connect(m_lastRecheck, &QTimer::timeout, this, [this] { recheck(true); });
}

ChangeAuthors::~ChangeAuthors() = default;

void ChangeAuthors::attach(AuditStore *store, AgentDirectory *directory, const QString &self)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    if (m_directory)
        disconnect(m_directory, nullptr, this, nullptr);
    m_store = store;
    m_directory = directory;
    m_self = self;
    m_latest.clear();
    m_unknown.clear();
    m_lastChance.clear();
    m_recheck->stop();
    m_lastRecheck->stop();
    m_reader.reset();
    m_firstRechecks.clear();
    m_initialTicket = 0;
    if (store) {
        m_reader = std::make_unique<AuditStoreReader>(*store);
        connect(m_reader.get(), &AuditStoreReader::openFailed, this,
            [](const QString &error) { qCWarning(lcAudit) << "who changed the agents cannot be read:" << error; });
        connect(m_reader.get(), &AuditStoreReader::latestAppliedRead, this, &ChangeAuthors::onLatestApplied);
        m_initialTicket = m_reader->readLatestApplied({});
        connect(store, &AuditStore::entryAppended, this, &ChangeAuthors::take);
    }
    if (directory)
        connect(directory, &AgentDirectory::agentChanged, this, &ChangeAuthors::onAgentChanged);
    emit authorsReset();
}

void ChangeAuthors::onLatestApplied(quint64 ticket, const QVector<AuditEntry> &entries)
{
    if (ticket == m_initialTicket) {
        // Entries appended meanwhile came by entryAppended, and take() keeps the newer.
        for (const AuditEntry &entry : entries) {
            const auto it = m_latest.constFind(entry.agentId);
            if (it == m_latest.constEnd() || it->id < entry.id)
                m_latest.insert(entry.agentId, entry);
        }
        emit authorsReset();
        return;
    }
    for (const AuditEntry &entry : entries)
        take(entry);
    const auto first = m_firstRechecks.constFind(ticket);
    if (first == m_firstRechecks.constEnd() || !m_directory)
        return; // the last chance was answered
    const QStringList asked = first.value();
    m_firstRechecks.erase(first);
    for (const QString &id : asked) {
        const std::optional<Agent> agent = m_directory->agent(id);
        if (agent && !matching(*agent))
            m_lastChance.insert(id);
    }
    if (!m_lastChance.isEmpty() && !m_lastRecheck->isActive())
        m_lastRecheck->start();
}

void ChangeAuthors::take(const AuditEntry &entry)
{
    const bool applied = entry.outcome == AuditOutcome::Applied || entry.outcome == AuditOutcome::AppliedOverConcurrent;
    if (!applied || entry.agentId.isEmpty() || entry.isQueueMembership())
        return; // a membership change leaves the status as it was
    const auto it = m_latest.constFind(entry.agentId);
    if (it != m_latest.constEnd() && it->id > entry.id)
        return;
    m_latest.insert(entry.agentId, entry);
    emit authorChanged(entry.agentId);
}

// A row moved to a version the log does not know (yet): ask the log again shortly, in one query for
// every such row.
void ChangeAuthors::onAgentChanged(const QString &id)
{
    if (!m_store || !m_directory)
        return;
    const std::optional<Agent> agent = m_directory->agent(id);
    if (!agent || matching(*agent))
        return;
    m_unknown.insert(id);
    if (!m_recheck->isActive())
        m_recheck->start();
}

void ChangeAuthors::recheck(bool last)
{
    QSet<QString> &ids = last ? m_lastChance : m_unknown;
    if (ids.isEmpty() || !m_store || !m_directory || !m_reader)
        return;
    const QStringList asked(ids.cbegin(), ids.cend());
    ids.clear();
    const quint64 ticket = m_reader->readLatestApplied(asked);
    if (!last)
        m_firstRechecks.insert(ticket, asked);
}

const AuditEntry *ChangeAuthors::matching(const Agent &agent) const
{
    const auto it = m_latest.constFind(agent.id);
    if (it == m_latest.constEnd() || !sameVersion(it->etagAfter, agent.version))
        return nullptr;
    return &it.value();
}

bool ChangeAuthors::isKnown(const Agent &agent) const
{
    return matching(agent) != nullptr;
}

QString ChangeAuthors::changedBy(const Agent &agent) const
{
    if (const AuditEntry *entry = matching(agent)) {
        if (!m_self.isEmpty() && entry->supervisor == m_self)
            return tr("you");
        return entry->supervisor;
    }
    if (!agent.changedBy.isEmpty()) {
        // The server's word (the Status API names who modified the status).
        if (agent.changedBy == agent.id)
            return tr("the agent");
        if (m_directory) {
            if (const std::optional<Agent> who = m_directory->agent(agent.changedBy))
                return who->name;
        }
        return agent.changedBy;
    }
    return tr("another client");
}
