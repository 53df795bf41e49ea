// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditKeyState.h"
#include "desktop/AuditKeyring.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QPushButton;

// The audit key of one audit log: whether the log is keyed and with this console's key (read from the
// log itself), the key's fingerprint (never the key), importing a team key (pasted or from a file,
// checked against the log: a keyed log's key cannot be changed, for its entries would no longer
// verify) and exporting the key for the colleagues of a shared team log.
class AuditKeyDialog : public QDialog
{
    Q_OBJECT
public:
    AuditKeyDialog(AuditKeyring *keyring, const QString &location, QWidget *parent = nullptr);

    // What the buttons do, for the file dialogs' answers and the tests.
    void importText(const QByteArray &text);
    void importFile(const QString &path);
    bool exportTo(const QString &path);
    // True while the log is read or the keychain written.
    bool isBusy() const { return m_busy; }

signals:
    void keyImported(); // the keychain holds the new key

private:
    struct Reading
    {
        bool ok = false;
        AuditKeyState state;
        QString error;
    };
    static Reading readLog(const QString &location, const QByteArray &keyText);

    void refresh();
    void onLookedUp(
        const QString &location, const QByteArray &keyText, AuditKeyring::Source source, const QString &warning);
    void readLogWith(const QByteArray &keyText, bool forImport);
    void onLogRead();
    void showChain(const Reading &reading);
    void decideImport(const Reading &reading);
    void onSaved(const QString &location, bool persisted);
    void chooseImportFile();
    void chooseExportFile();
    void setBusy(bool busy);

    AuditKeyring *m_keyring;
    QString m_location;
    QByteArray m_key; // this console's key for the log; never shown
    AuditKeyring::Source m_source = AuditKeyring::Source::None;
    QByteArray m_candidate; // a key being imported
    bool m_readingForImport = false;
    bool m_busy = false;
    QFutureWatcher<Reading> m_reading;
    QLabel *m_intro;
    QLabel *m_chain;
    QLabel *m_fingerprint;
    QLineEdit *m_input;
    QPushButton *m_import;
    QPushButton *m_importFile;
    QPushButton *m_export;
    QLabel *m_exportWarning;
    QLabel *m_result;
};
