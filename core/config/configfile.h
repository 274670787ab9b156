#pragma once

#include "core/config/appconfig.h"
#include "core/config/configerror.h"
#include "core/model/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace vd {

// What a readable JSON file holds: the values that passed their checks (the rest keep their
// defaults) and the problems of the others.
struct ParsedConfig
{
    AppConfig config;
    ConfigErrors problems;
};

// Reads and writes the configuration file (PRODUCT.md §2). A missing file means defaults; a
// file with any problem is reported (file, dotted key, problem, fix) and never overwritten:
// save() refuses while the file on disk does not load, and only moveAside() — which the GUI
// offers and nothing does silently — clears the way.
class ConfigFile
{
public:
    static Result<AppConfig, ConfigErrors> load(const QString& path);
    // As load(), but a file that is valid JSON yields what parsed even when values are wrong, so
    // a caller can check further and report every problem at once. Fails only when the file
    // cannot be read or is not a JSON object.
    static Result<ParsedConfig, ConfigErrors> read(const QString& path);
    // Validates `config`, creates the directory, and replaces the file atomically (QSaveFile,
    // mode 0600). On any failure the old file is left byte for byte as it was.
    static Result<void, ConfigErrors> save(const QString& path, const AppConfig& config);
    // Writes the keys in which `changed` differs from `base` (what the writer started from) into
    // the file as it is now, so that nothing another process wrote meanwhile is lost: under a
    // QLockFile "<path>.lock" it re-reads the file, applies only those keys (ConfigPatch),
    // validates the result and replaces the file atomically. Returns what the file now holds.
    // Refuses, as save() does, to replace a file that does not load.
    static Result<AppConfig, ConfigErrors> update(const QString& path, const AppConfig& base,
                                                  const AppConfig& changed);
    // A warning when `path` is a broken symbolic link (dangling or a loop), which would otherwise
    // silently mean "no file, defaults".
    static ConfigErrors linkWarnings(const QString& path);
    // Renames the file to "<path>.corrupt-<yyyyMMdd-hhmmss>" ("-2", "-3"… when taken) and
    // returns the new path.
    static Result<QString, ConfigError> moveAside(const QString& path,
                                                  const QDateTime& now = QDateTime::currentDateTime());

private:
    static ConfigErrors refusal(const ConfigErrors& problems);
    static QString makeFolder(const QString& path); // empty, or the problem
    static Result<void, ConfigErrors> write(const QString& path, const QJsonObject& json);
};

} // namespace vd
