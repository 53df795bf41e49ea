// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "core/Agent.h"
#include "core/StatusCatalogue.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

class ApiClient;
class ApiReply;
class QJsonArray;
class QJsonObject;

// Loads every active user with presence and routing status expanded: page 1 first (it tells the
// page count), then the remaining pages in parallel, at most `parallel` at once. The server's counts
// are not trusted: an announced total above MaxAgents, or more entries than that, fail the load, and
// a user listed twice is kept once, as the lowest page lists it. Pages are told in page order
// (pageArrived), each as soon as every page before it is in, so that a roster can be shown before its
// last page is in and is the same whatever order the answers come in.
class RosterLoader : public QObject
{
    Q_OBJECT

public:
    RosterLoader(
        ApiClient *client, const StatusCatalogue &catalogue, int pageSize, int parallel, QObject *parent = nullptr);
    ~RosterLoader() override;

    // The most users one roster holds (the largest Genesys organisations have tens of thousands).
    static constexpr int MaxAgents = 200000;

    void start();
    void cancel();
    AgentList agents() const;

    // Users still to come: the total page 1 announced less those loaded (0 before page 1 and once done).
    int outstanding() const;

signals:
    // The users of one page not listed on a page before it, in the page's order; pages in page order.
    void pageArrived(const AgentList &agents);
    void progress(int loaded, int total);
    void finished(const ApiError &error);

private:
    void requestPage(int page);
    struct PageRead
    {
        AgentList agents;
        bool withoutId = false; // an entry is no user with an id: the page is refused
    };
    void onPage(int page, ApiReply *reply);
    bool countPages(const QJsonObject &object, qsizetype entries);
    void readPage(int page, const QJsonArray &array);
    void onPageRead(int page, const PageRead &read);
    void releasePages();
    void fail(const ApiError &error);
    AgentList withoutRepeats(const AgentList &agents);
    ApiError tooMany(double count) const;

    ApiClient *m_client;
    StatusCatalogue m_catalogue;
    int m_pageSize;
    int m_parallel;
    int m_pageCount = 0;
    int m_total = 0;
    int m_nextPage = 2;
    int m_loaded = 0;
    int m_reading = 0; // pages being read on a pool thread
    bool m_done = false;
    QMap<int, AgentList> m_pages; // told, without repeats
    QMap<int, AgentList> m_waiting; // read, waiting for a page before them
    int m_nextRelease = 1;
    QSet<QString> m_seen;
    int m_duplicates = 0;
    QList<QPointer<ApiReply>> m_inFlight;
};
