#pragma once

#include "core/config/appconfig.h"
#include "core/config/configerror.h"
#include "core/model/result.h"

#include <QDateTime>
#include <QString>

namespace vd {

// Reads and writes the configuration file (PRODUCT.md §2). A missing file means defaults; a
// file with any problem is reported (file, dotted key, problem, fix) and never overwritten:
// save() refuses while the file on disk does not load, and only moveAside() — which the GUI
// offers and nothing does silently — clears the way.
class ConfigFile
{
public:
    static Result<AppConfig, ConfigErrors> load(const QString& path);
    // Validates `config`, creates the directory, and replaces the file atomically (QSaveFile,
    // mode 0600). On any failure the old file is left byte for byte as it was.
    static Result<void, ConfigErrors> save(const QString& path, const AppConfig& config);
    // Renames the file to "<path>.corrupt-<yyyyMMdd-hhmmss>" ("-2", "-3"… when taken) and
    // returns the new path.
    static Result<QString, ConfigError> moveAside(const QString& path,
                                                  const QDateTime& now = QDateTime::currentDateTime());
};

} // namespace vd
