#include "core/config/configfile.h"

#include "core/config/configpatch.h"
#include "core/config/filelock.h"
#include "core/config/regularfile.h"
#include "core/corelog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cerrno>
#include <sys/stat.h>

namespace vd {

namespace {

constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;
// Other writers hold the lock for one small read and write (with fsyncs, slow on a busy disk);
// waiting longer means it is stuck.
constexpr std::chrono::seconds kLockTimeout{30};

const QString kMoveAsideHint = QStringLiteral("fix the file, or move it aside to start from defaults");

ConfigErrors fileError(const QString& path, const QString& problem)
{
    return {ConfigError::make(path, QString(), problem)};
}

// "line 3, column 7" for a byte offset of a QJsonParseError.
QString positionOf(const QByteArray& data, int offset)
{
    const QByteArray before = data.left(offset);
    const int line = before.count('\n') + 1;
    const int lineStart = before.lastIndexOf('\n') + 1;
    const int column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

} // namespace

Result<AppConfig, ConfigErrors> ConfigFile::load(const QString& path)
{
    auto read = ConfigFile::read(path);
    if (!read)
        return read.error();
    if (!read->problems.isEmpty())
        return read->problems;
    return std::move(read->config);
}

Result<ParsedConfig, ConfigErrors> ConfigFile::read(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        for (const ConfigError& warning : linkWarnings(path))
            qCWarning(lcConfig).noquote() << warning.message();
        return ParsedConfig{};
    }
    const auto read = RegularFile::read(path, kMaxFileBytes);
    if (!read) {
        switch (read.error().problem) {
        case RegularFile::Problem::NotRegular:
            return fileError(path, RegularFile::notRegularProblem(read.error().detail));
        case RegularFile::Problem::TooLarge:
            return fileError(path, QStringLiteral("is larger than %1 bytes, too large for a configuration "
                                                  "file; %2")
                                       .arg(kMaxFileBytes)
                                       .arg(kMoveAsideHint));
        case RegularFile::Problem::Unreadable:
            break;
        }
        return fileError(
            path,
            QStringLiteral("cannot be read (%1); check the file's permissions").arg(read.error().detail));
    }
    const QByteArray& data = *read;
    if (data.trimmed().isEmpty()) {
        return fileError(path,
                         QStringLiteral("is empty; write a JSON object such as {\"version\": 1}, delete the "
                                        "file, or move it aside to start from defaults"));
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fileError(
            path, QStringLiteral("is not valid JSON at %1 (%2); %3")
                      .arg(positionOf(data, parseError.offset), parseError.errorString(), kMoveAsideHint));
    }
    if (!json.isObject()) {
        return fileError(
            path, QStringLiteral("must hold a JSON object ({...}) at the top level, not %1; %2")
                      .arg(json.isArray() ? QStringLiteral("an array") : QStringLiteral("a plain value"),
                           kMoveAsideHint));
    }
    ParsedConfig parsed;
    parsed.config = AppConfig::parse(json.object(), path, parsed.problems);
    return parsed;
}

// Never replace a file the user still has to repair: it may hold their only copy of settings.
ConfigErrors ConfigFile::refusal(const ConfigErrors& problems)
{
    ConfigErrors errors{ConfigError::make(
        problems.value(0).file, QString(),
        QStringLiteral(
            "was not overwritten because it has problems; fix them or move the file aside first"))};
    errors << problems;
    return errors;
}

Result<void, ConfigErrors> ConfigFile::save(const QString& path, const AppConfig& config)
{
    if (const ConfigErrors invalid = config.validate(path); !invalid.isEmpty())
        return invalid;
    if (const auto current = load(path); !current)
        return refusal(current.error());
    if (const QString problem = makeFolder(path); !problem.isEmpty())
        return fileError(path, problem);
    return write(path, config.toJson());
}

Result<AppConfig, ConfigErrors> ConfigFile::update(const QString& path, const AppConfig& base,
                                                   const AppConfig& changed)
{
    if (const ConfigErrors invalid = changed.validate(path); !invalid.isEmpty())
        return invalid;
    const ConfigPatch patch = ConfigPatch::between(base.toJson(), changed.toJson());
    if (const QString problem = makeFolder(path); !problem.isEmpty())
        return fileError(path, problem);
    FileLock lock(path + QStringLiteral(".lock"));
    if (const auto locked = lock.lock(kLockTimeout); !locked) {
        return fileError(path, QStringLiteral("was not changed: %1").arg(locked.error()));
    }
    RegularFile::removeStaleTemporaries(path, QDateTime::currentDateTime());
    // Re-read under the lock: another process may have changed other keys since `base` was read.
    const auto current = load(path);
    if (!current)
        return refusal(current.error());
    if (patch.isEmpty())
        return current;
    auto merged = AppConfig::fromJson(patch.applyTo(current->toJson()), path);
    if (!merged) {
        ConfigErrors errors{ConfigError::make(
            path, QString(),
            QStringLiteral("was not changed: together with what the file holds now, the change is not "
                           "valid"))};
        errors << merged.error();
        return errors;
    }
    qCDebug(lcConfig) << "changing" << patch.keys() << "in" << path;
    // As a later load() will see it, so that callers can compare it with the file.
    merged->document = merged->toJson();
    if (auto written = write(path, merged->document); !written)
        return written.error();
    return merged;
}

ConfigErrors ConfigFile::linkWarnings(const QString& path)
{
    const QFileInfo info(path);
    struct stat status = {};
    if (!info.isSymLink() || ::stat(QFile::encodeName(path).constData(), &status) == 0)
        return {};
    const bool loops = errno == ELOOP;
    return {ConfigError::warning(
        path, QString(),
        QStringLiteral("is a broken symbolic link (to %1, %2), so the defaults are used; fix the link or "
                       "remove it")
            .arg(info.symLinkTarget(), loops ? QStringLiteral("which leads into a loop of links")
                                             : QStringLiteral("which does not exist")))};
}

QString ConfigFile::makeFolder(const QString& path)
{
    if (const auto created = RegularFile::createParentFolder(path); !created) {
        return QStringLiteral("cannot be written: the folder %1 cannot be created (%2); check that the path "
                              "is right and writable")
            .arg(QFileInfo(path).absolutePath(), created.error());
    }
    return {};
}

Result<void, ConfigErrors> ConfigFile::write(const QString& path, const QJsonObject& json)
{
    const auto written = RegularFile::replace(path, QJsonDocument(json).toJson(QJsonDocument::Indented),
                                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!written) {
        return fileError(path,
                         QStringLiteral("could not be saved (%1); the previous file is unchanged. Check "
                                        "the free space and permissions of %2")
                             .arg(written.error(), QFileInfo(path).absolutePath()));
    }
    qCInfo(lcConfig) << "saved" << path;
    return {};
}

Result<QString, ConfigError> ConfigFile::moveAside(const QString& path, const QDateTime& now)
{
    if (!QFileInfo::exists(path))
        return ConfigError::make(path, QString(),
                                 QStringLiteral("does not exist, so there is nothing to move aside"));
    const QString base = path + QStringLiteral(".corrupt-") + now.toString(QStringLiteral("yyyyMMdd-hhmmss"));
    QString target = base;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = base + QLatin1Char('-') + QString::number(n);
    QFile file(path);
    if (!file.rename(target)) {
        return ConfigError::make(
            path, QString(),
            QStringLiteral("could not be renamed to %1 (%2); check the folder's permissions")
                .arg(target, file.errorString()));
    }
    qCInfo(lcConfig) << "moved" << path << "aside to" << target;
    return target;
}

} // namespace vd
