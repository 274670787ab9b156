#include "core/model/settingsschema.h"
#include "core/model/settingvaluerules.h"

#include <QSet>
#include <utility>

// The JSON array form of a schema, in which plugin metadata declares its settings.

namespace vd {

using namespace settingrules;

QJsonArray SettingsSchema::toJson() const
{
    QJsonArray array;
    for (const SettingField& f : m_fields) {
        QJsonObject json{{QStringLiteral("name"), f.name},
                         {QStringLiteral("type"), settingTypeName(f.type)},
                         {QStringLiteral("required"), f.required}};
        if (hasDefault(f))
            json.insert(QStringLiteral("default"), f.defaultValue);
        for (const auto& [key, text] : {std::pair{QStringLiteral("description"), f.description},
                                        {QStringLiteral("label"), f.label},
                                        {QStringLiteral("unit"), f.unit}}) {
            if (!text.isEmpty())
                json.insert(key, text);
        }
        if (f.type == SettingType::Enum)
            json.insert(QStringLiteral("values"), QJsonArray::fromStringList(f.allowedValues));
        if (f.minimum)
            json.insert(QStringLiteral("min"), *f.minimum);
        if (f.maximum)
            json.insert(QStringLiteral("max"), *f.maximum);
        array.append(json);
    }
    return array;
}

namespace {

// Parses one element of the schema array; `where` prefixes every reason ("settings[2] (speed)").
Result<SettingField, QString> fieldFromJson(const QJsonValue& element, int index)
{
    QString where = QStringLiteral("settings[%1]").arg(index);
    if (!element.isObject())
        return where + QStringLiteral(": each setting must be a JSON object");
    const QJsonObject json = element.toObject();
    static const QStringList knownKeys =
        QStringLiteral("name type default required description label unit values min max")
            .split(QLatin1Char(' '));
    SettingField f;
    f.defaultValue = QJsonValue(QJsonValue::Undefined); // "no default", as the header documents
    f.name = json.value(QStringLiteral("name")).toString();
    if (f.name.isEmpty())
        return where + QStringLiteral(": \"name\" must be a non-empty string");
    where += QStringLiteral(" (%1)").arg(f.name);
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!knownKeys.contains(it.key()))
            return where + QStringLiteral(": unknown key \"%1\"; allowed keys are %2")
                               .arg(it.key(), knownKeys.join(QStringLiteral(", ")));
    }
    const QString typeName = json.value(QStringLiteral("type")).toString();
    const auto type = settingTypeFromName(typeName);
    if (!type)
        return where + QStringLiteral(": unknown type \"%1\"; use one of %2").arg(typeName, allTypeNames());
    f.type = *type;

    const QJsonValue required = json.value(QStringLiteral("required"));
    if (!required.isUndefined() && !required.isBool())
        return where + QStringLiteral(": \"required\" must be true or false");
    f.required = required.toBool(false);
    for (auto [key, text] : {std::pair{QStringLiteral("description"), &f.description},
                             {QStringLiteral("label"), &f.label},
                             {QStringLiteral("unit"), &f.unit}}) {
        const QJsonValue value = json.value(key);
        if (!value.isUndefined() && !value.isString())
            return where + QStringLiteral(": \"%1\" must be a string").arg(key);
        *text = value.toString().trimmed();
    }

    const QJsonValue values = json.value(QStringLiteral("values"));
    if (f.type == SettingType::Enum) {
        if (!values.isArray() || values.toArray().isEmpty())
            return where + QStringLiteral(": an enum needs a non-empty \"values\" list of strings");
        for (const QJsonValue& v : values.toArray()) {
            if (!v.isString() || v.toString().isEmpty())
                return where + QStringLiteral(": every entry of \"values\" must be a non-empty string");
            if (f.allowedValues.contains(v.toString()))
                return where + QStringLiteral(": \"values\" lists \"%1\" twice").arg(v.toString());
            f.allowedValues << v.toString();
        }
    } else if (!values.isUndefined()) {
        return where + QStringLiteral(": \"values\" is only allowed for type enum");
    }

    const bool numeric = f.type == SettingType::Int || f.type == SettingType::Double;
    for (auto [key, bound] :
         {std::pair{QStringLiteral("min"), &f.minimum}, {QStringLiteral("max"), &f.maximum}}) {
        const QJsonValue value = json.value(key);
        if (value.isUndefined())
            continue;
        if (!numeric)
            return where + QStringLiteral(": \"%1\" is only allowed for types int and double").arg(key);
        if (!value.isDouble() || (f.type == SettingType::Int && !isWholeNumber(value.toDouble())))
            return where + QStringLiteral(": \"%1\" must be %2").arg(key, expectedKind(f.type));
        *bound = value.toDouble();
    }
    if (f.minimum && f.maximum && *f.minimum > *f.maximum)
        return where + QStringLiteral(": \"min\" is greater than \"max\"");

    const QJsonValue defaultValue = json.value(QStringLiteral("default"));
    if (!isAbsent(defaultValue)) {
        f.defaultValue = defaultValue;
        if (f.isSecret())
            return where + QStringLiteral(": a secret cannot have a default");
        if (auto p = checkValue(f, f.defaultValue))
            return where + QStringLiteral(": invalid default: ") + p->message;
    }
    return f;
}

} // namespace

Result<SettingsSchema, QString> SettingsSchema::fromJson(const QJsonArray& json)
{
    QList<SettingField> fields;
    QSet<QString> names;
    for (int i = 0; i < json.size(); ++i) {
        auto parsed = fieldFromJson(json.at(i), i);
        if (!parsed)
            return parsed.error();
        if (names.contains(parsed->name))
            return QStringLiteral("settings[%1]: duplicate setting name \"%2\"; each name may appear once")
                .arg(i)
                .arg(parsed->name);
        names.insert(parsed->name);
        fields << std::move(parsed).value();
    }
    return SettingsSchema(std::move(fields));
}

} // namespace vd
