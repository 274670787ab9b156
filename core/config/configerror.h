#pragma once

#include <QList>
#include <QString>

namespace vd {

// One thing wrong with a configuration file or a `config set`: the file, the dotted key at
// fault (empty when the whole file is), and a sentence naming the problem and what to do.
// Warnings (an unknown provider whose plugin may be absent today) are reported but not fatal.
struct ConfigError
{
    enum class Severity
    {
        Error,
        Warning
    };

    QString file;
    QString key;
    QString problem;
    Severity severity = Severity::Error;

    static ConfigError make(QString file, QString key, QString problem);
    static ConfigError warning(QString file, QString key, QString problem);

    bool isWarning() const { return severity == Severity::Warning; }
    // "/home/u/.config/voicedeck/config.json: breaker.window_calls: must be ... Fix ..."
    QString message() const;

    bool operator==(const ConfigError&) const = default;
};

using ConfigErrors = QList<ConfigError>;

// Every message, one per line.
QString configErrorsMessage(const ConfigErrors& errors);
// True when at least one entry is an error rather than a warning.
bool hasFatalError(const ConfigErrors& errors);

} // namespace vd
