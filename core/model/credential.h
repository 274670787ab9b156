#pragma once

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

} // namespace vd
