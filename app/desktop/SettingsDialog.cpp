// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/SettingsDialog.h"

#include "core/TransitionRules.h"
#include "desktop/AuditKeyDialog.h"
#include "models/StatusLabels.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

// An alert threshold reaches at most a whole day.
constexpr int kMaximumAlertMinutes = 24 * 60;
// The client's own request budget; Genesys Cloud allows far fewer per client.
constexpr int kMaximumRequestsPerMinute = 10000;
// The webhook address field shows this many characters.
constexpr int kAddressChars = 48;

const QStringList &alertStatuses()
{
    static const QStringList statuses = {QStringLiteral("Break"), QStringLiteral("Meal"), QStringLiteral("Away"),
        QStringLiteral("Busy"), QStringLiteral("Meeting"), QStringLiteral("Training")};
    return statuses;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_webhookUrl(new QLineEdit(this))
    , m_webhookSecret(new QLineEdit(this))
    , m_rulesFile(new QLineEdit(this))
    , m_rulesStatus(new QLabel(this))
    , m_rateLimit(new QSpinBox(this))
    , m_sqlite(new QRadioButton(tr("S&QLite file"), this))
    , m_postgres(new QRadioButton(tr("&PostgreSQL (shared team log)"), this))
    , m_auditLocation(new QLineEdit(this))
    , m_auditKey(new QPushButton(tr("&Audit key…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_webhookUrl->setObjectName(QStringLiteral("settingsWebhookUrl"));
    m_webhookUrl->setAccessibleName(tr("Webhook address"));
    m_webhookUrl->setPlaceholderText(QStringLiteral("https://payroll.example.org/hooks/status"));
    // Wide enough to read a whole address.
    m_webhookUrl->setMinimumWidth(m_webhookUrl->fontMetrics().averageCharWidth() * kAddressChars);
    m_webhookSecret->setObjectName(QStringLiteral("settingsWebhookSecret"));
    m_webhookSecret->setAccessibleName(tr("Webhook signing key"));
    m_webhookSecret->setEchoMode(QLineEdit::Password);
    m_webhookSecret->setPlaceholderText(tr("unchanged"));
    connect(m_webhookSecret, &QLineEdit::textEdited, this, [this] { m_secretEdited = true; });

    m_rulesFile->setObjectName(QStringLiteral("settingsRulesFile"));
    m_rulesFile->setAccessibleName(tr("Rules file"));
    m_rulesFile->setPlaceholderText(tr("Built-in rules"));
    m_rulesStatus->setObjectName(QStringLiteral("settingsRulesStatus"));
    m_rulesStatus->setTextFormat(Qt::PlainText);
    m_rulesStatus->setWordWrap(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("settingsRulesBrowse"));
    auto *rulesRow = new QHBoxLayout;
    rulesRow->addWidget(m_rulesFile, 1);
    rulesRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseRules);
    connect(m_rulesFile, &QLineEdit::editingFinished, this, [this] { validateRules(); });

    m_rateLimit->setObjectName(QStringLiteral("settingsRateLimit"));
    m_rateLimit->setAccessibleName(tr("Rate limit"));
    m_rateLimit->setRange(1, kMaximumRequestsPerMinute);
    m_rateLimit->setSuffix(tr(" requests/min"));

    m_sqlite->setObjectName(QStringLiteral("settingsAuditSqlite"));
    m_postgres->setObjectName(QStringLiteral("settingsAuditPostgres"));
    m_auditLocation->setObjectName(QStringLiteral("settingsAuditLocation"));
    m_auditLocation->setAccessibleName(tr("Audit store location"));
    connect(m_sqlite, &QRadioButton::toggled, this, [this] { updateAuditFields(); });

    auto *general = new QGroupBox(tr("Webhook and rules"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Webhook address:"), m_webhookUrl);
    generalForm->addRow(tr("Signing &key:"), m_webhookSecret);
    // A row holding a layout gets no buddy of its own: without one "&Rules file:" would show its "&".
    auto *rulesLabel = new QLabel(tr("&Rules file:"), this);
    rulesLabel->setBuddy(m_rulesFile);
    generalForm->addRow(rulesLabel, rulesRow);
    generalForm->addRow(QString(), m_rulesStatus);
    generalForm->addRow(tr("Rate &limit:"), m_rateLimit);

    auto *audit = new QGroupBox(tr("Audit store"), this);
    auto *auditLayout = new QVBoxLayout(audit);
    auditLayout->addWidget(m_sqlite);
    auditLayout->addWidget(m_postgres);
    auditLayout->addWidget(m_auditLocation);
    m_auditKey->setObjectName(QStringLiteral("settingsAuditKey"));
    m_auditKey->setToolTip(tr("Whether the audit log is keyed, and the team key of a shared log"));
    m_auditKey->hide();
    auditLayout->addWidget(m_auditKey, 0, Qt::AlignLeft);
    connect(m_auditKey, &QPushButton::clicked, this, [this] { showAuditKey(); });

    auto *alerts = new QGroupBox(tr("Alert when an agent stays longer than"), this);
    auto *alertForm = new QFormLayout(alerts);
    for (const QString &status : alertStatuses()) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(QStringLiteral("settingsAlert") + status);
        spin->setRange(0, kMaximumAlertMinutes);
        spin->setSuffix(tr(" min"));
        spin->setSpecialValueText(tr("never"));
        spin->setAccessibleName(tr("Alert threshold for %1").arg(StatusLabels::statusName(status)));
        alertForm->addRow(StatusLabels::statusName(status) + QLatin1Char(':'), spin);
        m_alerts.insert(status, spin);
    }

    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("settingsSave"));
    // Our own words: Qt's catalogue for the standard buttons may not be installed.
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(general);
    left->addWidget(audit);
    left->addStretch(1);
    columns->addLayout(left, 3);
    columns->addWidget(alerts, 2, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_buttons);

    // Browse… was made after the buttons: put it next to its field in the tab order.
    setTabOrder(m_rulesFile, browse);
    setTabOrder(browse, m_rateLimit);
    // The thresholds, then Save and Cancel last.
    setTabOrder(m_auditLocation, m_auditKey);
    QWidget *previous = m_auditKey;
    for (const QString &status : alertStatuses()) {
        setTabOrder(previous, m_alerts.value(status));
        previous = m_alerts.value(status);
    }
    setTabOrder(previous, m_buttons->button(QDialogButtonBox::Save));
    setTabOrder(m_buttons->button(QDialogButtonBox::Save), m_buttons->button(QDialogButtonBox::Cancel));
}

void SettingsDialog::setProfile(const AppSettings::StoredProfile &stored)
{
    m_profile = stored;
    const Profile &p = stored.profile;
    m_webhookUrl->setText(p.webhookUrl.toString());
    m_webhookSecret->clear();
    m_secretEdited = false;
    m_rulesFile->setText(p.rulesFile);
    m_rateLimit->setValue(p.rateLimitPerMinute);
    const bool postgres = p.auditLocation.startsWith(QLatin1String("postgres"));
    (postgres ? m_postgres : m_sqlite)->setChecked(true);
    m_auditLocation->setText(p.auditLocation);
    for (auto it = m_alerts.cbegin(); it != m_alerts.cend(); ++it)
        it.value()->setValue(stored.alertMinutes.value(it.key(), 0));
    updateAuditFields();
    validateRules();
}

AppSettings::StoredProfile SettingsDialog::profile() const
{
    AppSettings::StoredProfile stored = m_profile;
    Profile &p = stored.profile;
    p.webhookUrl = QUrl(m_webhookUrl->text().trimmed());
    p.rulesFile = m_rulesFile->text().trimmed();
    p.rateLimitPerMinute = m_rateLimit->value();
    p.auditLocation = m_auditLocation->text().trimmed();
    stored.alertMinutes.clear();
    for (auto it = m_alerts.cbegin(); it != m_alerts.cend(); ++it)
        stored.alertMinutes.insert(it.key(), it.value()->value());
    return stored;
}

bool SettingsDialog::validateRules()
{
    const QString path = m_rulesFile->text().trimmed();
    if (path.isEmpty()) {
        m_rulesStatus->setText(tr("The built-in rules are used."));
        return true;
    }
    TransitionRules rules;
    TransitionRules::LoadError error;
    if (!rules.loadFile(path, &error)) {
        m_rulesStatus->setText(tr("This rules file cannot be used: %1").arg(error.toString()));
        return false;
    }
    m_rulesStatus->setText(tr("Rules file is valid: %n status(es).", nullptr, int(rules.statuses().size())));
    return true;
}

void SettingsDialog::setAuditKeyring(AuditKeyring *keyring)
{
    m_keyring = keyring;
    m_auditKey->setVisible(keyring != nullptr);
}

AuditKeyDialog *SettingsDialog::showAuditKey()
{
    if (!m_keyring)
        return nullptr;
    auto *dialog = new AuditKeyDialog(m_keyring, profile().profile.effectiveAuditLocation(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void SettingsDialog::browseRules()
{
    auto *dialog = new QFileDialog(this, tr("Choose a rules file"), QString(), tr("Rules (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_rulesFile->setText(file);
        validateRules();
    });
    dialog->open();
}

void SettingsDialog::updateAuditFields()
{
    m_auditLocation->setPlaceholderText(m_sqlite->isChecked()
            ? tr("Default file in the data folder")
            : QStringLiteral("postgresql://user@host:5432/statusdesk"));
}

void SettingsDialog::save()
{
    if (!validateRules())
        return;
    const QString url = m_webhookUrl->text().trimmed();
    if (!url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid()
            || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http"))) {
            m_rulesStatus->setText(tr("The webhook address must be an http or https URL."));
            return;
        }
    }
    if (m_postgres->isChecked() && !m_auditLocation->text().trimmed().startsWith(QLatin1String("postgres"))) {
        m_rulesStatus->setText(tr("A PostgreSQL audit store needs a postgresql:// address."));
        return;
    }
    emit saved(profile(), m_webhookSecret->text(), m_secretEdited);
    accept();
}
