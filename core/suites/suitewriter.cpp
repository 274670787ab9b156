#include "core/suites/suitewriter.h"

#include "core/audio/audioencoder.h"
#include "core/corelog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace vd {

namespace {

using Written = Result<SuiteLoad, QString>;

// The existing file's JSON, or a new suite; an error when the file exists but cannot be used.
Result<QJsonObject, QString> readRoot(const QString& path, const QString& suiteName)
{
    if (!QFileInfo::exists(path)) {
        const QString name =
            suiteName.trimmed().isEmpty() ? QFileInfo(path).absoluteDir().dirName() : suiteName.trimmed();
        return QJsonObject{{QStringLiteral("version"), Suite::kFormatVersion},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("cases"), QJsonArray()}};
    }
    const SuiteLoad load = loadSuite(path);
    if (load.fatal)
        return QStringLiteral("%1 cannot be read (%2); fix the file before adding cases to it")
            .arg(path, load.problems.value(0).toString());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
    return QJsonDocument::fromJson(file.readAll()).object(); // parsed above: an object
}

QSet<QString> usedIds(const QJsonArray& cases)
{
    QSet<QString> ids;
    for (int i = 0; i < cases.size(); ++i) {
        const QString id = cases.at(i).toObject().value(QStringLiteral("id")).toString().trimmed();
        ids.insert(id.isEmpty() ? QStringLiteral("case-%1").arg(i + 1) : id);
    }
    return ids;
}

// A unique id from the wanted one, the file's name or "take": letters, digits, '-' and '_'.
QString uniqueId(const NewSuiteCase& newCase, const QSet<QString>& used)
{
    QString base = newCase.id.trimmed();
    if (base.isEmpty()) {
        base = newCase.audioFile.isEmpty() ? QStringLiteral("take")
                                           : QFileInfo(newCase.audioFile).completeBaseName();
        base = base.toLower().replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("-"));
        if (base.isEmpty())
            base = QStringLiteral("take");
    }
    QString id = base;
    for (int n = 2; used.contains(id); ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    return id;
}

// A path in `folder`/clips for `name`.`suffix` that no file holds yet.
QString freeClipPath(const QDir& folder, const QString& name, const QString& suffix)
{
    const QDir clips(folder.filePath(QStringLiteral("clips")));
    QString path = clips.filePath(name + QLatin1Char('.') + suffix);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = clips.filePath(QStringLiteral("%1-%2.%3").arg(name).arg(n).arg(suffix));
    return path;
}

bool inside(const QDir& folder, const QString& file)
{
    const QString root = folder.canonicalPath();
    return !root.isEmpty() && QFileInfo(file).canonicalFilePath().startsWith(root + QLatin1Char('/'));
}

// Sets `relative` to the case's audio relative to the suite's folder, copying (or saving) it
// there when needed, and `copied` to a file this call created. Returns an error, empty if none.
QString placeAudio(const QDir& folder, const NewSuiteCase& newCase, const QString& id, QString& relative,
                   QString& copied)
{
    if (!newCase.audioFile.isEmpty()) {
        const QFileInfo source(newCase.audioFile);
        if (!source.isFile() || !source.isReadable())
            return QStringLiteral("\"%1\" is not a readable audio file").arg(newCase.audioFile);
        if (inside(folder, source.absoluteFilePath())) {
            relative = folder.relativeFilePath(source.canonicalFilePath());
            return {};
        }
        const QString target = freeClipPath(folder, id, source.suffix().toLower());
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) ||
            !QFile::copy(source.absoluteFilePath(), target))
            return QStringLiteral("cannot copy %1 to %2").arg(source.absoluteFilePath(), target);
        copied = target;
        relative = folder.relativeFilePath(target);
        return {};
    }
    if (newCase.clip.isEmpty())
        return QStringLiteral("the case has no recording: give an audio file or a take");
    const QString target = freeClipPath(folder, id, QStringLiteral("wav"));
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return QStringLiteral("cannot create the folder %1").arg(QFileInfo(target).absolutePath());
    if (const Status saved = writeAudioFile(newCase.clip, target); !saved)
        return QStringLiteral("cannot save the take as %1: %2").arg(target, saved.error().message);
    copied = target;
    relative = folder.relativeFilePath(target);
    return {};
}

Result<void, QString> writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return {};
}

} // namespace

QString suiteFilePath(const QString& path)
{
    const QFileInfo info(path);
    const bool folder =
        info.isDir() || (!info.exists() && info.suffix().compare(u"json", Qt::CaseInsensitive) != 0);
    return QDir::cleanPath(folder ? QDir(info.absoluteFilePath()).filePath(QStringLiteral("suite.json"))
                                  : info.absoluteFilePath());
}

Written addSuiteCase(const QString& suitePath, const NewSuiteCase& newCase, const QString& suiteName)
{
    const QString path = suiteFilePath(suitePath);
    const QDir folder = QFileInfo(path).absoluteDir();
    if (!QDir().mkpath(folder.absolutePath()))
        return QStringLiteral("cannot create the folder %1").arg(folder.absolutePath());
    Result<QJsonObject, QString> root = readRoot(path, suiteName);
    if (!root)
        return root.error();
    QJsonArray cases = root->value(QStringLiteral("cases")).toArray();
    const QString id = uniqueId(newCase, usedIds(cases));

    QString audio;
    QString copied;
    if (const QString error = placeAudio(folder, newCase, id, audio, copied); !error.isEmpty())
        return error;
    QJsonObject entry{{QStringLiteral("id"), id},
                      {QStringLiteral("audio"), audio},
                      {QStringLiteral("expected"), newCase.expected.trimmed()}};
    if (newCase.tolerance)
        entry.insert(QStringLiteral("tolerance"), *newCase.tolerance);
    if (!newCase.tags.isEmpty())
        entry.insert(QStringLiteral("tags"), QJsonArray::fromStringList(newCase.tags));
    cases.append(entry);
    root->insert(QStringLiteral("cases"), cases);
    const QByteArray bytes = QJsonDocument(*root).toJson(QJsonDocument::Indented);

    // The new case must load as written; a fault of ours never reaches the file.
    const SuiteLoad check = parseSuite(bytes, path);
    const auto undo = [&copied](const QString& error) {
        if (!copied.isEmpty())
            QFile::remove(copied);
        return error;
    };
    for (const SuiteProblem& problem : check.problems) {
        if (check.fatal || problem.caseIndex == cases.size())
            return undo(QStringLiteral("the new case would not load: %1").arg(problem.toString()));
    }
    if (const Result<void, QString> written = writeFile(path, bytes); !written)
        return undo(QStringLiteral("cannot write %1: %2").arg(path, written.error()));
    qCInfo(lcSuites) << "added case" << id << "to" << path;
    return loadSuite(path);
}

} // namespace vd
