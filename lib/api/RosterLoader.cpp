// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/RosterLoader.h"

#include "api/ApiClient.h"
#include "api/ApiLogging.h"
#include "api/GenesysJson.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

RosterLoader::RosterLoader(
    ApiClient *client, const StatusCatalogue &catalogue, int pageSize, int parallel, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_catalogue(catalogue)
    , m_pageSize(qBound(1, pageSize, 500))
    , m_parallel(qMax(1, parallel))
{
}

RosterLoader::~RosterLoader()
{
    cancel();
}

void RosterLoader::start()
{
    requestPage(1);
}

void RosterLoader::cancel()
{
    m_done = true; // and a page still being read is dropped when it is
    const QList<QPointer<ApiReply>> replies = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<ApiReply> &reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

AgentList RosterLoader::agents() const
{
    AgentList all;
    all.reserve(m_seen.size());
    for (const AgentList &page : m_pages)
        all.append(page);
    return all;
}

int RosterLoader::outstanding() const
{
    return m_done ? 0 : qMax(0, m_total - int(m_seen.size()));
}

// A user listed twice (pages shifting under a change, or a broken server) is one agent: otherwise a
// bulk change would patch and audit it twice. The first listing in page order wins (pages are
// released in that order), not the first answer to arrive.
AgentList RosterLoader::withoutRepeats(const AgentList &agents)
{
    AgentList fresh;
    fresh.reserve(agents.size());
    for (const Agent &agent : agents) {
        if (m_seen.contains(agent.id)) {
            ++m_duplicates;
            continue;
        }
        m_seen.insert(agent.id);
        fresh.append(agent);
    }
    return fresh;
}

ApiError RosterLoader::tooMany(double count) const
{
    return ApiError::make(ApiError::Kind::MalformedResponse,
        tr("The server lists %1 users; StatusDesk loads at most %2.").arg(count, 0, 'g', 12).arg(MaxAgents));
}

void RosterLoader::requestPage(int page)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("pageSize"), QString::number(m_pageSize));
    query.addQueryItem(QStringLiteral("pageNumber"), QString::number(page));
    query.addQueryItem(QStringLiteral("expand"), QStringLiteral("presence"));
    query.addQueryItem(QStringLiteral("expand"), QStringLiteral("routingStatus"));
    query.addQueryItem(QStringLiteral("expand"), QStringLiteral("team"));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("active"));
    ApiReply *reply = m_client->get(QStringLiteral("/api/v2/users"), query);
    m_inFlight.append(reply);
    connect(reply, &ApiReply::finished, this, [this, page, reply] { onPage(page, reply); });
}

void RosterLoader::onPage(int page, ApiReply *reply)
{
    m_inFlight.removeAll(reply);
    reply->deleteLater();
    if (m_done)
        return;
    if (!reply->isOk())
        return fail(reply->error());
    const QJsonObject object = reply->json().object();
    const QJsonValue entities = object.value(QStringLiteral("entities"));
    if (!entities.isArray())
        return fail(ApiError::make(
            ApiError::Kind::MalformedResponse, tr("The users page %1 has no list of entities.").arg(page)));
    const QJsonArray array = entities.toArray();
    if (page == 1 && !countPages(object, array.size()))
        return;
    if (page != 1 && array.isEmpty())
        m_nextPage = m_pageCount + 1; // an empty page: the list is shorter than announced
    // The next pages are asked for before this one is read, so that the server works while we do.
    while (m_nextPage <= m_pageCount && m_inFlight.size() < m_parallel)
        requestPage(m_nextPage++);
    readPage(page, array);
}

// Page 1 tells the page count.
bool RosterLoader::countPages(const QJsonObject &object, qsizetype entries)
{
    // In 64 bits and bounded: the server's numbers may be anything a JSON number can say.
    const double total = object.value(QStringLiteral("total")).toDouble(double(entries));
    if (!(total <= MaxAgents)) {
        fail(tooMany(total));
        return false;
    }
    m_total = total > 0 ? int(total) : 0;
    // The page count follows from the total; a server that claims more pages is not believed.
    const int fromTotal = m_total > 0 ? int((qint64(m_total) + m_pageSize - 1) / m_pageSize) : 1;
    const double claimed = object.value(QStringLiteral("pageCount")).toDouble(0);
    m_pageCount = claimed >= 1 && claimed < fromTotal ? int(claimed) : fromTotal;
    return true;
}

// 500 users take milliseconds to read: on a pool thread, so that the other pages' bytes keep coming
// in on this one (and the console's window stays live).
void RosterLoader::readPage(int page, const QJsonArray &array)
{
    ++m_reading;
    auto *watcher = new QFutureWatcher<PageRead>(this);
    connect(watcher, &QFutureWatcher<PageRead>::finished, this, [this, watcher, page] {
        watcher->deleteLater();
        --m_reading;
        onPageRead(page, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([array, catalogue = m_catalogue] {
        PageRead read;
        read.agents.reserve(array.size());
        for (const QJsonValue &value : array) {
            Agent agent;
            if (!value.isObject() || !GenesysJson::readUser(value.toObject(), catalogue, &agent)) {
                read.withoutId = true;
                break;
            }
            read.agents.append(agent);
        }
        return read;
    }));
}

void RosterLoader::onPageRead(int page, const PageRead &read)
{
    if (m_done)
        return;
    if (read.withoutId)
        return fail(ApiError::make(
            ApiError::Kind::MalformedResponse, tr("The users page %1 holds an entry without an id.").arg(page)));
    const AgentList &agents = read.agents;
    if (agents.size() > m_pageSize)
        return fail(ApiError::make(ApiError::Kind::MalformedResponse,
            tr("The users page %1 holds %2 entries, more than the %3 asked for.")
                .arg(page)
                .arg(agents.size())
                .arg(m_pageSize)));
    if (qint64(m_loaded) + agents.size() > MaxAgents)
        return fail(tooMany(double(m_loaded) + double(agents.size())));
    m_loaded += int(agents.size());
    m_waiting.insert(page, agents);
    releasePages();
}

// Pages leave in page order: a page waits for those before it, so that which listing of a user wins
// does not depend on which answer came first.
void RosterLoader::releasePages()
{
    while (!m_done && m_waiting.contains(m_nextRelease)) {
        const AgentList fresh = withoutRepeats(m_waiting.take(m_nextRelease));
        m_pages.insert(m_nextRelease++, fresh);
        const bool last = m_waiting.isEmpty() && m_inFlight.isEmpty() && m_reading == 0 && m_nextPage > m_pageCount;
        if (!fresh.isEmpty())
            emit pageArrived(fresh);
        if (m_done)
            return; // a receiver cancelled
        emit progress(int(m_seen.size()), last ? int(m_seen.size()) : qMax(m_total, int(m_seen.size())));
        if (last) {
            m_done = true;
            if (m_duplicates > 0)
                qCWarning(lcApi) << "the users listing named" << m_duplicates
                                 << "user(s) more than once; each is kept once";
            emit finished(ApiError());
        }
    }
}

void RosterLoader::fail(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    cancel();
    emit finished(error);
}
