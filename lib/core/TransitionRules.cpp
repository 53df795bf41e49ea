// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/TransitionRules.h"

#include "core/CoreLogging.h"
#include "core/StatusCatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <limits>

namespace {

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

// Turns JSON bytes into rules, or a LoadError with the position of what is wrong.
class TransitionRulesParser
{
    Q_DECLARE_TR_FUNCTIONS(TransitionRules)

public:
    explicit TransitionRulesParser(const QByteArray &json)
        : m_json(json)
    {
    }

    bool parse(TransitionRules *rules, TransitionRules::LoadError *error)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(m_json, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(error, parseError.offset, tr("malformed JSON: %1").arg(parseError.errorString()));
        if (!document.isObject())
            return fail(error, firstNonSpace(), tr("the rules must be a JSON object"));
        m_root = document.object();
        return checkKeys(error) && readStatuses(rules, error) && readTransitions(rules, error)
            && readReasonRequired(rules, error) && readCapacity(rules, error) && readReasons(rules, error)
            && readQueues(rules, error);
    }

private:
    bool fail(TransitionRules::LoadError *error, qsizetype offset, const QString &reason) const
    {
        if (!error)
            return false;
        error->line = 1;
        error->column = 1;
        const qsizetype end = qBound<qsizetype>(0, offset, m_json.size());
        for (qsizetype i = 0; i < end; ++i) {
            if (m_json.at(i) == '\n') {
                ++error->line;
                error->column = 1;
            } else {
                ++error->column;
            }
        }
        error->reason = reason;
        return false;
    }

    // The offset of the quoted tokens in order (a key path, then maybe a value); the last one found.
    qsizetype locate(const QStringList &tokens) const
    {
        qsizetype position = 0;
        qsizetype found = firstNonSpace();
        for (const QString &token : tokens) {
            const qsizetype at = m_json.indexOf(quoted(token).toUtf8(), position);
            if (at < 0)
                break;
            found = at;
            position = at + 1;
        }
        return found;
    }

    qsizetype firstNonSpace() const
    {
        qsizetype i = 0;
        while (i < m_json.size() && QChar::isSpace(static_cast<uchar>(m_json.at(i))))
            ++i;
        return i;
    }

    bool checkKeys(TransitionRules::LoadError *error) const
    {
        static const QStringList known = {QStringLiteral("statuses"), QStringLiteral("transitions"),
            QStringLiteral("reasonRequired"), QStringLiteral("capacity"), QStringLiteral("reasons"),
            QStringLiteral("version"), QStringLiteral("description"), QStringLiteral("queues")};
        const QStringList keys = m_root.keys();
        for (const QString &key : keys) {
            if (!known.contains(key))
                return fail(error, locate({key}), tr("unknown key \"%1\"").arg(key));
        }
        if (!m_root.contains(QStringLiteral("statuses")))
            return fail(error, firstNonSpace(), tr("\"statuses\" is missing"));
        if (!m_root.contains(QStringLiteral("transitions")))
            return fail(error, firstNonSpace(), tr("\"transitions\" is missing"));
        return true;
    }

    // A list of declared statuses under path; each checked.
    bool readStatusList(const QJsonValue &value, const QStringList &path, const QStringList &declared, QStringList *out,
        TransitionRules::LoadError *error) const
    {
        if (!value.isArray())
            return fail(error, locate(path), tr("\"%1\" must be a list of statuses").arg(path.last()));
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (!item.isString())
                return fail(error, locate(path), tr("\"%1\" must contain only status names").arg(path.last()));
            const QString name = item.toString();
            if (!declared.contains(name))
                return fail(error, locate(path + QStringList {name}),
                    tr("\"%1\" in \"%2\" is not one of the declared statuses").arg(name, path.last()));
            if (out->contains(name))
                return fail(error, locate(path + QStringList {name}),
                    tr("\"%1\" appears twice in \"%2\"").arg(name, path.last()));
            out->append(name);
        }
        return true;
    }

    bool readStatuses(TransitionRules *rules, TransitionRules::LoadError *error) const
    {
        const QJsonValue value = m_root.value(QStringLiteral("statuses"));
        if (!value.isArray() || value.toArray().isEmpty())
            return fail(error, locate({QStringLiteral("statuses")}),
                tr("\"statuses\" must be a non-empty list of status names"));
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            const QString name = item.toString();
            if (!item.isString() || StatusCatalogue::canonicalKey(name) != name)
                return fail(error, locate({QStringLiteral("statuses"), name}),
                    tr("\"%1\" is not a status; use one of %2")
                        .arg(item.isString() ? name : tr("(not text)"),
                            StatusCatalogue::systemStatusKeys().join(QStringLiteral(", "))));
            if (rules->m_statuses.contains(name))
                return fail(
                    error, locate({QStringLiteral("statuses"), name, name}), tr("\"%1\" is declared twice").arg(name));
            rules->m_statuses.append(name);
        }
        return true;
    }

    bool readTransitions(TransitionRules *rules, TransitionRules::LoadError *error) const
    {
        const QJsonValue value = m_root.value(QStringLiteral("transitions"));
        if (!value.isObject())
            return fail(error, locate({QStringLiteral("transitions")}),
                tr("\"transitions\" must map each status to the statuses it may move to"));
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QStringList path = {QStringLiteral("transitions"), it.key()};
            if (!rules->m_statuses.contains(it.key()))
                return fail(error, locate(path), tr("\"%1\" is not one of the declared statuses").arg(it.key()));
            QStringList targets;
            if (!readStatusList(it.value(), path, rules->m_statuses, &targets, error))
                return false;
            if (targets.contains(it.key()))
                return fail(
                    error, locate(path + QStringList {it.key()}), tr("\"%1\" may not move to itself").arg(it.key()));
            rules->m_transitions.insert(it.key(), targets);
        }
        return true;
    }

    bool readReasonRequired(TransitionRules *rules, TransitionRules::LoadError *error) const
    {
        const QString section = QStringLiteral("reasonRequired");
        if (!m_root.contains(section))
            return true;
        const QJsonValue value = m_root.value(section);
        if (!value.isObject())
            return fail(
                error, locate({section}), tr("\"reasonRequired\" must be an object with \"targets\" and \"leaving\""));
        const QJsonObject object = value.toObject();
        const QStringList keys = object.keys();
        for (const QString &key : keys) {
            if (key != QLatin1String("targets") && key != QLatin1String("leaving"))
                return fail(error, locate({section, key}), tr("unknown key \"%1\" in \"reasonRequired\"").arg(key));
            QStringList list;
            if (!readStatusList(object.value(key), {section, key}, rules->m_statuses, &list, error))
                return false;
            QSet<QString> &set = key == QLatin1String("targets") ? rules->m_reasonTargets : rules->m_reasonLeaving;
            for (const QString &status : std::as_const(list))
                set.insert(status);
        }
        return true;
    }

    bool readCapacity(TransitionRules *rules, TransitionRules::LoadError *error) const
    {
        const QString section = QStringLiteral("capacity");
        if (!m_root.contains(section))
            return true;
        const QJsonValue value = m_root.value(section);
        if (!value.isObject())
            return fail(error, locate({section}), tr("\"capacity\" must map statuses to numbers"));
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QStringList path = {section, it.key()};
            if (!rules->m_statuses.contains(it.key()))
                return fail(error, locate(path), tr("\"%1\" is not one of the declared statuses").arg(it.key()));
            const double number = it.value().toDouble(-1);
            // Range first: casting a double beyond int's range to int is undefined.
            if (!it.value().isDouble() || !(number >= 0 && number <= std::numeric_limits<int>::max())
                || number != static_cast<double>(static_cast<int>(number)))
                return fail(
                    error, locate(path), tr("the capacity of \"%1\" must be a whole number, 0 or more").arg(it.key()));
            rules->m_capacity.insert(it.key(), static_cast<int>(number));
        }
        return true;
    }

    bool readReasons(TransitionRules *rules, TransitionRules::LoadError *error) const
    {
        const QString section = QStringLiteral("reasons");
        if (!m_root.contains(section))
            return true;
        const QJsonValue value = m_root.value(section);
        if (!value.isArray())
            return fail(error, locate({section}), tr("\"reasons\" must be a list of reason codes"));
        const QJsonArray array = value.toArray();
        // A set beside the list: a file of many thousand codes must load in linear time.
        QSet<QString> seen;
        seen.reserve(array.size());
        rules->m_reasons.reserve(array.size());
        for (const QJsonValue &item : array) {
            const QString code = item.toString();
            if (!item.isString() || code.trimmed().isEmpty())
                return fail(error, locate({section}), tr("\"reasons\" must contain only non-empty codes"));
            if (seen.contains(code))
                return fail(error, locate({section, code, code}), tr("reason \"%1\" appears twice").arg(code));
            seen.insert(code);
            rules->m_reasons.append(code);
        }
        return true;
    }

    bool readQueues(TransitionRules *rules, TransitionRules::LoadError *error) const
    {
        const QString section = QStringLiteral("queues");
        if (!m_root.contains(section))
            return true;
        const QJsonValue value = m_root.value(section);
        if (!value.isObject())
            return fail(error, locate({section}),
                tr("\"queues\" must be an object with \"minimumActive\" and \"reasonRequired\""));
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key() == QLatin1String("minimumActive")) {
                if (!readQueueMinimum(rules, it.value(), error))
                    return false;
            } else if (it.key() == QLatin1String("reasonRequired")) {
                if (!readQueueReasons(rules, it.value(), error))
                    return false;
            } else {
                return fail(error, locate({section, it.key()}), tr("unknown key \"%1\" in \"queues\"").arg(it.key()));
            }
        }
        return true;
    }

    bool readQueueMinimum(TransitionRules *rules, const QJsonValue &value, TransitionRules::LoadError *error) const
    {
        const QStringList path {QStringLiteral("queues"), QStringLiteral("minimumActive")};
        if (!value.isObject())
            return fail(error, locate(path), tr("\"minimumActive\" must map queues to numbers"));
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const double number = it.value().toDouble(-1);
            if (it.key().trimmed().isEmpty() || !it.value().isDouble()
                || !(number >= 0 && number <= std::numeric_limits<int>::max())
                || number != static_cast<double>(static_cast<int>(number)))
                return fail(error, locate(path + QStringList {it.key()}),
                    tr("the minimum of queue \"%1\" must be a whole number, 0 or more").arg(it.key()));
            rules->m_queueMinimum.insert(it.key(), static_cast<int>(number));
        }
        return true;
    }

    bool readQueueReasons(TransitionRules *rules, const QJsonValue &value, TransitionRules::LoadError *error) const
    {
        const QStringList path {QStringLiteral("queues"), QStringLiteral("reasonRequired")};
        const QString wrong = tr("\"reasonRequired\" in \"queues\" lists \"activate\" and/or \"deactivate\"");
        if (!value.isArray())
            return fail(error, locate(path), wrong);
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            const QString action = item.toString();
            if (action != QLatin1String("activate") && action != QLatin1String("deactivate"))
                return fail(error, locate(path), wrong);
            rules->m_queueReasonActions.insert(action);
        }
        return true;
    }

    const QByteArray &m_json;
    QJsonObject m_root;
};

QString TransitionRules::LoadError::toString() const
{
    if (line <= 0)
        return reason;
    return QCoreApplication::translate("TransitionRules", "line %1, column %2: %3").arg(line).arg(column).arg(reason);
}

QString TransitionRules::defaultRulesPath()
{
    return QStringLiteral(":/statusdesk/rules/default-rules.json");
}

TransitionRules TransitionRules::defaults()
{
    TransitionRules rules;
    LoadError error;
    if (!rules.loadFile(defaultRulesPath(), &error))
        qCWarning(lcCore) << "default transition rules unusable:" << error.toString();
    return rules;
}

bool TransitionRules::load(const QByteArray &json, LoadError *error)
{
    TransitionRules parsed;
    TransitionRulesParser parser(json);
    if (!parser.parse(&parsed, error))
        return false;
    *this = parsed;
    return true;
}

bool TransitionRules::loadFile(const QString &path, LoadError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = LoadError();
            error->reason
                = QCoreApplication::translate("TransitionRules", "cannot read %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    const QByteArray json = file.read(MaxFileBytes + 1);
    if (json.size() > MaxFileBytes) {
        if (error) {
            *error = LoadError();
            error->reason = QCoreApplication::translate("TransitionRules", "%1 is larger than %2 bytes")
                                .arg(path)
                                .arg(MaxFileBytes);
        }
        return false;
    }
    return load(json, error);
}

QStringList TransitionRules::allowedTargets(const QString &from) const
{
    return m_transitions.value(from);
}

bool TransitionRules::isAllowed(const QString &from, const QString &to) const
{
    return m_transitions.value(from).contains(to);
}

bool TransitionRules::reasonRequired(const QString &from, const QString &to) const
{
    if (m_reasonTargets.contains(to))
        return true;
    return m_reasonLeaving.contains(from) && from != to;
}

int TransitionRules::capacity(const QString &status) const
{
    return m_capacity.value(status, -1);
}

RuleViolations TransitionRules::validate(
    const StatusChange &change, const QHash<QString, int> &teamCountsByStatus, const StatusCatalogue *catalogue) const
{
    RuleViolations violations;
    const auto add = [&violations](RuleViolation::Type type, const QString &message) {
        violations.append(RuleViolation {type, message});
    };
    const QString &from = change.fromStatus;
    const QString &to = change.toStatus;
    const bool serverKnows = !catalogue || catalogue->isEmpty() || catalogue->hasStatus(to);
    const bool toKnown = hasStatus(to) && serverKnows;
    const bool fromKnown = hasStatus(from);

    if (!toKnown)
        add(RuleViolation::Type::UnknownStatus, tr("“%1” is not a known status.").arg(to));
    if (!fromKnown)
        add(RuleViolation::Type::UnknownStatus,
            tr("The agent's current status “%1” is not a known status.").arg(from.isEmpty() ? tr("(none)") : from));
    if (toKnown && fromKnown && !isAllowed(from, to)) {
        const QStringList targets = allowedTargets(from);
        add(RuleViolation::Type::NotAllowed,
            from == to ? tr("The agent is already %1.").arg(to)
                       : tr("%1 → %2 is not allowed; from %1 the allowed statuses are: %3.")
                             .arg(from, to, targets.isEmpty() ? tr("none") : targets.join(QStringLiteral(", "))));
    }

    const QStringList knownReasons = catalogue && !catalogue->reasons().isEmpty() ? catalogue->reasons() : m_reasons;
    if (!change.reason.isEmpty() && !knownReasons.isEmpty() && !knownReasons.contains(change.reason))
        add(RuleViolation::Type::UnknownReason, tr("“%1” is not a known reason code.").arg(change.reason));
    if (change.reason.trimmed().isEmpty() && reasonRequired(from, to))
        add(RuleViolation::Type::ReasonRequired,
            tr("A reason is required to move an agent from %1 to %2.").arg(from, to));

    const int limit = capacity(to);
    const int current = teamCountsByStatus.value(to, 0);
    if (limit >= 0 && from != to && current >= limit)
        add(RuleViolation::Type::CapacityReached,
            tr("Team %1 already has %2 of at most %3 agents on %4.")
                .arg(change.team.isEmpty() ? tr("(none)") : change.team)
                .arg(current)
                .arg(limit)
                .arg(to));
    return violations;
}

int TransitionRules::queueMinimum(const QString &queueId, const QString &queueName) const
{
    const auto byId = m_queueMinimum.constFind(queueId);
    if (byId != m_queueMinimum.constEnd())
        return byId.value();
    return queueName.isEmpty() ? -1 : m_queueMinimum.value(queueName, -1);
}

bool TransitionRules::queueReasonRequired(bool activate) const
{
    return m_queueReasonActions.contains(activate ? QStringLiteral("activate") : QStringLiteral("deactivate"));
}

RuleViolations TransitionRules::validateQueueChange(const QString &queueId, const QString &queueName, bool activate,
    const QString &reason, int activeInScope, const QStringList &knownReasons) const
{
    RuleViolations violations;
    const QString queue = queueName.isEmpty() ? queueId : queueName;
    const QStringList known = knownReasons.isEmpty() ? m_reasons : knownReasons;
    if (!reason.isEmpty() && !known.isEmpty() && !known.contains(reason))
        violations.append({RuleViolation::Type::UnknownReason, tr("“%1” is not a known reason code.").arg(reason)});
    if (reason.trimmed().isEmpty() && queueReasonRequired(activate))
        violations.append({RuleViolation::Type::ReasonRequired,
            activate ? tr("A reason is required to activate a membership of queue %1.").arg(queue)
                     : tr("A reason is required to deactivate a membership of queue %1.").arg(queue)});
    const int minimum = queueMinimum(queueId, queueName);
    if (!activate && minimum >= 0 && activeInScope - 1 < minimum)
        violations.append({RuleViolation::Type::QueueMinimum,
            tr("Queue %1 must keep at least %2 active agents of your scope; %3 are active now.")
                .arg(queue)
                .arg(minimum)
                .arg(activeInScope)});
    return violations;
}
