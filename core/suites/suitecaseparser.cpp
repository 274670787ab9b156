#include "core/suites/suitecaseparser.h"

#include "core/model/jsontypename.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace vd {

namespace {

const QStringList kCaseFields{
    QStringLiteral("id"),       QStringLiteral("type"),      QStringLiteral("audio"),
    QStringLiteral("text"),     QStringLiteral("voice"),     QStringLiteral("language"),
    QStringLiteral("expected"), QStringLiteral("tolerance"), QStringLiteral("tags")};

// Collects the problems of one case so each names the case and its field.
class CaseChecker
{
public:
    CaseChecker(const QJsonObject& object, int index, QList<SuiteProblem>& problems)
        : m_object(object), m_index(index), m_problems(problems)
    {
        const QJsonValue id = object.value(QStringLiteral("id"));
        if (id.isString() && !id.toString().trimmed().isEmpty())
            m_id = id.toString().trimmed();
    }

    const QString& id() const { return m_id; }
    bool ok() const { return m_faults == 0; }
    bool has(const QString& field) const { return m_object.contains(field); }

    void fail(const QString& field, const QString& message)
    {
        ++m_faults;
        m_problems.append(SuiteProblem{m_index, m_id, field, message});
    }

    // The field as a string; `fallback` when absent; a problem when of another type or blank
    // (unless `allowEmpty`).
    QString string(const QString& field, const QString& fallback = {}, bool allowEmpty = false)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined())
            return fallback;
        if (!value.isString()) {
            fail(field, QStringLiteral("must be a string, not %1").arg(jsonTypeName(value)));
            return fallback;
        }
        if (!allowEmpty && value.toString().trimmed().isEmpty())
            fail(field, QStringLiteral("is empty; give some text or leave the field out"));
        return value.toString();
    }

private:
    const QJsonObject& m_object;
    int m_index;
    QList<SuiteProblem>& m_problems;
    QString m_id;
    int m_faults = 0;
};

QString resolveAudio(CaseChecker& check, const QString& audio, const QDir& base)
{
    const QString path = QDir::cleanPath(base.absoluteFilePath(audio));
    const QFileInfo info(path);
    if (!info.exists())
        check.fail(QStringLiteral("audio"),
                   QStringLiteral("file \"%1\" does not exist (looked for %2); paths are relative to the "
                                  "suite file's folder")
                       .arg(audio, path));
    else if (!info.isFile() || !info.isReadable())
        check.fail(QStringLiteral("audio"),
                   QStringLiteral("\"%1\" is not a readable file; check its permissions").arg(path));
    return path;
}

double tolerance(CaseChecker& check, const QJsonObject& object, double fallback)
{
    const QJsonValue value = object.value(QStringLiteral("tolerance"));
    if (value.isUndefined())
        return fallback;
    if (!value.isDouble() || value.toDouble() < 0.0) {
        check.fail(QStringLiteral("tolerance"),
                   QStringLiteral("must be a number from 0 up (the highest word error rate that passes, "
                                  "e.g. 0.2), not %1")
                       .arg(value.isDouble() ? QString::number(value.toDouble()) : jsonTypeName(value)));
        return fallback;
    }
    return value.toDouble();
}

QStringList tags(CaseChecker& check, const QJsonObject& object)
{
    const QJsonValue value = object.value(QStringLiteral("tags"));
    if (value.isUndefined())
        return {};
    QStringList tags;
    const QJsonArray array = value.toArray();
    const bool strings =
        value.isArray() && std::all_of(array.begin(), array.end(), [](const QJsonValue& tag) {
            return tag.isString() && !tag.toString().isEmpty();
        });
    if (!strings) {
        check.fail(QStringLiteral("tags"), QStringLiteral("must be an array of non-empty strings, e.g. "
                                                          "[\"smoke\", \"en\"]"));
        return {};
    }
    for (const QJsonValue& tag : array)
        tags << tag.toString();
    return tags;
}

} // namespace

std::optional<SuiteCase> parseSuiteCase(const QJsonValue& entry, int index, const SuiteCaseDefaults& defaults,
                                        const QDir& base, QList<SuiteProblem>& problems)
{
    if (!entry.isObject()) {
        problems.append(
            SuiteProblem{index, QString(), QString(),
                         QStringLiteral("must be a JSON object, not %1").arg(jsonTypeName(entry))});
        return std::nullopt;
    }
    const QJsonObject object = entry.toObject();
    CaseChecker check(object, index, problems);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!kCaseFields.contains(it.key()))
            check.fail(it.key(),
                       QStringLiteral("unknown field; a case has: %1").arg(kCaseFields.join(u", ")));
    }

    SuiteCase result;
    result.index = index;
    check.string(QStringLiteral("id")); // only to report a wrong type
    result.id = check.id().isEmpty() ? QStringLiteral("case-%1").arg(index) : check.id();
    const QString type = check.string(QStringLiteral("type"), QStringLiteral("stt"));
    if (type == QLatin1String("tts"))
        result.kind = SuiteCaseKind::Tts;
    else if (type != QLatin1String("stt"))
        check.fail(QStringLiteral("type"),
                   QStringLiteral("must be \"stt\" or \"tts\", not \"%1\"").arg(type));

    const QString audio = check.string(QStringLiteral("audio"));
    result.text = check.string(QStringLiteral("text"));
    result.voice = check.string(QStringLiteral("voice"));
    result.language = check.string(QStringLiteral("language"), defaults.language);
    result.tolerance = tolerance(check, object, defaults.tolerance);
    result.tags = tags(check, object);
    // An empty expected text is allowed: it checks that a provider hears nothing in silence.
    result.expected = check.string(QStringLiteral("expected"), QString(), true);

    const bool hasAudio = check.has(QStringLiteral("audio"));
    const bool hasText = check.has(QStringLiteral("text"));
    if (result.kind == SuiteCaseKind::Stt) {
        if (hasAudio == hasText)
            check.fail(QStringLiteral("audio"),
                       hasAudio ? QStringLiteral("give either \"audio\" or \"text\", not both")
                                : QStringLiteral("missing; an STT case needs \"audio\" (a recording) or "
                                                 "\"text\" (voiced by the suite's tts_for_stt provider)"));
        else if (hasAudio && !audio.trimmed().isEmpty())
            result.audioPath = resolveAudio(check, audio, base);
        if (!check.has(QStringLiteral("expected")))
            check.fail(QStringLiteral("expected"),
                       QStringLiteral("missing; give the text the recording says"));
    } else {
        if (hasAudio)
            check.fail(QStringLiteral("audio"),
                       QStringLiteral("a TTS case speaks its \"text\"; remove \"audio\" "
                                      "or make it \"type\": \"stt\""));
        if (!hasText)
            check.fail(QStringLiteral("text"), QStringLiteral("missing; give the text to speak"));
        if (!check.has(QStringLiteral("expected")))
            result.expected = result.text;
    }
    if (!check.ok())
        return std::nullopt;
    return result;
}

} // namespace vd
