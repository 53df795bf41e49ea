// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RuleViolation.h"
#include "core/StatusChange.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

class StatusCatalogue;

// Which status changes a lead may make: the statuses, for each the statuses it may move to, which
// moves need a reason, and how many agents of one team may be in a status at once.
//
// JSON form (see resources/rules/default-rules.json):
//   { "statuses": [..], "transitions": { "From": ["To", ..] },
//     "reasonRequired": { "targets": [..], "leaving": [..] },
//     "capacity": { "Break": 2 }, "reasons": [..],
//     "queues": { "minimumActive": { "<queue id or name>": 2 }, "reasonRequired": ["deactivate"] } }
// "leaving": a move from one of these statuses to any other status needs a reason.
// "queues": queue memberships. minimumActive: at least N agents of the lead's scope stay active on the
// queue (counted from the activity topic's activeQueueIds); reasonRequired: "activate", "deactivate".
class TransitionRules
{
    Q_DECLARE_TR_FUNCTIONS(TransitionRules)

public:
    struct LoadError
    {
        int line = 0; // 1-based; 0 when unknown
        int column = 0; // 1-based
        QString reason;
        QString toString() const; // "line 3, column 7: ..."
    };

    TransitionRules() = default; // empty: allows nothing

    // A bigger rules file is refused unread (the shipped one is a few kilobytes).
    static constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

    // The rules shipped in the resources (:/statusdesk/rules/default-rules.json).
    static TransitionRules defaults();
    static QString defaultRulesPath();

    // Replaces the rules with the parsed bytes. On error returns false, fills *error and keeps the
    // previous rules.
    bool load(const QByteArray &json, LoadError *error = nullptr);
    bool loadFile(const QString &path, LoadError *error = nullptr);

    bool isEmpty() const { return m_statuses.isEmpty(); }
    QStringList statuses() const { return m_statuses; }
    QStringList reasons() const { return m_reasons; } // may be empty: then any reason the catalogue knows
    bool hasStatus(const QString &key) const { return m_statuses.contains(key); }
    QStringList allowedTargets(const QString &from) const;
    bool isAllowed(const QString &from, const QString &to) const;
    bool reasonRequired(const QString &from, const QString &to) const;
    int capacity(const QString &status) const; // -1: unlimited

    // Every reason the change is refused; empty if it is allowed. teamCountsByStatus: how many agents
    // of the change's team are in each status now (canonical key -> count). The catalogue, when given,
    // is the server's list of statuses and reason codes.
    RuleViolations validate(const StatusChange &change, const QHash<QString, int> &teamCountsByStatus,
        const StatusCatalogue *catalogue = nullptr) const;

    // Queue memberships: the minimum active agents of the scope on a queue (by id, else by name; -1: none)
    // and whether activating or deactivating one needs a reason.
    int queueMinimum(const QString &queueId, const QString &queueName = QString()) const;
    bool queueReasonRequired(bool activate) const;
    // Every reason activating or deactivating a membership is refused. activeInScope: the agents of the
    // scope active on the queue now, this one included; reasons: the known codes (empty: any).
    RuleViolations validateQueueChange(const QString &queueId, const QString &queueName, bool activate,
        const QString &reason, int activeInScope, const QStringList &knownReasons = QStringList()) const;

private:
    QStringList m_statuses;
    QHash<QString, QStringList> m_transitions;
    QSet<QString> m_reasonTargets;
    QSet<QString> m_reasonLeaving;
    QHash<QString, int> m_capacity;
    QStringList m_reasons;
    QHash<QString, int> m_queueMinimum;
    QSet<QString> m_queueReasonActions; // "activate", "deactivate"

    friend class TransitionRulesParser;
};
