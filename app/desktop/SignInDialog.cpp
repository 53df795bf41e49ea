// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/SignInDialog.h"

#include "api/Region.h"
#include "desktop/DemoLauncher.h"
#include "desktop/IconLoader.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

constexpr int kMinimumWidth = 480;

} // namespace

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
    , m_demo(new QRadioButton(tr("&Demo organisation"), this))
    , m_genesys(new QRadioButton(tr("&Genesys Cloud"), this))
    , m_pages(new QStackedWidget(this))
    , m_demoUrl(new QLineEdit(this))
    , m_profileName(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_clientId(new QLineEdit(this))
    , m_pkce(new QRadioButton(tr("Sign in in the &browser"), this))
    , m_clientCredentials(new QRadioButton(tr("Client c&redentials"), this))
    , m_secret(new QLineEdit(this))
    , m_webhookUrl(new QLineEdit(this))
    , m_webhookHint(new QLabel(this))
    , m_remember(new QCheckBox(tr("&Remember this organisation"), this))
    , m_error(new QLabel(this))
    , m_signIn(new QPushButton(IconLoader::action(QStringLiteral("sign-in")), tr("&Sign in"), this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to StatusDesk"));
    m_demo->setObjectName(QStringLiteral("signInDemo"));
    m_demo->setIcon(IconLoader::action(QStringLiteral("demo")));
    m_genesys->setObjectName(QStringLiteral("signInGenesys"));
    m_genesys->setIcon(IconLoader::action(QStringLiteral("cloud")));
    // Two independent choices: which organisation, and (for Genesys) how to sign in.
    auto *kind = new QButtonGroup(this);
    kind->addButton(m_demo);
    kind->addButton(m_genesys);
    auto *auth = new QButtonGroup(this);
    auth->addButton(m_pkce);
    auth->addButton(m_clientCredentials);
    m_demo->setChecked(true);
    m_pages->addWidget(buildDemoPage());
    m_pages->addWidget(buildGenesysPage());
    m_remember->setObjectName(QStringLiteral("signInRemember"));
    m_remember->setChecked(true);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c8372d"));
    m_error->hide();
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_webhookUrl->setObjectName(QStringLiteral("signInWebhookUrl"));
    m_webhookUrl->setAccessibleName(tr("Webhook address"));
    m_webhookUrl->setPlaceholderText(tr("https://payroll.example.com/statusdesk"));
    m_webhookHint->setObjectName(QStringLiteral("signInWebhookHint"));
    m_webhookHint->setTextFormat(Qt::PlainText);
    m_webhookHint->setWordWrap(true);
    auto *webhookForm = new QFormLayout;
    webhookForm->addRow(tr("&Webhook address:"), m_webhookUrl);
    webhookForm->addRow(QString(), m_webhookHint);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setText(tr("Cancel"));
    cancel->setObjectName(QStringLiteral("signInCancel"));

    auto *choice = new QHBoxLayout;
    choice->addWidget(m_demo);
    choice->addWidget(m_genesys);
    choice->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(m_pages);
    layout->addLayout(webhookForm);
    layout->addWidget(m_remember);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_demo, &QRadioButton::toggled, this, [this] { updateState(); });
    connect(m_pkce, &QRadioButton::toggled, this, [this] { updateState(); });
    connect(m_clientId, &QLineEdit::textChanged, this, [this] { updateState(); });
    connect(m_secret, &QLineEdit::textChanged, this, [this] { updateState(); });
    connect(m_region->lineEdit(), &QLineEdit::textChanged, this, [this] { updateState(); });
    connect(m_demoUrl, &QLineEdit::textChanged, this, [this] { updateState(); });
    connect(m_webhookUrl, &QLineEdit::textChanged, this, [this] { updateState(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    updateState();
    // Room for a whole webhook address.
    setMinimumWidth(kMinimumWidth);
}

QWidget *SignInDialog::buildDemoPage()
{
    auto *page = new QWidget(this);
    auto *intro = new QLabel(tr("A simulated contact center with live agents, on this computer. Leave the address "
                                "empty to start the simulator, or give the address of a running one."),
        page);
    intro->setWordWrap(true);
    m_demoUrl->setObjectName(QStringLiteral("signInDemoUrl"));
    m_demoUrl->setPlaceholderText(tr("Start a simulator"));
    m_demoUrl->setAccessibleName(tr("Simulator address"));
    auto *form = new QFormLayout;
    form->addRow(tr("Simulator &address:"), m_demoUrl);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

QWidget *SignInDialog::buildGenesysPage()
{
    auto *page = new QWidget(this);
    m_profileName->setObjectName(QStringLiteral("signInProfileName"));
    m_profileName->setAccessibleName(tr("Profile name"));
    m_profileName->setPlaceholderText(tr("e.g. Billing team"));
    m_region->setObjectName(QStringLiteral("signInRegion"));
    m_region->setEditable(true);
    m_region->addItems(Region::knownRegions());
    m_region->setAccessibleName(tr("Region"));
    m_region->setToolTip(tr("A region such as eu-central-1, or a domain such as mypurecloud.de"));
    m_clientId->setObjectName(QStringLiteral("signInClientId"));
    m_clientId->setAccessibleName(tr("Client id"));
    m_pkce->setObjectName(QStringLiteral("signInPkce"));
    m_clientCredentials->setObjectName(QStringLiteral("signInClientCredentials"));
    m_pkce->setChecked(true);
    m_secret->setObjectName(QStringLiteral("signInSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Client secret"));
    auto *auth = new QVBoxLayout;
    auth->addWidget(m_pkce);
    auth->addWidget(m_clientCredentials);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Profile name:"), m_profileName);
    form->addRow(tr("Re&gion:"), m_region);
    form->addRow(tr("Client &id:"), m_clientId);
    form->addRow(tr("Sign-in:"), auth);
    form->addRow(tr("Client s&ecret:"), m_secret);
    return page;
}

void SignInDialog::setDefaults(const Profile &environment)
{
    m_defaults = environment;
    if (!environment.apiBase.isEmpty())
        m_demoUrl->setText(environment.apiBase.toString());
    if (!environment.region.isEmpty())
        m_region->setEditText(environment.region);
    if (!environment.clientId.isEmpty())
        m_clientId->setText(environment.clientId);
    if (!environment.webhookUrl.isEmpty())
        m_webhookUrl->setText(environment.webhookUrl.toString());
    // A client secret in the environment means client credentials (the secret itself is not shown).
    if (!environment.clientSecret.isEmpty())
        m_clientCredentials->setChecked(true);
    updateState();
}

void SignInDialog::setProfile(const AppSettings::StoredProfile &stored)
{
    if (!stored.profile.webhookUrl.isEmpty())
        m_webhookUrl->setText(stored.profile.webhookUrl.toString());
    if (stored.kind == AppSettings::Kind::Demo) {
        m_demo->setChecked(true);
        if (!stored.profile.apiBase.isEmpty())
            m_demoUrl->setText(stored.profile.apiBase.toString());
        return;
    }
    m_genesys->setChecked(true);
    m_profileName->setText(stored.name);
    if (!stored.profile.region.isEmpty())
        m_region->setEditText(stored.profile.region);
    if (!stored.profile.clientId.isEmpty())
        m_clientId->setText(stored.profile.clientId);
    (stored.profile.authMode == Profile::AuthMode::Pkce ? m_pkce : m_clientCredentials)->setChecked(true);
}

void SignInDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_signIn->setEnabled(true);
}

void SignInDialog::updateState()
{
    const bool demo = m_demo->isChecked();
    m_pages->setCurrentIndex(demo ? 0 : 1);
    m_secret->setEnabled(m_clientCredentials->isChecked());
    bool ready = true;
    if (demo) {
        const QString url = m_demoUrl->text().trimmed();
        const QUrl parsed(url, QUrl::StrictMode);
        ready = url.isEmpty()
            || (parsed.isValid() && !parsed.host().isEmpty()
                && (parsed.scheme() == QLatin1String("http") || parsed.scheme() == QLatin1String("https")));
    } else {
        ready = !m_clientId->text().trimmed().isEmpty() && !m_region->currentText().trimmed().isEmpty()
            && (m_pkce->isChecked() || !m_secret->text().isEmpty());
    }
    // The webhook address: optional, but its absence is said, and a malformed one is refused.
    const QString webhook = m_webhookUrl->text().trimmed();
    const QUrl webhookUrl(webhook, QUrl::StrictMode);
    const bool webhookValid = webhook.isEmpty()
        || (webhookUrl.isValid() && !webhookUrl.host().isEmpty()
            && (webhookUrl.scheme() == QLatin1String("http") || webhookUrl.scheme() == QLatin1String("https")));
    if (!webhookValid)
        m_webhookHint->setText(tr("This is not an http or https address."));
    else if (webhook.isEmpty() && demo && m_demoUrl->text().trimmed().isEmpty())
        m_webhookHint->setText(tr("Empty: the started simulator's payroll sink receives the webhooks."));
    else if (webhook.isEmpty() && demo)
        m_webhookHint->setText(tr("Empty: the simulator's payroll sink receives the webhooks."));
    else if (webhook.isEmpty())
        m_webhookHint->setText(tr("Empty: status changes are recorded, but no webhook is sent to payroll."));
    else
        m_webhookHint->clear();
    m_webhookHint->setVisible(!m_webhookHint->text().isEmpty());
    m_signIn->setEnabled(ready && webhookValid);
}

void SignInDialog::submit()
{
    AppSettings::StoredProfile stored;
    QString secret;
    const QUrl webhook(m_webhookUrl->text().trimmed());
    if (m_demo->isChecked()) {
        const QUrl simulator(m_demoUrl->text().trimmed());
        stored = AppSettings::demoProfile(simulator);
        stored.profile.protocol = m_defaults.protocol;
        if (!m_defaults.clientId.isEmpty())
            stored.profile.clientId = m_defaults.clientId;
        secret = m_defaults.clientSecret.isEmpty() ? QStringLiteral("statusdesk-demo-secret") : m_defaults.clientSecret;
        // A simulator of one's own has its payroll sink; a started one gets it once its address is known.
        stored.profile.webhookUrl
            = webhook.isEmpty() && !simulator.isEmpty() ? DemoLauncher::webhookSinkUrl(simulator) : webhook;
    } else {
        stored.kind = AppSettings::Kind::Genesys;
        stored.name = m_profileName->text().trimmed();
        if (stored.name.isEmpty())
            stored.name = m_region->currentText().trimmed();
        stored.profile.region = m_region->currentText().trimmed();
        stored.profile.clientId = m_clientId->text().trimmed();
        stored.profile.authMode = m_pkce->isChecked() ? Profile::AuthMode::Pkce : Profile::AuthMode::ClientCredentials;
        stored.profile.redirectPort = m_defaults.redirectPort; // STATUSDESK_REDIRECT_PORT, or 8085
        stored.profile.displayName = stored.name;
        stored.profile.webhookUrl = webhook;
        stored.alertMinutes = AppSettings::defaultAlertMinutes();
        if (!m_pkce->isChecked())
            secret = m_secret->text();
    }
    m_error->hide();
    m_signIn->setEnabled(false);
    emit signInRequested(stored, secret, m_remember->isChecked());
}
