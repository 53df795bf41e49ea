// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/StatusChange.h"
#include "service/BulkSummary.h"
#include "service/ChangeConflict.h"
#include "service/ChangeResult.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QVector>

class StatusChangeService;

// Many status changes, paced: a window of changes in flight (the gateway's batch: 500 on Genesys, which
// writes one compare read and one bulk PUT per chunk of it and stops between chunks on cancel(); 20
// otherwise), written in batches, each request waiting its turn in
// the ApiClient's rate limiter, so a bulk change never storms the server into 429s. Conflicts are not
// shown one by one: they are gathered and offered in one conflictsReady() once every other change has
// finished; answer each with resolve() (or resolveAll()), then finished() comes (never inside a call).
class BulkChange : public QObject
{
    Q_OBJECT
public:
    explicit BulkChange(StatusChangeService *service, QObject *parent = nullptr);
    // A bulk change deleted while running cancels what it has not sent and the conflicts waiting for a
    // decision (those would otherwise wait forever), quietly: its receivers may be going too.
    ~BulkChange() override;

    // How long `agents` more changes take at most under the limiter's budget: a batch of one writes a
    // compare read and a PUT per agent; larger batches read 50 ids a call and PUT one request per batch.
    // What the rolling minute still allows goes at once; the rest at budgetPerMinute.
    static int estimatedSeconds(int agents, int batchSize, int budgetPerMinute, int leftThisMinute);

    // At most this many changes in flight (not counting those waiting for the review), sent as one batch;
    // cancel() waits for them, so a smaller window cancels sooner, a larger one batches more.
    void setMaxInFlight(int changes);
    void start(const QVector<StatusChange> &changes);
    // Starts nothing new; changes already on their way finish, those of the batch not sent yet and the
    // waiting conflicts are cancelled.
    void cancel();
    void resolve(const QString &changeId, Resolution resolution);
    void resolveAll(Resolution resolution);

    bool isRunning() const;
    QVector<ChangeResult> results() const;
    BulkSummary summary() const;

    // The changes that put every applied agent back to its previous status, each only if nobody
    // changed the agent since (expectedVersion = our write's version; otherwise a conflict to review).
    // A revert is a change of its own: it carries the reason given for the revert (never the reason of
    // the change it undoes), and the service judges it by the rules like any other change.
    QVector<StatusChange> revertChanges(const QString &reason = QString()) const;
    // A new bulk change prepared with revertChanges(reason); connect to it, then call startPrepared().
    BulkChange *revert(const QString &reason = QString(), QObject *parent = nullptr) const;
    void startPrepared();

signals:
    void progress(int done, int total);
    void agentFinished(const ChangeResult &result);
    void conflictsReady(const QVector<ChangeConflict> &conflicts);
    void finished(const BulkSummary &summary);

private:
    void startMore();
    void onConflict(const ChangeConflict &conflict);
    void onFinished(const ChangeResult &result);
    void maybeOfferConflicts();
    void maybeFinish();

    QPointer<StatusChangeService> m_service; // a signed-out session may take it first
    int m_maxInFlight = 20;
    QVector<StatusChange> m_queue;
    int m_next = 0;
    int m_total = 0;
    bool m_running = false;
    bool m_cancelled = false;
    QSet<QString> m_inFlight;
    QHash<QString, ChangeConflict> m_conflicts; // waiting for a decision
    QSet<QString> m_offered; // already in a conflictsReady()
    QVector<ChangeResult> m_results;
};
