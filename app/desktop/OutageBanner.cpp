// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/OutageBanner.h"

#include "api/ApiClient.h"
#include "api/NotificationChannel.h"
#include "core/Clock.h"
#include "desktop/IconLoader.h"
#include "service/AgentDirectory.h"
#include "service/Session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace {

// The "for N min" part is redrawn this often while the banner shows.
constexpr int kTickMs = 1000;
constexpr int kIconSize = 20;
constexpr float kTintShare = 0.22f;

QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return OutageBanner::tr("%n s", nullptr, int(qMax<qint64>(0, seconds)));
    if (seconds < 3600)
        return OutageBanner::tr("%n min", nullptr, int(seconds / 60));
    return OutageBanner::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

} // namespace

OutageBanner::OutageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("outageBanner"));
    setAccessibleName(tr("Outage"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("outageText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, this, &OutageBanner::refresh);
    hide();
}

void OutageBanner::attach(Session *session, bool pushExpected)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->directory(), nullptr, this, nullptr);
        disconnect(m_session->api(), nullptr, this, nullptr);
        disconnect(m_session->directory()->channel(), nullptr, this, nullptr);
    }
    m_session = session;
    m_pushExpected = pushExpected;
    m_pushDownSince = QDateTime();
    m_serverDownSince = QDateTime();
    m_pushFailed = false;
    if (session) {
        // Push that is still connecting at sign-in is no outage; one that failed (or was lost) is.
        NotificationChannel *channel = session->directory()->channel();
        connect(channel, &NotificationChannel::error, this, [this] {
            m_pushFailed = true;
            onModeChanged();
        });
        connect(channel, &NotificationChannel::stateChanged, this, [this](NotificationChannel::State state) {
            if (state == NotificationChannel::State::Live)
                m_pushFailed = false;
            else if (state == NotificationChannel::State::Reconnecting)
                m_pushFailed = true;
            onModeChanged();
        });
        connect(session, &Session::stateChanged, this, &OutageBanner::onModeChanged);
        connect(session->directory(), &AgentDirectory::modeChanged, this, &OutageBanner::onModeChanged);
        connect(session->api(), &ApiClient::requestFinished, this,
            [this](const QByteArray &, const QString &path, int httpStatus, qint64) {
                // The notification channel's own failures are push's, told by the channel.
                if (!path.startsWith(QLatin1String("/api/v2/notifications")))
                    onRequestFinished(httpStatus);
            });
    }
    onModeChanged();
}

QDateTime OutageBanner::now() const
{
    return m_session ? m_session->clock()->now() : QDateTime::currentDateTimeUtc();
}

void OutageBanner::onModeChanged()
{
    const bool ready = m_session && m_session->state() == Session::State::Ready;
    const bool pushDown
        = ready && m_pushExpected && m_pushFailed && m_session->directory()->mode() != AgentDirectory::Mode::Push;
    if (pushDown && !m_pushDownSince.isValid())
        m_pushDownSince = now();
    else if (!pushDown)
        m_pushDownSince = QDateTime();
    refresh();
}

// No answer (status 0: the connection failed or timed out) or a server error: the server is down
// until any request gets an answer again.
void OutageBanner::onRequestFinished(int httpStatus)
{
    const bool down = httpStatus == 0 || httpStatus >= 500;
    if (down && !m_serverDownSince.isValid())
        m_serverDownSince = now();
    else if (!down)
        m_serverDownSince = QDateTime();
    refresh();
}

QDateTime OutageBanner::since() const
{
    switch (m_kind) {
    case Kind::ServerDown:
        return m_serverDownSince;
    case Kind::PushDown:
        return m_pushDownSince;
    case Kind::None:
        break;
    }
    return {};
}

QString OutageBanner::text() const
{
    return isVisible() || m_kind != Kind::None ? m_text->text() : QString();
}

void OutageBanner::refresh()
{
    const Kind kind = m_serverDownSince.isValid() ? Kind::ServerDown
        : m_pushDownSince.isValid()               ? Kind::PushDown
                                                  : Kind::None;
    m_kind = kind;
    if (kind == Kind::None) {
        m_tick->stop();
        m_text->clear();
        hide();
        return;
    }
    const QDateTime start = since();
    const QString at = start.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    const QString lasting = durationText(start.secsTo(now()));
    QString text;
    if (kind == Kind::ServerDown) {
        text = tr("The server has not answered since %1 (%2). Still working: the roster as last read (its rows "
                  "are marked stale as they age), the audit history and its export, and webhook deliveries. "
                  "Status changes are not made until the server answers; each one that fails says so and can "
                  "be retried.")
                   .arg(at, lasting);
    } else if (m_session && m_session->directory()->mode() == AgentDirectory::Mode::Polling) {
        text = tr("Live updates are down since %1 (%2). Still working: the roster is re-read regularly (each "
                  "row shows how fresh it is), status changes are checked against the server before they are "
                  "written, the audit history and webhooks.")
                   .arg(at, lasting);
    } else {
        text = tr("Live updates are down since %1 (%2) and the roster is not re-read: reload it to see the "
                  "latest. Still working: status changes are checked against the server before they are "
                  "written, the audit history and webhooks.")
                   .arg(at, lasting);
    }
    m_text->setText(text);
    applyStyle();
    show();
    if (!m_tick->isActive())
        m_tick->start();
}

void OutageBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && isVisible())
        applyStyle();
    QFrame::changeEvent(event);
}

// A wash of warning (or error) colour over the window colour, readable on light and dark palettes.
void OutageBanner::applyStyle()
{
    const QColor tint = m_kind == Kind::ServerDown ? QColor(0xc8, 0x37, 0x2d) : QColor(0xe0, 0xa0, 0x21);
    QPalette pal = parentWidget() ? parentWidget()->palette() : palette();
    const QColor base = pal.color(QPalette::Window);
    const auto mix = [](float window, float level) { return window * (1.0f - kTintShare) + level * kTintShare; };
    pal.setColor(QPalette::Window,
        QColor::fromRgbF(
            mix(base.redF(), tint.redF()), mix(base.greenF(), tint.greenF()), mix(base.blueF(), tint.blueF())));
    setPalette(pal);
    const QString icon = m_kind == Kind::ServerDown ? QStringLiteral("disconnected") : QStringLiteral("polling");
    m_icon->setPixmap(IconLoader::action(icon).pixmap(kIconSize, kIconSize));
}
