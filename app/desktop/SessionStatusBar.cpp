// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/SessionStatusBar.h"

#include "api/ApiClient.h"
#include "api/NotificationChannel.h"
#include "desktop/IconLoader.h"
#include "service/AgentDirectory.h"
#include "service/Session.h"
#include "webhook/WebhookOutbox.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace {

// The token's minutes and the request budget are read once a second.
constexpr int kRefreshIntervalMs = 1000;
// The slow-down note stays a little past the server's delay, so it never flickers off early.
constexpr int kSlowdownMarginMs = 50;
constexpr int kIconSize = 16;
constexpr int kSpacing = 14;

} // namespace

SessionStatusBar::SessionStatusBar(QWidget *parent)
    : QWidget(parent)
    , m_agents(addLabel(QStringLiteral("statusAgents"), tr("Agents")))
    , m_stillComing(addLabel(QStringLiteral("statusStillComing"), tr("Agents still loading")))
    , m_modeIcon(new QLabel(this))
    , m_mode(addLabel(QStringLiteral("statusMode"), tr("Connection")))
    , m_token(addLabel(QStringLiteral("statusToken"), tr("Token expiry")))
    , m_budget(addLabel(QStringLiteral("statusBudget"), tr("Request budget")))
    , m_webhooks(addLabel(QStringLiteral("statusWebhooks"), tr("Pending webhooks")))
    , m_refresh(new QTimer(this))
    , m_slowdownEnds(new QTimer(this))
{
    setObjectName(QStringLiteral("sessionStatusBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(kSpacing);
    layout->addWidget(m_agents);
    layout->addWidget(m_stillComing);
    m_stillComing->hide();
    m_adherence = addLabel(QStringLiteral("statusAdherence"), tr("Schedule adherence"));
    layout->addWidget(m_adherence);
    m_adherence->hide();
    layout->addStretch(1);
    layout->addWidget(m_budget);
    layout->addWidget(m_webhooks);
    layout->addWidget(m_token);
    auto *modeBox = new QHBoxLayout;
    modeBox->setSpacing(4);
    modeBox->addWidget(m_modeIcon);
    modeBox->addWidget(m_mode);
    layout->addLayout(modeBox);
    m_refresh->setInterval(kRefreshIntervalMs);
    connect(m_refresh, &QTimer::timeout, this, &SessionStatusBar::refresh);
    m_slowdownEnds->setSingleShot(true);
    connect(m_slowdownEnds, &QTimer::timeout, this, &SessionStatusBar::refresh);
    refresh();
}

QLabel *SessionStatusBar::addLabel(const QString &objectName, const QString &accessibleName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void SessionStatusBar::attach(Session *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        if (m_session->webhooks())
            disconnect(m_session->webhooks(), nullptr, this, nullptr);
    }
    m_session = session;
    if (session) {
        connect(session, &Session::stateChanged, this, &SessionStatusBar::refresh);
        connect(session->directory(), &AgentDirectory::modeChanged, this, &SessionStatusBar::refresh);
        connect(session->directory(), &AgentDirectory::coverageChanged, this, &SessionStatusBar::refresh);
        connect(session->directory(), &AgentDirectory::stillComingChanged, this, &SessionStatusBar::showStillComing);
        connect(session->api(), &ApiClient::rateLimited, this, &SessionStatusBar::onRateLimited);
        connect(session->api(), &ApiClient::budgetChanged, this, &SessionStatusBar::refresh);
        if (WebhookOutbox *outbox = session->webhooks()) {
            connect(outbox, &WebhookOutbox::pendingCountChanged, this, &SessionStatusBar::refresh);
            connect(outbox, &WebhookOutbox::deadLetterCountChanged, this, &SessionStatusBar::refresh);
        }
        m_refresh->start();
    } else {
        m_refresh->stop();
    }
    showStillComing(session ? session->directory()->stillComing() : 0);
    refresh();
}

void SessionStatusBar::showStillComing(int agents)
{
    m_stillComing->setVisible(agents > 0);
    m_stillComing->setText(agents > 0 ? tr("%n more still coming", nullptr, agents) : QString());
}

QString SessionStatusBar::stillComingText() const
{
    return m_stillComing->text();
}

void SessionStatusBar::setCounts(int agents, int shown, int selected, int notResponding)
{
    QString text = tr("%n agent(s)", nullptr, agents);
    if (shown != agents)
        text += tr(" · %n shown", nullptr, shown);
    if (selected > 0)
        text += tr(" · %n selected", nullptr, selected);
    if (notResponding > 0)
        text += tr(" · ⚠ %n not responding", nullptr, notResponding);
    m_agents->setText(text);
}

QString SessionStatusBar::countsText() const
{
    return m_agents->text();
}

void SessionStatusBar::setAdherence(int outOfAdherence, bool permissionMissing, bool known)
{
    m_adherence->setVisible(known);
    if (permissionMissing) {
        m_adherence->setText(tr("adherence: no permission"));
        m_adherence->setToolTip(tr("Reading schedule adherence needs the permission %1.")
                                    .arg(QStringLiteral("wfm:realtimeAdherence:view")));
        return;
    }
    m_adherence->setText(tr("%n out of adherence", nullptr, outOfAdherence));
    m_adherence->setToolTip({});
}

QString SessionStatusBar::adherenceText() const
{
    return m_adherence->isVisibleTo(this) ? m_adherence->text() : QString();
}

QString SessionStatusBar::modeText() const
{
    return m_mode->text();
}

QString SessionStatusBar::budgetText() const
{
    return m_budget->text();
}

QString SessionStatusBar::webhookText() const
{
    return m_webhooks->text();
}

void SessionStatusBar::onRateLimited(int delayMs)
{
    m_slowdownEnds->start(qMax(delayMs, 0) + kSlowdownMarginMs);
    refresh();
}

void SessionStatusBar::refresh()
{
    if (!m_session || m_session->state() == Session::State::Stopped) {
        m_modeIcon->setPixmap(IconLoader::action(QStringLiteral("disconnected")).pixmap(kIconSize, kIconSize));
        m_mode->setText(tr("Signed out"));
        m_token->clear();
        m_budget->clear();
        m_webhooks->clear();
        return;
    }
    QString icon;
    const AgentDirectory *directory = m_session->directory();
    const int polledSeconds = (directory->pollPeriodMs() + 999) / 1000;
    const QStringList missing = directory->channel()->missingPermissions();
    switch (directory->mode()) {
    case AgentDirectory::Mode::Push:
        icon = QStringLiteral("live");
        if (directory->polledCount() == 0)
            m_mode->setText(tr("Live"));
        else if (missing.isEmpty())
            m_mode->setText(tr("Live · %n polled every %1 s", nullptr, directory->polledCount()).arg(polledSeconds));
        else
            m_mode->setText(tr("Live · %n polled every %1 s (missing %2)", nullptr, directory->polledCount())
                                .arg(polledSeconds)
                                .arg(missing.join(QStringLiteral(", "))));
        break;
    case AgentDirectory::Mode::Polling:
        icon = QStringLiteral("polling");
        m_mode->setText(polledSeconds > 0 ? tr("Polling every %1 s").arg(polledSeconds) : tr("Polling"));
        break;
    case AgentDirectory::Mode::Offline:
        icon = QStringLiteral("disconnected");
        m_mode->setText(m_session->state() == Session::State::Ready ? tr("Offline") : tr("Connecting…"));
        break;
    }
    m_modeIcon->setPixmap(IconLoader::action(icon).pixmap(kIconSize, kIconSize));
    m_mode->setToolTip(missing.isEmpty() ? QString()
                                         : tr("Live updates refused for want of the permission(s) %1: those "
                                              "agents are polled.")
                                               .arg(missing.join(QStringLiteral(", "))));

    const QDateTime expires = m_session->api()->tokenExpiresAt();
    if (expires.isValid()) {
        const qint64 minutes = QDateTime::currentDateTimeUtc().secsTo(expires) / 60;
        m_token->setText(minutes > 0 ? tr("token %n min", nullptr, int(minutes)) : tr("token renewing"));
    } else {
        m_token->clear();
    }

    if (m_session->api()->isSlowedDown() || m_slowdownEnds->isActive()) {
        m_budget->setText(tr("Slowed down by the server (429)"));
        m_budget->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold"));
    } else {
        const ApiClient *api = m_session->api();
        m_budget->setText(
            tr("%1/%2 requests per min left").arg(api->requestsLeftPerMinute()).arg(api->budgetPerMinute()));
        QString tip = tr("Requests left in the last 60 seconds. Reads may use up to %1 of the %2; the rest is kept "
                         "for your changes.")
                          .arg(api->readShare())
                          .arg(api->budgetPerMinute());
        if (api->budgetPerMinute() < m_session->profile().rateLimitPerMinute)
            tip += QLatin1Char('\n')
                + tr("The server refused requests before the profile's %1 a minute; the budget grows back by a "
                     "tenth each minute.")
                      .arg(m_session->profile().rateLimitPerMinute);
        m_budget->setToolTip(tip);
        m_budget->setStyleSheet(QString());
    }
    if (WebhookOutbox *outbox = m_session->webhooks()) {
        // No address: the events wait for good, which is a problem to see, not a count to read past.
        const bool nowhere = outbox->endpoint().isEmpty();
        QString text = nowhere ? tr("No webhook address: %n webhook(s) waiting", nullptr, outbox->pendingCount())
                               : tr("%n webhook(s) pending", nullptr, outbox->pendingCount());
        // A dead letter never reaches payroll by itself: it is a problem to see, like a missing address.
        const int dead = outbox->deadLetterCount();
        if (dead > 0)
            text += QLatin1String(", ") + tr("%n dead letter(s)", nullptr, dead);
        m_webhooks->setText(text);
        m_webhooks->setStyleSheet(
            nowhere || dead > 0 ? QStringLiteral("color: #c0392b; font-weight: bold") : QString());
    } else {
        m_webhooks->clear();
        m_webhooks->setStyleSheet(QString());
    }
}
