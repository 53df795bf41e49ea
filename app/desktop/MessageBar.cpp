// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/MessageBar.h"

#include "desktop/IconLoader.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QToolButton>

namespace {

// How much of the level's colour is washed over the window colour.
constexpr float kTintShare = 0.2f;
constexpr int kIconSize = 16;

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
    , m_hideTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setAccessibleName(tr("Messages"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_text->setObjectName(QStringLiteral("messageBarText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("messageBarAction"));
    // Named before any message carries an action, and after: a screen reader never meets a blank button.
    m_action->setAccessibleName(tr("Message action"));
    m_action->hide();
    m_close->setObjectName(QStringLiteral("messageBarClose"));
    m_close->setIcon(IconLoader::action(QStringLiteral("close")));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close the message"));
    m_close->setAccessibleName(tr("Close the message"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);

    m_hideTimer->setSingleShot(true);
    connect(m_hideTimer, &QTimer::timeout, this, &MessageBar::hideMessage);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::hideMessage);
    connect(m_action, &QPushButton::clicked, this, [this] { emit actionTriggered(m_actionId); });
    hide();
}

void MessageBar::showMessage(
    const QString &text, Level level, const QString &actionText, const QString &actionId, int timeoutMs)
{
    m_level = level;
    m_text->setText(text);
    m_actionId = actionId;
    m_action->setText(actionText);
    m_action->setAccessibleName(actionText.isEmpty()
            ? tr("Message action")
            : QString(actionText).remove(QRegularExpression(QStringLiteral("&(?!&)"))));
    m_action->setVisible(!actionText.isEmpty());
    applyLevelStyle();
    m_hideTimer->stop();
    if (timeoutMs > 0)
        m_hideTimer->start(timeoutMs);
    show();
}

void MessageBar::hideMessage()
{
    m_hideTimer->stop();
    hide();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && isVisible())
        applyLevelStyle();
    QFrame::changeEvent(event);
}

void MessageBar::applyLevelStyle()
{
    QColor tint;
    QString icon;
    switch (m_level) {
    case Level::Information:
        tint = QColor(0x1f, 0x7a, 0xc9);
        icon = QStringLiteral("info");
        break;
    case Level::Positive:
        tint = QColor(0x2e, 0x9d, 0x4f);
        icon = QStringLiteral("success");
        break;
    case Level::Warning:
        tint = QColor(0xe0, 0xa0, 0x21);
        icon = QStringLiteral("warning");
        break;
    case Level::Error:
        tint = QColor(0xc8, 0x37, 0x2d);
        icon = QStringLiteral("error");
        break;
    }
    // A light wash of the level's colour over the window colour works on light and dark palettes.
    QPalette pal = parentWidget() ? parentWidget()->palette() : palette();
    const QColor base = pal.color(QPalette::Window);
    const auto mix = [](float window, float level) { return window * (1.0f - kTintShare) + level * kTintShare; };
    const QColor wash = QColor::fromRgbF(
        mix(base.redF(), tint.redF()), mix(base.greenF(), tint.greenF()), mix(base.blueF(), tint.blueF()));
    pal.setColor(QPalette::Window, wash);
    setPalette(pal);
    m_icon->setPixmap(IconLoader::action(icon).pixmap(kIconSize, kIconSize));
}
