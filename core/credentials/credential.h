#pragma once

#include <QJsonObject>
#include <QString>

namespace vd {

enum class CredentialSource
{
    None,
    Keychain,
    Environment
};

// A provider's secret and where it came from. `location` names the keychain entry ("openai")
// or the environment variable ("YANDEX_IAM_TOKEN") — safe to show; `secret` never is.
struct Credential
{
    QString secret;
    CredentialSource source = CredentialSource::None;
    QString location;

    bool isPresent() const { return !secret.isEmpty(); }
};

QString credentialSourceName(CredentialSource source); // "none", "keychain", "environment"

// What `keys status` shows for one provider: whether it needs a credential, whether one is
// present and where it comes from — never the secret itself.
struct CredentialStatus
{
    QString provider;
    bool needed = false;
    bool present = false;
    CredentialSource source = CredentialSource::None;
    QString location;

    // {"provider": "openai_stt", "needed": true, "present": true, "source": "keychain", "location": "openai"}
    QJsonObject toJson() const;
    bool operator==(const CredentialStatus&) const = default;
};

} // namespace vd
