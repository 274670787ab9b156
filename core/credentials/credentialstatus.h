#pragma once

#include "core/model/credential.h"

#include <QJsonObject>
#include <QString>

namespace vd {

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
