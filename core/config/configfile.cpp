#include "core/config/configfile.h"

#include "core/config/configlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

namespace vd {

namespace {

constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

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
    const QFileInfo info(path);
    if (!info.exists())
        return AppConfig{};
    if (info.isDir())
        return fileError(path, QStringLiteral("is a directory, not a file; give the path of a JSON file"));
    if (info.size() > kMaxFileBytes) {
        return fileError(path,
                         QStringLiteral("is %1 bytes, too large for a configuration file (at most %2); %3")
                             .arg(info.size())
                             .arg(kMaxFileBytes)
                             .arg(kMoveAsideHint));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fileError(
            path,
            QStringLiteral("cannot be read (%1); check the file's permissions").arg(file.errorString()));
    }
    const QByteArray data = file.readAll();
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
    return AppConfig::fromJson(json.object(), path);
}

Result<void, ConfigErrors> ConfigFile::save(const QString& path, const AppConfig& config)
{
    const ConfigErrors invalid = config.validate(path);
    if (!invalid.isEmpty())
        return invalid;

    // Never replace a file the user still has to repair: it may hold their only copy of settings.
    if (QFileInfo::exists(path)) {
        const auto current = load(path);
        if (!current) {
            ConfigErrors errors{ConfigError::make(
                path, QString(),
                QStringLiteral(
                    "was not overwritten because it has problems; fix them or move the file aside first"))};
            errors << current.error();
            return errors;
        }
    }

    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory)) {
        return fileError(path,
                         QStringLiteral("cannot be written: the folder %1 cannot be created; check that the "
                                        "path is right and writable")
                             .arg(directory));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fileError(path, QStringLiteral("cannot be written (%1); check that %2 is writable")
                                   .arg(file.errorString(), directory));
    }
    const QByteArray data = QJsonDocument(config.toJson()).toJson(QJsonDocument::Indented);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // flush() before commit(): Qt 6.4's commit() ignores a short write during its own flush (disk
    // full, size limit) and would rename a truncated file over the old one.
    if (file.write(data) != data.size() || !file.flush() || !file.commit()) {
        // QSaveFile discards its temporary file: the old file stays as it was.
        return fileError(path,
                         QStringLiteral("could not be saved (%1); the previous file is unchanged. Check the "
                                        "free space and permissions of %2")
                             .arg(file.errorString(), directory));
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
