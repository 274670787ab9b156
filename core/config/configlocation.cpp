#include "core/config/configlocation.h"

#include <QStandardPaths>
#include <QtGlobal>

namespace vd {

QString resolveConfigPath(const QString& cliOption)
{
    if (!cliOption.isEmpty())
        return cliOption;
    const QString fromEnvironment = qEnvironmentVariable("VOICEDECK_CONFIG");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/voicedeck/config.json");
}

QString stateDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/voicedeck");
}

} // namespace vd
