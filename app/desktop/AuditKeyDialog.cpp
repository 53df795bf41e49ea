// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/AuditKeyDialog.h"

#include "audit/AuditKey.h"
#include "audit/AuditStore.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

qint64 firstKeyedId(const AuditKeyState &state)
{
    return state.markerId > 0 ? state.markerId : 1;
}

} // namespace

AuditKeyDialog::AuditKeyDialog(AuditKeyring *keyring, const QString &location, QWidget *parent)
    : QDialog(parent)
    , m_keyring(keyring)
    , m_location(location)
    , m_intro(plainLabel(QStringLiteral("auditKeyIntro"), this))
    , m_chain(plainLabel(QStringLiteral("auditKeyChain"), this))
    , m_fingerprint(plainLabel(QStringLiteral("auditKeyFingerprint"), this))
    , m_input(new QLineEdit(this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_importFile(new QPushButton(tr("Import from &file…"), this))
    , m_export(new QPushButton(tr("&Export for colleagues…"), this))
    , m_exportWarning(plainLabel(QStringLiteral("auditKeyExportWarning"), this))
    , m_result(plainLabel(QStringLiteral("auditKeyResult"), this))
{
    setObjectName(QStringLiteral("auditKeyDialog"));
    setWindowTitle(tr("Audit key"));
    m_intro->setText(tr("The audit key makes the audit log tamper-evident: without it, no one can rewrite entries "
                        "so that Verify chain still says intact. Every console that writes to a shared team log "
                        "needs the same key. Audit log: %1")
                         .arg(AuditStore::displayLocation(location)));

    m_input->setObjectName(QStringLiteral("auditKeyInput"));
    m_input->setAccessibleName(tr("Team key to import"));
    m_input->setEchoMode(QLineEdit::Password);
    m_input->setPlaceholderText(tr("Paste a team key (hex or base64)"));
    m_import->setObjectName(QStringLiteral("auditKeyImport"));
    m_importFile->setObjectName(QStringLiteral("auditKeyImportFile"));
    m_export->setObjectName(QStringLiteral("auditKeyExport"));
    m_exportWarning->setText(tr("Whoever holds this key can rewrite the audit log so that verification still says "
                                "intact. Give it only to the consoles of your team, over a safe channel, and delete "
                                "the file once it is imported."));
    m_exportWarning->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    connect(m_import, &QPushButton::clicked, this, [this] {
        importText(m_input->text().toLatin1());
        m_input->clear();
    });
    connect(m_importFile, &QPushButton::clicked, this, &AuditKeyDialog::chooseImportFile);
    connect(m_export, &QPushButton::clicked, this, &AuditKeyDialog::chooseExportFile);

    auto *importBox = new QGroupBox(tr("Import a team key"), this);
    auto *importRow = new QHBoxLayout(importBox);
    importRow->addWidget(m_input, 1);
    importRow->addWidget(m_import);
    importRow->addWidget(m_importFile);
    auto *exportBox = new QGroupBox(tr("Export this key"), this);
    auto *exportLayout = new QVBoxLayout(exportBox);
    exportLayout->addWidget(m_exportWarning);
    exportLayout->addWidget(m_export, 0, Qt::AlignLeft);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("auditKeyClose"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_chain);
    layout->addWidget(m_fingerprint);
    layout->addWidget(importBox);
    layout->addWidget(exportBox);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(m_keyring, &AuditKeyring::lookedUp, this, &AuditKeyDialog::onLookedUp);
    connect(m_keyring, &AuditKeyring::saved, this,
        [this](const QString &where, bool persisted, const QString &) { onSaved(where, persisted); });
    connect(&m_reading, &QFutureWatcher<Reading>::finished, this, &AuditKeyDialog::onLogRead);
    refresh();
}

// Off the UI thread: a store of its own, opened and closed on the worker.
AuditKeyDialog::Reading AuditKeyDialog::readLog(const QString &location, const QByteArray &keyText)
{
    Reading reading;
    if (!AuditStore::isPostgresLocation(location) && !QFileInfo::exists(location)) {
        reading.ok = true; // no file yet: an empty log
        return reading;
    }
    std::unique_ptr<AuditStore> store = AuditStore::open(location, &reading.error);
    if (!store)
        return reading;
    const AuditKey key = keyText.isEmpty() ? AuditKey() : AuditKey::fromText(keyText);
    reading.ok = store->keyState(key, &reading.state, &reading.error);
    return reading;
}

void AuditKeyDialog::refresh()
{
    setBusy(true);
    m_chain->setText(tr("Reading the audit log…"));
    m_keyring->lookUp(m_location);
}

void AuditKeyDialog::onLookedUp(
    const QString &location, const QByteArray &keyText, AuditKeyring::Source source, const QString &warning)
{
    if (location != m_location)
        return;
    m_key = keyText;
    m_source = source;
    const QString fingerprint = AuditKey::fromText(keyText).fingerprint();
    switch (source) {
    case AuditKeyring::Source::Environment:
        m_fingerprint->setText(
            tr("This console's key: fingerprint %1, from STATUSDESK_AUDIT_KEY (it overrides the keychain).")
                .arg(fingerprint));
        break;
    case AuditKeyring::Source::Keychain:
    case AuditKeyring::Source::Generated:
        m_fingerprint->setText(tr("This console's key: fingerprint %1, from the desktop's keychain.").arg(fingerprint));
        break;
    case AuditKeyring::Source::None:
        m_fingerprint->setText(warning.isEmpty() ? tr("This console holds no key for this audit log yet: it makes one "
                                                      "at the next sign-in and keeps it in the desktop's keychain.")
                                                 : warning);
        break;
    }
    m_export->setEnabled(!m_key.isEmpty());
    readLogWith(m_key, false);
}

void AuditKeyDialog::readLogWith(const QByteArray &keyText, bool forImport)
{
    setBusy(true);
    m_readingForImport = forImport;
    m_reading.setFuture(QtConcurrent::run(&AuditKeyDialog::readLog, m_location, keyText));
}

void AuditKeyDialog::onLogRead()
{
    const Reading reading = m_reading.result();
    if (m_readingForImport) {
        decideImport(reading);
        return;
    }
    showChain(reading);
    setBusy(false);
}

void AuditKeyDialog::showChain(const Reading &reading)
{
    if (!reading.ok) {
        m_chain->setText(tr("The audit log cannot be read: %1").arg(reading.error));
        return;
    }
    const AuditKeyState &state = reading.state;
    switch (state.kind) {
    case AuditKeyState::Kind::Empty:
        m_chain->setText(tr("The audit log is empty: it is keyed from its first entry on."));
        break;
    case AuditKeyState::Kind::Unkeyed:
        m_chain->setText(state.markerId > 0
                ? tr("The audit log was keyed from entry %1 on, but its last entry (%2) has a plain link: it was "
                     "written without the key, and Verify chain names it.")
                      .arg(state.markerId)
                      .arg(state.lastId)
                : tr("The audit log is not keyed: its %n entries have plain links. At the next sign-in with a key a "
                     "marker entry is appended, and the chain is keyed from there on; the entries before it stay "
                     "verifiable as unkeyed.",
                    nullptr, int(state.lastId)));
        break;
    case AuditKeyState::Kind::KeyedWithKey:
        m_chain->setText(tr("The audit log is keyed with this console's key from entry %1 on (%2 entries in all).")
                             .arg(firstKeyedId(state))
                             .arg(state.lastId));
        break;
    case AuditKeyState::Kind::KeyedOtherwise:
        m_chain->setText(m_key.isEmpty()
                ? tr("The audit log is keyed, but this console holds no key: import the team key it was keyed with.")
                : tr("The audit log is keyed, but not with this console's key (or its last entry, %1, was changed): "
                     "entries written from this console would not verify. Import the key the log was keyed with.")
                      .arg(state.lastId));
        break;
    }
}

void AuditKeyDialog::importText(const QByteArray &text)
{
    if (m_busy)
        return;
    QString error;
    const AuditKey candidate = AuditKey::fromTeamText(text, &error);
    if (!candidate.isValid()) {
        m_result->setText(tr("Not imported: %1").arg(error));
        return;
    }
    if (candidate.text() == m_key) {
        m_result->setText(tr("This is already this console's key."));
        return;
    }
    m_candidate = candidate.text();
    readLogWith(m_candidate, true);
}

void AuditKeyDialog::decideImport(const Reading &reading)
{
    if (!reading.ok) {
        setBusy(false);
        m_result->setText(tr("Not imported: the audit log cannot be read: %1").arg(reading.error));
        return;
    }
    if (!reading.state.acceptsKey()) {
        setBusy(false);
        m_candidate.clear();
        m_result->setText(tr("Not imported: this key does not match the audit log, whose entries are keyed with "
                             "another key from entry %1 on. The key of a keyed log cannot be changed: the entries "
                             "written with the old key would no longer verify. Import the key the log was keyed "
                             "with (a colleague exports it from their console).")
                              .arg(firstKeyedId(reading.state)));
        return;
    }
    m_keyring->save(m_location, m_candidate);
}

void AuditKeyDialog::onSaved(const QString &location, bool persisted)
{
    if (location != m_location || m_candidate.isEmpty())
        return;
    const QString fingerprint = AuditKey::fromText(m_candidate).fingerprint();
    m_candidate.clear();
    setBusy(false);
    if (!persisted) {
        m_result->setText(tr("Not imported: the desktop's keychain did not keep the key (it is missing or locked)."));
        return;
    }
    QString text = tr("Imported: the key with fingerprint %1 is in the desktop's keychain. The console keys this "
                      "audit log with it from the next sign-in.")
                       .arg(fingerprint);
    if (!AuditKeyring::environmentKey().isEmpty())
        text += QLatin1Char(' ') + tr("STATUSDESK_AUDIT_KEY still overrides it while it is set.");
    m_result->setText(text);
    emit keyImported();
    refresh();
}

void AuditKeyDialog::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_result->setText(tr("Not imported: cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    importText(file.read(AuditKey::MaximumTextLength + 1));
}

bool AuditKeyDialog::exportTo(const QString &path)
{
    if (m_key.isEmpty()) {
        m_result->setText(tr("There is no key to export."));
        return false;
    }
    QFile file(path);
    // Private before the key is in it: a new file is created 0600 (no moment in which another user could
    // open it), and one that was there is made so before it is written.
    const QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, owner) || !file.setPermissions(owner)
        || file.write(m_key + '\n') < 0 || !file.flush()) {
        m_result->setText(tr("Not exported: cannot write %1: %2").arg(path, file.errorString()));
        file.close();
        file.remove();
        return false;
    }
    m_result->setText(tr("Exported to %1, readable only by you. Import it on each console of the team, then delete "
                         "the file.")
                          .arg(path));
    return true;
}

void AuditKeyDialog::chooseImportFile()
{
    auto *dialog = new QFileDialog(this, tr("Import an audit key"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &AuditKeyDialog::importFile);
    dialog->open();
}

void AuditKeyDialog::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export the audit key for colleagues"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(QStringLiteral("statusdesk-audit.key"));
    connect(dialog, &QFileDialog::fileSelected, this, &AuditKeyDialog::exportTo);
    dialog->open();
}

void AuditKeyDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QPushButton *button : {m_import, m_importFile})
        button->setEnabled(!busy);
    m_export->setEnabled(!busy && !m_key.isEmpty());
}
