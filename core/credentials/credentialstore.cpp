#include "core/credentials/credentialstore.h"

#include "core/credentials/credentialslog.h"
#include "core/model/providerinfo.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QRegularExpression>
#include <qt6keychain/keychain.h>

namespace vd {

namespace {

const QString kSecretService = QStringLiteral("org.freedesktop.secrets");

QString unavailableStatus(const QString& why)
{
    return QStringLiteral(
               "No secret service is running (%1), so the keychain cannot be used: credentials come "
               "from environment variables only. Start a secret service such as gnome-keyring to store "
               "keys.")
        .arg(why);
}

} // namespace

CredentialStore::CredentialStore(QString service, QObject* parent)
    : QObject(parent), m_service(std::move(service))
{
    checkKeychain();
}

CredentialStore::~CredentialStore() = default;

bool CredentialStore::checkKeychain()
{
    const bool before = m_available;
    const QString statusBefore = m_status;
    const QDBusConnection bus = QDBusConnection::sessionBus();
    QDBusConnectionInterface* busInterface = bus.isConnected() ? bus.interface() : nullptr;
    if (!busInterface) {
        m_available = false;
        m_status = unavailableStatus(QStringLiteral("there is no D-Bus session bus"));
    } else if (!busInterface->isServiceRegistered(kSecretService).value()) {
        m_available = false;
        m_status = unavailableStatus(kSecretService + QStringLiteral(" is not on the D-Bus session bus"));
    } else {
        m_available = true;
        m_status =
            QStringLiteral("The keychain (secret service on the D-Bus session bus) is used, service \"%1\"; "
                           "environment variables are used when it holds no key.")
                .arg(m_service);
    }
    if (m_available != before || statusBefore.isEmpty())
        qCDebug(lcCredentials).noquote() << m_status;
    return m_available;
}

void CredentialStore::refresh(const QList<ProviderInfo>& providers)
{
    const quint64 generation = ++m_generation;
    QStringList keys;
    for (const ProviderInfo& info : providers) {
        for (const QString& key : info.credentialKeys) {
            if (!keys.contains(key))
                keys << key;
        }
    }
    m_ready = false;
    m_pendingReads = 0;
    if (!checkKeychain())
        m_secrets.clear();
    if (!m_available || keys.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation == m_generation) {
                    m_ready = true;
                    emit ready();
                }
            },
            Qt::QueuedConnection);
        return;
    }
    m_pendingReads = int(keys.size());
    for (const QString& key : keys) {
        auto* job = new QKeychain::ReadPasswordJob(m_service);
        job->setInsecureFallback(false); // never plain-text files
        job->setAutoDelete(true);
        job->setKey(key);
        connect(job, &QKeychain::Job::finished, this, [this, generation, key](QKeychain::Job* done) {
            const auto* read = static_cast<QKeychain::ReadPasswordJob*>(done);
            const bool found = read->error() == QKeychain::NoError;
            const bool missing = read->error() == QKeychain::EntryNotFound;
            finishRead(generation, key, found, found ? read->textData() : QString(),
                       found || missing ? QString() : read->errorString());
        });
        job->start();
    }
}

void CredentialStore::finishRead(quint64 generation, const QString& key, bool found, const QString& secret,
                                 const QString& error)
{
    if (generation != m_generation)
        return; // superseded: the newer refresh reads this entry again
    if (found && !secret.isEmpty())
        m_secrets.insert(key, secret);
    else
        m_secrets.remove(key);
    if (!error.isEmpty())
        qCWarning(lcCredentials) << "reading keychain entry" << key << "of service" << m_service
                                 << "failed:" << error;
    if (--m_pendingReads == 0) {
        m_ready = true;
        emit ready();
    }
}

Credential CredentialStore::credential(const ProviderInfo& info) const
{
    for (const QString& key : info.credentialKeys) {
        const auto it = m_secrets.constFind(key);
        if (it != m_secrets.constEnd())
            return Credential{*it, CredentialSource::Keychain, key};
    }
    for (const QString& variable : info.credentialEnvironment) {
        const QString value = qEnvironmentVariable(variable.toLocal8Bit().constData()).trimmed();
        if (!value.isEmpty())
            return Credential{value, CredentialSource::Environment, variable};
    }
    return {};
}

CredentialStatus CredentialStore::status(const ProviderInfo& info) const
{
    const Credential found = credential(info);
    return CredentialStatus{info.name, info.needsCredential(), found.isPresent(), found.source,
                            found.location};
}

QList<CredentialStatus> CredentialStore::status(const QList<ProviderInfo>& providers) const
{
    QList<CredentialStatus> result;
    for (const ProviderInfo& info : providers)
        result << status(info);
    return result;
}

QString CredentialStore::checkWrite(const QString& key) const
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    if (!valid.match(key).hasMatch()) {
        return QStringLiteral(
                   "\"%1\" is not a valid keychain entry name; use a provider name such as openai_stt "
                   "or a vendor name such as openai")
            .arg(key);
    }
    return {};
}

KeychainWriteJob* CredentialStore::setSecret(const QString& key, const QString& secret)
{
    auto* job = new KeychainWriteJob(key, this);
    const QString value = secret.trimmed();
    QString problem = checkWrite(key);
    if (problem.isEmpty() && value.isEmpty())
        problem = QStringLiteral(
                      "the key for %1 is empty; to remove a stored key use `voicedeck-cli keys delete %1`")
                      .arg(key);
    if (problem.isEmpty() && !checkKeychain())
        problem = m_status;
    if (!problem.isEmpty()) {
        job->finishLater(false, problem);
        return job;
    }
    auto* write = new QKeychain::WritePasswordJob(m_service);
    write->setInsecureFallback(false);
    write->setAutoDelete(true);
    write->setKey(key);
    write->setTextData(value);
    connect(write, &QKeychain::Job::finished, job, [this, job, key, value](QKeychain::Job* done) {
        if (done->error() != QKeychain::NoError) {
            qCWarning(lcCredentials) << "storing keychain entry" << key << "failed:" << done->errorString();
            job->finish(false,
                        QStringLiteral("could not store the key for %1 in the keychain (%2); check that the "
                                       "keyring is unlocked")
                            .arg(key, done->errorString()));
            return;
        }
        qCInfo(lcCredentials) << "stored keychain entry" << key << "of service" << m_service;
        m_secrets.insert(key, value);
        emit secretChanged(key);
        job->finish(true, QString());
    });
    write->start();
    return job;
}

KeychainWriteJob* CredentialStore::deleteSecret(const QString& key)
{
    auto* job = new KeychainWriteJob(key, this);
    QString problem = checkWrite(key);
    if (problem.isEmpty() && !checkKeychain())
        problem = m_status;
    if (!problem.isEmpty()) {
        job->finishLater(false, problem);
        return job;
    }
    auto* remove = new QKeychain::DeletePasswordJob(m_service);
    remove->setInsecureFallback(false);
    remove->setAutoDelete(true);
    remove->setKey(key);
    connect(remove, &QKeychain::Job::finished, job, [this, job, key](QKeychain::Job* done) {
        if (done->error() != QKeychain::NoError && done->error() != QKeychain::EntryNotFound) {
            qCWarning(lcCredentials) << "deleting keychain entry" << key << "failed:" << done->errorString();
            job->finish(false,
                        QStringLiteral("could not delete the key for %1 from the keychain (%2); check that "
                                       "the keyring is unlocked")
                            .arg(key, done->errorString()));
            return;
        }
        qCInfo(lcCredentials) << "deleted keychain entry" << key << "of service" << m_service;
        m_secrets.remove(key);
        emit secretChanged(key);
        job->finish(true, QString());
    });
    remove->start();
    return job;
}

} // namespace vd
