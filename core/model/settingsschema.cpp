#include "core/model/settingsschema.h"

#include "core/model/settingvaluerules.h"

#include <cmath>
#include <utility>

namespace vd {

using namespace settingrules;

namespace {

SettingProblem secretProblem(const QString& name)
{
    return problem(name, "secret_in_config",
                   QStringLiteral("is a secret and is never stored in the config file; remove it there and "
                                  "store it in the keychain (voicedeck-cli keys set PROVIDER) or the "
                                  "provider's environment variable"));
}

SettingProblem unknownProblem(const QString& name, const QList<SettingField>& fields)
{
    QStringList known;
    for (const SettingField& field : fields)
        known << field.name;
    const QString list = known.isEmpty()
                             ? QStringLiteral("this provider has no settings")
                             : QStringLiteral("known settings: ") + known.join(QStringLiteral(", "));
    return problem(
        name, "unknown",
        QStringLiteral("is not a setting of this provider (%1); check the spelling or remove it").arg(list));
}

} // namespace

QString SettingField::displayLabel() const
{
    if (!label.isEmpty())
        return label;
    QString text = name;
    text.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    text = text.simplified();
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

SettingsSchema::SettingsSchema(QList<SettingField> fields) : m_fields(std::move(fields)) {}

const SettingField* SettingsSchema::field(const QString& name) const
{
    for (const SettingField& f : m_fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

// Null counts as "not set", so a config file may write `"folder_id": null` to mean the default.
QList<SettingProblem> SettingsSchema::validate(const QJsonObject& settings) const
{
    QList<SettingProblem> problems;
    for (const SettingField& f : m_fields) {
        const QJsonValue value = settings.value(f.name);
        if (f.isSecret()) {
            if (!isAbsent(value))
                problems << secretProblem(f.name);
            continue;
        }
        if (isAbsent(value)) {
            if (f.required && !hasDefault(f)) {
                problems << problem(
                    f.name, "required",
                    QStringLiteral("is required but not set; give it %1").arg(expectedKind(f.type)));
            }
            continue;
        }
        if (f.required && value.isString() && value.toString().isEmpty()) {
            problems << problem(
                f.name, "required",
                QStringLiteral("is required but empty; give it %1").arg(expectedKind(f.type)));
            continue;
        }
        if (auto p = checkValue(f, value))
            problems << *p;
    }
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        if (!field(it.key()))
            problems << unknownProblem(it.key(), m_fields);
    }
    return problems;
}

QList<SettingProblem> SettingsSchema::validateValue(const QString& name, const QJsonValue& value) const
{
    const SettingField* f = field(name);
    if (!f)
        return {unknownProblem(name, m_fields)};
    if (f->isSecret())
        return {secretProblem(name)};
    if (isAbsent(value)) {
        if (f->required && !hasDefault(*f))
            return {problem(name, "required",
                            QStringLiteral("is required; give it %1").arg(expectedKind(f->type)))};
        return {};
    }
    if (f->required && value.isString() && value.toString().isEmpty())
        return {problem(name, "required", QStringLiteral("is required and cannot be empty"))};
    if (auto p = checkValue(*f, value))
        return {*p};
    return {};
}

QJsonObject SettingsSchema::withDefaults(const QJsonObject& settings) const
{
    QJsonObject result = settings;
    for (const SettingField& f : m_fields) {
        if (f.isSecret() || !isAbsent(result.value(f.name)))
            continue;
        if (!hasDefault(f))
            result.remove(f.name);
        else
            result.insert(f.name, f.defaultValue);
    }
    return result;
}

Result<QJsonValue, SettingProblem> SettingsSchema::parseValue(const QString& name, const QString& text) const
{
    const SettingField* f = field(name);
    if (!f)
        return unknownProblem(name, m_fields);
    if (f->isSecret())
        return secretProblem(name);

    const QString trimmed = text.trimmed();
    QJsonValue value;
    switch (f->type) {
    case SettingType::String:
    case SettingType::Secret:
    case SettingType::Url:
        value = text;
        break;
    case SettingType::Enum: {
        value = text; // an unmatched name is reported by the enum rule below
        for (const QString& allowed : f->allowedValues) {
            if (allowed.compare(trimmed, Qt::CaseInsensitive) == 0)
                value = allowed;
        }
        break;
    }
    case SettingType::Int: {
        bool ok = false;
        const qlonglong number = trimmed.toLongLong(&ok);
        if (!ok || std::fabs(double(number)) > kMaxExactInteger)
            return problem(
                name, "type",
                QStringLiteral("\"%1\" is not a whole number; use digits only, like 10").arg(text));
        value = double(number);
        break;
    }
    case SettingType::Double: {
        bool ok = false;
        const double number = trimmed.toDouble(&ok);
        if (!ok || !std::isfinite(number))
            return problem(name, "type",
                           QStringLiteral("\"%1\" is not a number; use a decimal point, like 0.5").arg(text));
        value = number;
        break;
    }
    case SettingType::Bool: {
        static const QStringList yes = QStringLiteral("true yes 1 on").split(QLatin1Char(' '));
        static const QStringList no = QStringLiteral("false no 0 off").split(QLatin1Char(' '));
        if (yes.contains(trimmed, Qt::CaseInsensitive))
            value = true;
        else if (no.contains(trimmed, Qt::CaseInsensitive))
            value = false;
        else
            return problem(name, "type",
                           QStringLiteral("\"%1\" is not a yes/no value; use true or false").arg(text));
        break;
    }
    }
    if (auto p = checkValue(*f, value))
        return *p;
    return value;
}

} // namespace vd
