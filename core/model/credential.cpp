#include "core/model/credential.h"

namespace vd {

QString credentialSourceName(CredentialSource source)
{
    switch (source) {
    case CredentialSource::Keychain:
        return QStringLiteral("keychain");
    case CredentialSource::Environment:
        return QStringLiteral("environment");
    case CredentialSource::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace vd
