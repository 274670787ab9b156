#include "core/credentials/credential.h"

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

QJsonObject CredentialStatus::toJson() const
{
    return QJsonObject{
        {QStringLiteral("provider"), provider}, {QStringLiteral("needed"), needed},
        {QStringLiteral("present"), present},   {QStringLiteral("source"), credentialSourceName(source)},
        {QStringLiteral("location"), location},
    };
}

} // namespace vd
