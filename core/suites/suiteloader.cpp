#include "core/suites/suiteloader.h"

#include "core/corelog.h"
#include "core/suites/suitecaseparser.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace vd {

namespace {

constexpr qint64 kMaxSuiteBytes = 16 * 1024 * 1024; // far beyond any hand-written suite

const QStringList kSuiteKeys{QStringLiteral("version"),     QStringLiteral("name"),
                             QStringLiteral("stt_for_tts"), QStringLiteral("tts_for_stt"),
                             QStringLiteral("defaults"),    QStringLiteral("cases")};

SuiteLoad fatal(QString field, QString message)
{
    SuiteLoad load;
    load.fatal = true;
    load.problems.append(SuiteProblem{0, QString(), std::move(field), std::move(message)});
    return load;
}

void problem(SuiteLoad& load, const QString& field, const QString& message)
{
    load.problems.append(SuiteProblem{0, QString(), field, message});
}

QString optionalString(SuiteLoad& load, const QJsonObject& object, const QString& key, const QString& field)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        problem(load, field, QStringLiteral("must be a non-empty string"));
        return {};
    }
    return value.toString().trimmed();
}

SuiteCaseDefaults parseDefaults(SuiteLoad& load, const QJsonValue& value)
{
    SuiteCaseDefaults defaults;
    if (value.isUndefined())
        return defaults;
    if (!value.isObject()) {
        problem(load, QStringLiteral("defaults"),
                QStringLiteral("must be an object like {\"language\": "
                               "\"en-US\", \"tolerance\": 0.2}"));
        return defaults;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != QLatin1String("language") && it.key() != QLatin1String("tolerance"))
            problem(load, QStringLiteral("defaults.") + it.key(),
                    QStringLiteral("unknown field; defaults has: language, tolerance"));
    }
    defaults.language =
        optionalString(load, object, QStringLiteral("language"), QStringLiteral("defaults.language"));
    const QJsonValue tolerance = object.value(QStringLiteral("tolerance"));
    if (tolerance.isDouble() && tolerance.toDouble() >= 0.0)
        defaults.tolerance = tolerance.toDouble();
    else if (!tolerance.isUndefined())
        problem(load, QStringLiteral("defaults.tolerance"),
                QStringLiteral("must be a number from 0 up (the highest word error rate that passes)"));
    return defaults;
}

} // namespace

SuiteLoad parseSuite(const QByteArray& json, const QString& suitePath)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fatal(
            QString(),
            QStringLiteral("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    if (!document.isObject())
        return fatal(QString(), QStringLiteral("must hold a JSON object with \"version\" and \"cases\""));
    const QJsonObject root = document.object();
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.toInt(-1) != Suite::kFormatVersion || version.toDouble() != Suite::kFormatVersion)
        return fatal(QStringLiteral("version"),
                     version.isUndefined()
                         ? QStringLiteral("missing; add \"version\": %1").arg(Suite::kFormatVersion)
                         : QStringLiteral("unsupported suite format version; this VoiceDeck reads version %1")
                               .arg(Suite::kFormatVersion));
    const QJsonValue cases = root.value(QStringLiteral("cases"));
    if (!cases.isArray() || cases.toArray().isEmpty())
        return fatal(QStringLiteral("cases"),
                     QStringLiteral("missing or empty; give an array of test cases"));

    SuiteLoad load;
    const QFileInfo file(suitePath);
    load.suite.path = file.absoluteFilePath();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!kSuiteKeys.contains(it.key()))
            problem(load, it.key(),
                    QStringLiteral("unknown key; a suite has: %1").arg(kSuiteKeys.join(u", ")));
    }
    load.suite.name = optionalString(load, root, QStringLiteral("name"), QStringLiteral("name"));
    if (load.suite.name.isEmpty())
        load.suite.name = file.absoluteDir().dirName();
    load.suite.sttForTts =
        optionalString(load, root, QStringLiteral("stt_for_tts"), QStringLiteral("stt_for_tts"));
    load.suite.ttsForStt =
        optionalString(load, root, QStringLiteral("tts_for_stt"), QStringLiteral("tts_for_stt"));
    const SuiteCaseDefaults defaults = parseDefaults(load, root.value(QStringLiteral("defaults")));

    QSet<QString> ids;
    const QJsonArray entries = cases.toArray();
    for (int i = 0; i < entries.size(); ++i) {
        std::optional<SuiteCase> parsed =
            parseSuiteCase(entries.at(i), i + 1, defaults, file.absoluteDir(), load.problems);
        if (!parsed)
            continue;
        if (ids.contains(parsed->id)) {
            load.problems.append(SuiteProblem{parsed->index, parsed->id, QStringLiteral("id"),
                                              QStringLiteral("used by an earlier case; ids must be unique")});
            continue;
        }
        ids.insert(parsed->id);
        load.suite.cases.append(*parsed);
    }
    qCDebug(lcSuites) << "suite" << load.suite.path << "has" << load.suite.cases.size() << "valid cases and"
                      << load.problems.size() << "problems";
    return load;
}

SuiteLoad loadSuite(const QString& path)
{
    QFileInfo info(path);
    if (info.isDir())
        info = QFileInfo(QDir(path).filePath(QStringLiteral("suite.json")));
    SuiteLoad load;
    if (!info.exists()) {
        load = fatal(QString(),
                     QStringLiteral("no such suite file; give a suite.json or the folder holding it"));
    } else if (info.size() > kMaxSuiteBytes) {
        load = fatal(QString(),
                     QStringLiteral("over %1 MiB, too large for a suite file").arg(kMaxSuiteBytes >> 20));
    } else {
        QFile file(info.filePath());
        load = file.open(QIODevice::ReadOnly)
                   ? parseSuite(file.readAll(), info.filePath())
                   : fatal(QString(), QStringLiteral("cannot read: %1").arg(file.errorString()));
    }
    load.suite.path = info.absoluteFilePath();
    return load;
}

} // namespace vd
