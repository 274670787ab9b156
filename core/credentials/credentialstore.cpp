#include "core/credentials/credentialstore.h"

#include "core/corelog.h"
#include "core/model/providerinfo.h"

#include <QDBusConnection>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
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
    m_status = QStringLiteral("The keychain has not answered yet.");
    checkKeychain();
}

CredentialStore::~CredentialStore() = default;

void CredentialStore::checkKeychain()
{
    if (m_checking)
        return;
    m_checking = true;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        // Nothing to ask; answered after return all the same, so callers see one behaviour.
        QMetaObject::invokeMethod(
            this, [this] { finishCheck(false, QStringLiteral("there is no D-Bus session bus")); },
            Qt::QueuedConnection);
        return;
    }
    QDBusMessage question = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("NameHasOwner"));
    question << kSecretService;
    auto* answer = new QDBusPendingCallWatcher(bus.asyncCall(question), this);
    connect(answer, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* call) {
        call->deleteLater();
        const QDBusPendingReply<bool> reply = *call;
        if (reply.isError())
            finishCheck(
                false,
                QStringLiteral("the D-Bus session bus did not answer: %1").arg(reply.error().message()));
        else
            finishCheck(reply.value(), kSecretService + QStringLiteral(" is not on the D-Bus session bus"));
    });
}

void CredentialStore::finishCheck(bool available, const QString& why)
{
    const bool before = m_available;
    m_checking = false;
    m_available = available;
    m_status = available
                   ? QStringLiteral("The keychain (secret service on the D-Bus session bus) is used, service "
                                    "\"%1\"; environment variables are used when it holds no key.")
                         .arg(m_service)
                   : unavailableStatus(why);
    if (!m_checked || available != before)
        qCDebug(lcCredentials).noquote() << m_status;
    m_checked = true;
    emit keychainChecked(available);
}

void CredentialStore::whenChecked(QObject* context, std::function<void()> then)
{
    if (!m_checking) {
        then();
        return;
    }
    connect(
        this, &CredentialStore::keychainChecked, context, [then = std::move(then)] { then(); },
        Qt::SingleShotConnection);
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
    checkKeychain(); // so ready() always comes after refresh() returned
    whenChecked(this, [this, generation, keys] {
        if (generation == m_generation)
            readKeys(generation, keys);
    });
}

void CredentialStore::readKeys(quint64 generation, const QStringList& keys)
{
    if (!m_available)
        m_secrets.clear();
    if (!m_available || keys.isEmpty()) {
        m_ready = true;
        emit ready();
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
    if (!problem.isEmpty()) {
        job->finishLater(false, problem);
        return job;
    }
    checkKeychain();
    whenChecked(job, [this, job, key, value] { startWrite(job, key, value); });
    return job;
}

void CredentialStore::startWrite(KeychainWriteJob* job, const QString& key, const QString& value)
{
    if (!m_available) {
        job->finish(false, m_status);
        return;
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
}

KeychainWriteJob* CredentialStore::deleteSecret(const QString& key)
{
    auto* job = new KeychainWriteJob(key, this);
    const QString problem = checkWrite(key);
    if (!problem.isEmpty()) {
        job->finishLater(false, problem);
        return job;
    }
    checkKeychain();
    whenChecked(job, [this, job, key] { startDelete(job, key); });
    return job;
}

void CredentialStore::startDelete(KeychainWriteJob* job, const QString& key)
{
    if (!m_available) {
        job->finish(false, m_status);
        return;
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
}

} // namespace vd
