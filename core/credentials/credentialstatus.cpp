#include "core/credentials/credentialstatus.h"

namespace vd {

QJsonObject CredentialStatus::toJson() const
{
    return QJsonObject{
        {QStringLiteral("provider"), provider}, {QStringLiteral("needed"), needed},
        {QStringLiteral("present"), present},   {QStringLiteral("source"), credentialSourceName(source)},
        {QStringLiteral("location"), location},
    };
}

} // namespace vd
