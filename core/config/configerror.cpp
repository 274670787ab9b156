#include "core/config/configerror.h"

#include <QStringList>
#include <algorithm>

namespace vd {

ConfigError ConfigError::make(QString file, QString key, QString problem)
{
    return ConfigError{std::move(file), std::move(key), std::move(problem), Severity::Error};
}

ConfigError ConfigError::warning(QString file, QString key, QString problem)
{
    return ConfigError{std::move(file), std::move(key), std::move(problem), Severity::Warning};
}

QString ConfigError::message() const
{
    QStringList parts;
    if (!file.isEmpty())
        parts << file;
    if (!key.isEmpty())
        parts << key;
    parts << (isWarning() ? QStringLiteral("warning: ") + problem : problem);
    return parts.join(QStringLiteral(": "));
}

QString configErrorsMessage(const ConfigErrors& errors)
{
    QStringList lines;
    for (const ConfigError& error : errors)
        lines << error.message();
    return lines.join(QLatin1Char('\n'));
}

bool hasFatalError(const ConfigErrors& errors)
{
    return std::any_of(errors.begin(), errors.end(), [](const ConfigError& e) { return !e.isWarning(); });
}

} // namespace vd
