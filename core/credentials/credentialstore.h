#pragma once

#include "core/credentials/credentialstatus.h"
#include "core/credentials/keychainwritejob.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>

namespace vd {

struct ProviderInfo;

// Where providers' secrets come from (PRODUCT.md §1): the OS keychain through QtKeychain
// (service "voicedeck"; the provider's own entry, then its vendor's), then environment
// variables, first found wins. Keychain reads are asynchronous, so refresh() fills a cache and
// emits ready(); credential() then answers at once from that cache plus the environment.
//
// Without a secret service on the D-Bus session bus QtKeychain would wait ~25 s per job, so the
// store asks the bus first and then never calls it: keychainAvailable() is false, credentials
// come from the environment only, and writes fail at once. Nothing ever falls back to a file.
// The bus is asked asynchronously (a stalled bus must not freeze the GUI): every refresh and
// write asks again and goes on when the answer arrives; keychainChecked() reports it.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(QString service = QStringLiteral("voicedeck"), QObject* parent = nullptr);
    ~CredentialStore() override;

    QString service() const { return m_service; }

    // Asks the session bus whether a secret service owns org.freedesktop.secrets; returns at once
    // and emits keychainChecked() with the answer (one question at a time: a call while one is
    // pending shares its answer). The constructor asks the first time.
    void checkKeychain();
    // Whether the keychain answered at least once; until then keychainAvailable() is false.
    bool isKeychainChecked() const { return m_checked; }
    bool keychainAvailable() const { return m_available; }
    // A sentence for `keys status` and the GUI: what is used and, when unavailable, why.
    QString keychainStatus() const { return m_status; }

    // Reads the keychain entries of all `providers` (concurrently queued) and emits ready()
    // once every read has answered. A newer refresh supersedes an unfinished one.
    void refresh(const QList<ProviderInfo>& providers);
    bool isReady() const { return m_ready; }

    // The credential for `info`: cached keychain entries in credentialKeys order, then the
    // credentialEnvironment variables in order (read now). Source None when nothing is found.
    Credential credential(const ProviderInfo& info) const;
    CredentialStatus status(const ProviderInfo& info) const;
    QList<CredentialStatus> status(const QList<ProviderInfo>& providers) const;

    // Stores or removes the keychain entry `key` ("openai_stt", "openai"); the cache follows.
    KeychainWriteJob* setSecret(const QString& key, const QString& secret);
    KeychainWriteJob* deleteSecret(const QString& key);

signals:
    // The bus's answer to checkKeychain(), always after the call that asked has returned.
    void keychainChecked(bool available);
    void ready();
    void secretChanged(const QString& key);

private:
    void finishCheck(bool available, const QString& why);
    // Runs `then` (in `context`) once the pending bus question, if any, is answered.
    void whenChecked(QObject* context, std::function<void()> then);
    void readKeys(quint64 generation, const QStringList& keys);
    void startWrite(KeychainWriteJob* job, const QString& key, const QString& value);
    void startDelete(KeychainWriteJob* job, const QString& key);
    QString checkWrite(const QString& key) const;
    void finishRead(quint64 generation, const QString& key, bool found, const QString& secret,
                    const QString& error);

    QString m_service;
    bool m_checking = false; // a bus question is pending
    bool m_checked = false;
    bool m_available = false;
    QString m_status;
    bool m_ready = false;
    quint64 m_generation = 0;
    int m_pendingReads = 0;
    QHash<QString, QString> m_secrets; // keychain key -> secret, only for entries that exist
};

} // namespace vd
