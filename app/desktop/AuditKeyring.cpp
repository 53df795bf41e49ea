// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/AuditKeyring.h"

#include "audit/AuditKey.h"
#include "audit/AuditStore.h"
#include "desktop/DesktopLogging.h"
#include "desktop/SecretStore.h"

#include <QFileInfo>
#include <QUrl>

namespace {
const QString kAuditKeyPrefix = QStringLiteral("audit-key:");
} // namespace

AuditKeyring::AuditKeyring(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{
}

QString AuditKeyring::keychainKey(const QString &location)
{
    if (AuditStore::isPostgresLocation(location))
        return kAuditKeyPrefix + QUrl(location).adjusted(QUrl::RemovePassword).toString();
    return kAuditKeyPrefix + QFileInfo(location).absoluteFilePath();
}

QByteArray AuditKeyring::environmentKey()
{
    return qgetenv("STATUSDESK_AUDIT_KEY");
}

void AuditKeyring::fetch(const QString &location)
{
    read(location, true);
}

void AuditKeyring::lookUp(const QString &location)
{
    read(location, false);
}

void AuditKeyring::read(const QString &location, bool generate)
{
    const auto answer
        = [this, generate](const QString &where, const QByteArray &text, Source source, const QString &warning) {
              if (generate)
                  emit fetched(where, text, source, warning);
              else
                  emit lookedUp(where, text, source, warning);
          };
    const QByteArray variable = environmentKey();
    if (!variable.isEmpty()) {
        // Asynchronous like the keychain path, so that callers see one behaviour.
        QMetaObject::invokeMethod(
            this, [answer, location, variable] { answer(location, variable, Source::Environment, {}); },
            Qt::QueuedConnection);
        return;
    }
    const QString name = keychainKey(location);
    auto *context = new QObject(this);
    connect(m_secrets, &SecretStore::loaded, context,
        [this, context, name, location, generate, answer](
            const QString &key, const QString &secret, bool found, const QString &error) {
            if (key != name)
                return;
            context->deleteLater();
            if (!error.isEmpty()) {
                qCWarning(lcDesktop) << "keychain: the audit key could not be read:" << error;
                answer(location, {}, Source::None,
                    tr("The desktop's keychain could not be read (it is missing or locked): the audit log is not "
                       "keyed in this run."));
                return;
            }
            if (found) {
                QString problem;
                const AuditKey key = AuditKey::fromText(secret.toLatin1(), &problem);
                if (key.isValid()) {
                    answer(location, key.text(), Source::Keychain, {});
                    return;
                }
                answer(location, {}, Source::None,
                    tr("The audit key in the desktop's keychain is not valid: %1").arg(problem));
                return;
            }
            if (generate)
                generateFor(location);
            else
                answer(location, {}, Source::None, {});
        });
    m_secrets->load(name);
}

void AuditKeyring::generateFor(const QString &location)
{
    const QString name = keychainKey(location);
    const QByteArray text = AuditKey::generate().text();
    auto *context = new QObject(this);
    connect(m_secrets, &SecretStore::stored, context,
        [this, context, name, location, text](const QString &key, bool persisted, const QString &error) {
            if (key != name)
                return;
            context->deleteLater();
            if (persisted) {
                emit fetched(location, text, Source::Generated, {});
                return;
            }
            // Kept for this run only, the key would be gone tomorrow and the log unverifiable with it.
            m_secrets->forgetRunOnly(name);
            qCWarning(lcDesktop) << "keychain: the audit key could not be saved:" << error;
            emit fetched(location, {}, Source::None,
                tr("The desktop's keychain cannot keep an audit key (it is missing or locked): the audit log is "
                   "not keyed in this run."));
        });
    m_secrets->store(name, QString::fromLatin1(text));
}

void AuditKeyring::save(const QString &location, const QByteArray &keyText)
{
    const QString name = keychainKey(location);
    auto *context = new QObject(this);
    connect(m_secrets, &SecretStore::stored, context,
        [this, context, name, location](const QString &key, bool persisted, const QString &error) {
            if (key != name)
                return;
            context->deleteLater();
            if (!persisted)
                m_secrets->forgetRunOnly(name);
            emit saved(location, persisted, error);
        });
    m_secrets->store(name, QString::fromLatin1(keyText));
}
