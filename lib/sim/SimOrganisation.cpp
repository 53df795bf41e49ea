// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/SimOrganisation.h"

#include "core/Clock.h"

#include <QUuid>

namespace {

const QUuid kNamespace(QStringLiteral("{6f1c2a52-3d0b-4e5e-9a43-5d1b8e7f2c10}"));

struct Label
{
    const char *system;
    const char *en;
    const char *de;
    const char *es;
    const char *fr;
};

// Labels as a Genesys org shows them in the four product languages.
const Label kSystemLabels[] = {
    {"Available", "Available", "Verfügbar", "Disponible", "Disponible"},
    {"OnQueue", "On Queue", "In Warteschlange", "En cola", "En file d'attente"},
    {"Break", "Break", "Pause", "Descanso", "Pause"},
    {"Meal", "Meal", "Mahlzeit", "Comida", "Repas"},
    {"Away", "Away", "Abwesend", "Ausente", "Absent"},
    {"Busy", "Busy", "Beschäftigt", "Ocupado", "Occupé"},
    {"Meeting", "Meeting", "Besprechung", "Reunión", "Réunion"},
    {"Training", "Training", "Schulung", "Formación", "Formation"},
    {"Offline", "Offline", "Offline", "Desconectado", "Hors ligne"},
    {"Idle", "Idle", "Inaktiv", "Inactivo", "Inactif"},
};

const Label kSecondaryLabels[] = {
    {"Break", "Coffee break", "Kaffeepause", "Pausa para café", "Pause café"},
    {"Meal", "Lunch", "Mittagessen", "Almuerzo", "Déjeuner"},
    {"Meeting", "Team huddle", "Teambesprechung", "Reunión de equipo", "Réunion d'équipe"},
    {"Training", "Coaching", "Coaching", "Coaching", "Coaching"},
    {"Busy", "Back office", "Backoffice", "Trabajo administrativo", "Back-office"},
    {"Away", "Doctor's appointment", "Arzttermin", "Cita médica", "Rendez-vous médical"},
};

const char *const kFirstNames[] = {
    "Ana",
    "Zoë",
    "Łukasz",
    "José",
    "Mei",
    "Siobhán",
    "Jürgen",
    "Aisha",
    "Björn",
    "Chloé",
    "Dmitri",
    "Émile",
    "Fatima",
    "Giulia",
    "Hiroshi",
    "Ingrid",
    "Javier",
    "Kwame",
    "Léa",
    "Mateus",
    "Nadia",
    "Oğuz",
    "Priya",
    "Quentin",
    "Rosa",
    "Søren",
    "Tomás",
    "Ursula",
    "Vikram",
    "Wiktoria",
    "Xavier",
    "Yara",
    "Zoltán",
    "Amelia",
    "Ben",
    "Carla",
    "David",
    "Elena",
    "Finn",
    "Grace",
    "Hannah",
    "Ivan",
    "Jana",
    "Kai",
    "Laura",
    "Miguel",
    "Noah",
    "Olivia",
    "Pedro",
    "Sofia",
    "伟",
    "Ольга",
};

const char *const kLastNames[] = {
    "Souza",
    "Müller",
    "Nowak",
    "García",
    "Chen",
    "O'Brien",
    "Schäfer",
    "Khan",
    "Andersson",
    "Lefèvre",
    "Ivanov",
    "Dubois",
    "Haddad",
    "Rossi",
    "Tanaka",
    "Johansson",
    "Fernández",
    "Mensah",
    "Moreau",
    "Silva",
    "Petrović",
    "Yılmaz",
    "Sharma",
    "Girard",
    "Martínez",
    "Kierkegaard",
    "Dvořák",
    "Weiß",
    "Patel",
    "Kowalczyk",
    "Núñez",
    "Haddadi",
    "Szabó",
    "Smith",
    "Brown",
    "Jones",
    "Wilson",
    "Taylor",
    "Davies",
    "Evans",
    "Thomas",
    "Roberts",
    "Walker",
    "Wright",
    "Hughes",
    "Clarke",
    "李",
    "Петрова",
};

const char *const kTeams[] = {"Billing", "Support", "Sales", "Retention", "Onboarding"};
// Teams beyond the five floor teams: a small one (about 30 members in any organisation of 30 or more)
// and one whose name extends another's, as Genesys' prefix search of team names meets it.
const char *const kEscalations = "Escalations";
const char *const kSupportEscalations = "Support Escalations";
constexpr int kEscalationsSize = 30;
constexpr int kReportsPerLead = 12;

// Departments are free text in Genesys and cut across teams.
const char *const kDepartments[] = {"Customer Care", "Operations", "Service Desk", "Sales & Retention"};

// Names that test plain-text rendering and spreadsheet escaping; placed at fixed rows.
const char *const kHostileNames[] = {
    "<b>Bold</b> Smith",
    "=HYPERLINK(\"x\")",
    "+Plus Minus",
    "@Mention Jones",
    "-Dash Taylor",
};

struct Weighted
{
    const char *system;
    int weight;
};

// How a contact center's floor typically looks mid-shift.
const Weighted kSpread[] = {
    {"OnQueue", 38},
    {"Available", 16},
    {"Break", 7},
    {"Meal", 6},
    {"Away", 4},
    {"Busy", 5},
    {"Meeting", 5},
    {"Training", 4},
    {"Offline", 12},
    {"Idle", 3},
};

QString latin(const char *text)
{
    return QString::fromUtf8(text);
}

QString asciiHandle(const QString &name)
{
    QString handle;
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    for (const QChar c : decomposed) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            handle.append(c);
        else if (c == QLatin1Char(' ') && !handle.endsWith(QLatin1Char('.')))
            handle.append(QLatin1Char('.'));
    }
    while (handle.endsWith(QLatin1Char('.')))
        handle.chop(1);
    return handle.isEmpty() ? QStringLiteral("agent") : handle;
}

} // namespace

SimOrganisation::SimOrganisation(int agents, quint32 seed, const QString &supervisorName, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(Clock::orSystem(clock))
    , m_seed(seed)
    , m_rng(seed)
{
    m_organizationId = uuidFor(QStringLiteral("organization"));
    createDefinitions();
    createTeams();
    createQueues();
    createUsers(qMax(0, agents), supervisorName);
}

QString SimOrganisation::uuidFor(const QString &what) const
{
    return QUuid::createUuidV5(kNamespace, QStringLiteral("%1/%2").arg(m_seed).arg(what))
        .toString(QUuid::WithoutBraces);
}

QStringList SimOrganisation::systemPresences()
{
    QStringList names;
    for (const Label &l : kSystemLabels)
        names.append(latin(l.system));
    return names;
}

QStringList SimOrganisation::reasons()
{
    return {QStringLiteral("ReadyForCalls"), QStringLiteral("EndOfShift"), QStringLiteral("Coffee"),
        QStringLiteral("Lunch"), QStringLiteral("Coaching"), QStringLiteral("Sick"), QStringLiteral("SystemIssue"),
        QStringLiteral("Personal")};
}

QString SimOrganisation::purecloudSourceId()
{
    return QStringLiteral("5b0a1d8e-22a0-4ab7-a3a6-1e6b3f3e7a10");
}

void SimOrganisation::createDefinitions()
{
    auto add = [this](const Label &l, bool system, int n) {
        SimPresenceDefinition d;
        // System definitions keep the same id in every org, like Genesys' well-known ones.
        d.id = system ? QUuid::createUuidV5(kNamespace, latin(l.system)).toString(QUuid::WithoutBraces)
                      : uuidFor(QStringLiteral("definition/%1").arg(n));
        d.systemPresence = latin(l.system);
        d.system = system;
        d.primary = system;
        d.labels.insert(QStringLiteral("en_US"), latin(l.en));
        d.labels.insert(QStringLiteral("de"), latin(l.de));
        d.labels.insert(QStringLiteral("es"), latin(l.es));
        d.labels.insert(QStringLiteral("fr"), latin(l.fr));
        m_definitionIndex.insert(d.id, int(m_definitions.size()));
        m_definitions.append(d);
    };
    int n = 0;
    for (const Label &l : kSystemLabels)
        add(l, true, n++);
    for (const Label &l : kSecondaryLabels)
        add(l, false, n++);
}

SimAgent SimOrganisation::makeAgent(int index, const QString &name, const QString &team)
{
    SimAgent a;
    a.id = uuidFor(QStringLiteral("user/%1").arg(index));
    a.name = name;
    const QString handle = asciiHandle(name) + QString::number(index + 1);
    a.username = handle + QStringLiteral("@demo.statusdesk.org");
    a.email = a.username;
    a.title = m_rng.bounded(6) == 0 ? QStringLiteral("Senior Agent") : QStringLiteral("Contact Center Agent");
    const int teamIndex = int(std::find_if(std::begin(kTeams), std::end(kTeams), [&team](const char *t) {
        return latin(t) == team;
    }) - std::begin(kTeams));
    a.department = latin(kDepartments[(index + teamIndex) % int(std::size(kDepartments))]);
    static const char *const divisions[] = {"Home", "Home", "Americas", "Americas", "EMEA"};
    const QString division = latin(divisions[qBound(0, teamIndex, 4)]);
    a.divisionName = division;
    a.divisionId = uuidFor(QString(QStringLiteral("division/") + division));
    a.queueIds = {uuidFor(QString(QStringLiteral("queue/") + team))};
    a.joinedQueueIds = a.queueIds;
    if (m_rng.bounded(3) == 0) {
        a.queueIds.append(uuidFor(QStringLiteral("queue/General")));
        // Every other General membership is inactive, so that a roster shows both kinds.
        if (index % 2 == 0)
            a.joinedQueueIds.append(a.queueIds.last());
    }
    a.queuesChanged = m_clock->now().addDays(-7);
    a.version = 1 + int(m_rng.bounded(5));
    return a;
}

void SimOrganisation::createUsers(int agents, const QString &supervisorName)
{
    const QDateTime now = m_clock->now();
    const int firstCount = int(std::size(kFirstNames));
    const int lastCount = int(std::size(kLastNames));
    const int hostileEvery = 7;
    int totalWeight = 0;
    for (const Weighted &w : kSpread)
        totalWeight += w.weight;

    const int departed = agents > 0 ? qMax(1, agents / 50) : 0;
    for (int i = 0; i < agents + departed; ++i) {
        QString name;
        const int hostileIndex = (i - 3) / hostileEvery;
        if (i >= 3 && (i - 3) % hostileEvery == 0 && hostileIndex < int(std::size(kHostileNames)))
            name = latin(kHostileNames[hostileIndex]);
        else
            name = latin(kFirstNames[m_rng.bounded(firstCount)]) + QLatin1Char(' ')
                + latin(kLastNames[m_rng.bounded(lastCount)]);
        const QString team = latin(kTeams[m_rng.bounded(int(std::size(kTeams)))]);
        SimAgent a = makeAgent(i, name, team);
        const int every = agents >= kEscalationsSize ? agents / kEscalationsSize : 0;
        if (i < agents && every > 0 && i % every == 1 && i / every < kEscalationsSize)
            joinTeam(a, latin(kEscalations));
        else if (i < agents)
            joinTeam(a, team); // departed users have left their team

        int pick = int(m_rng.bounded(totalWeight));
        QString system;
        for (const Weighted &w : kSpread) {
            if (pick < w.weight) {
                system = latin(w.system);
                break;
            }
            pick -= w.weight;
        }
        const SimPresenceDefinition *def = systemDefinition(system);
        if (m_rng.bounded(4) == 0) {
            for (const SimPresenceDefinition &d : std::as_const(m_definitions)) {
                if (!d.system && d.systemPresence == system)
                    def = &d;
            }
        }
        a.presenceDefinitionId = def->id;
        a.presenceModified = now.addSecs(-qint64(60 + m_rng.bounded(4 * 3600)));
        a.routingStart = a.presenceModified;
        if (system == QLatin1String("OnQueue")) {
            const int r = int(m_rng.bounded(20));
            a.routingStatus = r < 12 ? QStringLiteral("IDLE")
                                     : (r < 19 ? QStringLiteral("INTERACTING") : QStringLiteral("NOT_RESPONDING"));
            a.routingStart = now.addSecs(-qint64(5 + m_rng.bounded(900)));
        }
        a.revision = ++m_revisionCounter;
        a.modifiedDate = a.presenceModified;
        a.modifiedBy = a.id; // agents set their own status until a supervisor steps in
        if (i >= agents) {
            a.state = QStringLiteral("inactive");
            a.presenceDefinitionId = systemDefinition(QStringLiteral("Offline"))->id;
            a.routingStatus = QStringLiteral("OFF_QUEUE");
        } else {
            ++m_activeCount;
        }
        m_userIndex.insert(a.id, int(m_users.size()));
        m_users.append(a);
    }

    const QString directorId
        = addStaff(QStringLiteral("director"), QStringLiteral("Grace Hughes"), QStringLiteral("Director"), QString());
    m_supervisorId = addStaff(QStringLiteral("supervisor"), supervisorName, QStringLiteral("Team Lead"), directorId);
    joinTeam(m_staff.last(), latin(kTeams[1]));
    m_competitorId
        = addStaff(QStringLiteral("competitor"), QStringLiteral("Mei Chen"), QStringLiteral("Team Lead"), directorId);
    joinTeam(m_staff.last(), latin(kSupportEscalations));
    assignManagers(directorId);
}

QString SimOrganisation::addStaff(
    const QString &key, const QString &name, const QString &title, const QString &managerId)
{
    const QDateTime now = m_clock->now();
    SimAgent s = makeAgent(0, name, QStringLiteral("Support"));
    s.id = uuidFor(key);
    s.department = QStringLiteral("Management");
    s.title = title;
    s.username = asciiHandle(name) + QStringLiteral("@demo.statusdesk.org");
    s.email = s.username;
    s.presenceDefinitionId = systemDefinition(QStringLiteral("Available"))->id;
    s.presenceModified = now.addSecs(-1800);
    s.routingStart = s.presenceModified;
    s.modifiedDate = s.presenceModified;
    s.modifiedBy = s.id;
    s.revision = ++m_revisionCounter;
    s.managerId = managerId;
    if (!managerId.isEmpty())
        m_reports[managerId].append(s.id);
    m_staffIndex.insert(s.id, int(m_staff.size()));
    m_staff.append(s);
    return s.id;
}

void SimOrganisation::createTeams()
{
    QStringList names;
    for (const char *t : kTeams)
        names.append(latin(t));
    names << latin(kEscalations) << latin(kSupportEscalations);
    for (const QString &name : std::as_const(names)) {
        SimTeam t;
        t.id = uuidFor(QStringLiteral("team/") + name);
        t.name = name;
        t.divisionName = QStringLiteral("Home");
        t.divisionId = uuidFor(QStringLiteral("division/Home"));
        m_teamIndex.insert(t.id, int(m_teams.size()));
        m_teams.append(t);
    }
}

// One queue per floor team, a General queue some agents of every team are also members of, and a Back
// Office queue without agent members (memberships there are non-member pairs for every agent).
void SimOrganisation::createQueues()
{
    static const char *const divisions[] = {"Home", "Home", "Americas", "Americas", "EMEA"};
    QList<QPair<QString, QString>> named;
    for (int i = 0; i < int(std::size(kTeams)); ++i)
        named.append({latin(kTeams[i]), latin(divisions[i])});
    named.append({QStringLiteral("General"), QStringLiteral("Home")});
    named.append({QStringLiteral("Back Office"), QStringLiteral("Home")});
    for (const auto &[name, division] : std::as_const(named)) {
        SimQueue q;
        q.id = uuidFor(QStringLiteral("queue/") + name);
        q.name = name;
        q.divisionName = division;
        q.divisionId = uuidFor(QStringLiteral("division/") + division);
        q.dateCreated = m_clock->now().addDays(-400);
        m_queueIndex.insert(q.id, int(m_queues.size()));
        m_queues.append(q);
    }
}

const SimQueue *SimOrganisation::queue(const QString &id) const
{
    auto it = m_queueIndex.constFind(id);
    return it == m_queueIndex.constEnd() ? nullptr : &m_queues.at(*it);
}

int SimOrganisation::queueMemberCount(const QString &queueId) const
{
    int n = 0;
    for (const SimAgent *a : everyone())
        n += a->queueIds.contains(queueId) ? 1 : 0;
    return n;
}

int SimOrganisation::queueJoinedCount(const QString &queueId) const
{
    int n = 0;
    for (const SimAgent *a : everyone())
        n += a->joinedQueueIds.contains(queueId) ? 1 : 0;
    return n;
}

bool SimOrganisation::setQueueJoined(const QString &userId, const QString &queueId, bool joined)
{
    SimAgent *agent = mutableUser(userId);
    if (!agent || !agent->queueIds.contains(queueId) || agent->joinedQueueIds.contains(queueId) == joined)
        return false;
    if (joined) {
        // Keep the memberships' order.
        QStringList ordered;
        for (const QString &id : std::as_const(agent->queueIds)) {
            if (id == queueId || agent->joinedQueueIds.contains(id))
                ordered.append(id);
        }
        agent->joinedQueueIds = ordered;
    } else {
        agent->joinedQueueIds.removeAll(queueId);
    }
    agent->queuesChanged = m_clock->now();
    // Presence and routing status stay; the activity topic carries the new activeQueueIds.
    Q_EMIT agentChanged(userId, false, false);
    return true;
}

bool SimOrganisation::missAlert(const QString &userId)
{
    SimAgent *agent = mutableUser(userId);
    if (!agent || definition(agent->presenceDefinitionId)->systemPresence != QLatin1String("OnQueue"))
        return false;
    agent->routingStatus = QStringLiteral("NOT_RESPONDING");
    agent->routingStart = m_clock->now();
    // The state both protocols read changed (the ETag too); nobody changed the presence.
    agent->revision = ++m_revisionCounter;
    Q_EMIT agentChanged(userId, false, true);
    return true;
}

void SimOrganisation::joinTeam(SimAgent &agent, const QString &teamName)
{
    for (SimTeam &t : m_teams) {
        if (t.name == teamName) {
            agent.teamId = t.id;
            t.memberIds.append(agent.id);
            return;
        }
    }
}

// Each team's active agents report in groups of twelve to a lead; the demo supervisor leads Support's
// first group, so a PKCE sign-in has direct reports that are part of a larger team. Leads and departed
// users report to the director.
void SimOrganisation::assignManagers(const QString &directorId)
{
    const int firstCount = int(std::size(kFirstNames));
    const int lastCount = int(std::size(kLastNames));
    for (const SimTeam &t : std::as_const(m_teams)) {
        int group = 0;
        int inGroup = 0;
        QString lead;
        for (const QString &memberId : t.memberIds) {
            const auto index = m_userIndex.constFind(memberId);
            if (index == m_userIndex.constEnd())
                continue; // staff members keep their own manager
            SimAgent *member = &m_users[*index];
            if (lead.isEmpty() || inGroup == kReportsPerLead) {
                if (!lead.isEmpty())
                    ++group;
                inGroup = 0;
                if (t.name == latin(kTeams[1]) && group == 0) {
                    lead = m_supervisorId;
                } else {
                    const QString name = latin(kFirstNames[m_rng.bounded(firstCount)]) + QLatin1Char(' ')
                        + latin(kLastNames[m_rng.bounded(lastCount)]);
                    lead = addStaff(QStringLiteral("lead/%1/%2").arg(t.name).arg(group), name,
                        QStringLiteral("Team Lead"), directorId);
                }
            }
            member->managerId = lead;
            m_reports[lead].append(member->id);
            ++inGroup;
        }
    }
    for (SimAgent &a : m_users) {
        if (a.managerId.isEmpty()) {
            a.managerId = directorId;
            m_reports[directorId].append(a.id);
        }
    }
}

QList<const SimAgent *> SimOrganisation::everyone() const
{
    QList<const SimAgent *> out;
    out.reserve(m_users.size() + m_staff.size());
    for (const SimAgent &a : m_users)
        out.append(&a);
    for (const SimAgent &a : m_staff)
        out.append(&a);
    return out;
}

const SimTeam *SimOrganisation::team(const QString &id) const
{
    auto it = m_teamIndex.constFind(id);
    return it == m_teamIndex.constEnd() ? nullptr : &m_teams.at(*it);
}

QString SimOrganisation::teamName(const SimAgent &agent) const
{
    const SimTeam *t = team(agent.teamId);
    return t ? t->name : QString();
}

QList<const SimAgent *> SimOrganisation::directReports(const QString &userId) const
{
    QList<const SimAgent *> out;
    for (const QString &id : m_reports.value(userId)) {
        if (const SimAgent *a = user(id))
            out.append(a);
    }
    return out;
}

QList<const SimAgent *> SimOrganisation::superiors(const QString &userId) const
{
    QList<const SimAgent *> out;
    const SimAgent *a = user(userId);
    while (a && !a->managerId.isEmpty() && out.size() < 16) {
        a = user(a->managerId);
        if (a)
            out.append(a);
    }
    return out;
}

const SimAgent *SimOrganisation::user(const QString &id) const
{
    auto it = m_userIndex.constFind(id);
    if (it != m_userIndex.constEnd())
        return &m_users.at(*it);
    auto staff = m_staffIndex.constFind(id);
    return staff != m_staffIndex.constEnd() ? &m_staff.at(*staff) : nullptr;
}

SimAgent *SimOrganisation::mutableUser(const QString &id)
{
    auto it = m_userIndex.constFind(id);
    if (it != m_userIndex.constEnd())
        return &m_users[*it];
    auto staff = m_staffIndex.constFind(id);
    return staff != m_staffIndex.constEnd() ? &m_staff[*staff] : nullptr;
}

bool SimOrganisation::setUserState(const QString &userId, const QString &state)
{
    const auto it = m_userIndex.constFind(userId);
    if (it == m_userIndex.constEnd() || (state != QLatin1String("active") && state != QLatin1String("inactive")))
        return false;
    SimAgent &agent = m_users[*it];
    if (agent.state != state) {
        m_activeCount += state == QLatin1String("active") ? 1 : -1;
        agent.state = state;
        agent.revision = ++m_revisionCounter; // its cached entity says the new state
    }
    return true;
}

QString SimOrganisation::activeAgentAt(quint32 index) const
{
    if (m_activeCount == 0)
        return {};
    // Active agents come first in m_users.
    return m_users.at(int(index % quint32(m_activeCount))).id;
}

const SimPresenceDefinition *SimOrganisation::definition(const QString &id) const
{
    auto it = m_definitionIndex.constFind(id);
    return it == m_definitionIndex.constEnd() ? nullptr : &m_definitions.at(*it);
}

const SimPresenceDefinition *SimOrganisation::systemDefinition(const QString &systemPresence) const
{
    for (const SimPresenceDefinition &d : m_definitions) {
        if (d.system && d.systemPresence.compare(systemPresence, Qt::CaseInsensitive) == 0)
            return &d;
    }
    return nullptr;
}

void SimOrganisation::touch(SimAgent &agent, const QString &actor)
{
    agent.revision = ++m_revisionCounter;
    agent.modifiedBy = actor;
    agent.modifiedDate = m_clock->now();
}

QString SimOrganisation::setPresence(
    const QString &userId, const QString &definitionId, const std::optional<QString> &message, const QString &actor)
{
    return applyPresence(userId, definitionId, message, actor, QString(), QString());
}

QString SimOrganisation::applyPresence(const QString &userId, const QString &definitionId,
    const std::optional<QString> &message, const QString &actor, const QString &reason, const QString &wrapupCode)
{
    SimAgent *agent = mutableUser(userId);
    if (!agent)
        return tr("The user %1 does not exist.").arg(userId);
    const SimPresenceDefinition *def
        = definitionId.isEmpty() ? definition(agent->presenceDefinitionId) : definition(definitionId);
    if (!def)
        return tr("The presence definition %1 does not exist.").arg(definitionId);

    const QString before = agent->routingStatus;
    const bool onQueue = def->systemPresence == QLatin1String("OnQueue");
    const bool wasOnQueue = definition(agent->presenceDefinitionId)->systemPresence == QLatin1String("OnQueue");
    agent->presenceDefinitionId = def->id;
    if (message)
        agent->presenceMessage = *message;
    agent->presenceModified = m_clock->now();
    agent->reason = reason;
    agent->wrapupCode = wrapupCode;
    if (onQueue && !wasOnQueue) {
        agent->routingStatus = QStringLiteral("IDLE");
        agent->routingStart = agent->presenceModified;
    } else if (!onQueue) {
        agent->routingStatus = QStringLiteral("OFF_QUEUE");
        if (wasOnQueue)
            agent->routingStart = agent->presenceModified;
    }
    touch(*agent, actor);
    Q_EMIT agentChanged(userId, true, before != agent->routingStatus);
    return {};
}

QString SimOrganisation::setStatus(const QString &userId, const QString &status, const QString &reason,
    const QString &wrapupCode, const QString &actor)
{
    const SimPresenceDefinition *def = systemDefinition(status);
    if (!def)
        return tr("Unknown status %1.").arg(status);
    return applyPresence(userId, def->id, QString(), actor, reason, wrapupCode);
}

QString SimOrganisation::setRoutingStatus(const QString &userId, const QString &status, const QString &actor)
{
    SimAgent *agent = mutableUser(userId);
    if (!agent)
        return tr("The user %1 does not exist.").arg(userId);
    const bool onQueue = definition(agent->presenceDefinitionId)->systemPresence == QLatin1String("OnQueue");
    if (status == QLatin1String("OFF_QUEUE")) {
        if (!onQueue)
            return {};
        // Taking an agent off queue leaves them Available, as the Genesys supervisor UI does.
        return setPresence(userId, systemDefinition(QStringLiteral("Available"))->id, std::nullopt, actor);
    }
    if (status != QLatin1String("IDLE"))
        return tr("Routing status %1 cannot be set through the API.").arg(status);
    if (!onQueue)
        return tr("A routing status cannot put a user on queue; set the On Queue presence instead.");
    agent->routingStatus = status;
    agent->routingStart = m_clock->now();
    touch(*agent, actor);
    Q_EMIT agentChanged(userId, false, true);
    return {};
}
