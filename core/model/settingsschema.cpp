#include "core/model/settingsschema.h"

#include <QHostAddress>
#include <QSet>
#include <QUrl>
#include <array>
#include <cmath>
#include <utility>

namespace vd {

namespace {

struct TypeEntry
{
    SettingType type;
    const char* name;
    const char* expected; // what a value of the type looks like, for messages
};

constexpr std::array<TypeEntry, 7> kTypes{{
    {SettingType::String, "string", "a text string"},
    {SettingType::Secret, "secret", "a text string"},
    {SettingType::Url, "url", "a URL string"},
    {SettingType::Enum, "enum", "a text string"},
    {SettingType::Int, "int", "a whole number"},
    {SettingType::Double, "double", "a number"},
    {SettingType::Bool, "bool", "true or false"},
}};

// JSON numbers are doubles; integers beyond 2^53 cannot be told apart from their neighbours.
constexpr double kMaxExactInteger = 9007199254740992.0;

QString allTypeNames()
{
    QStringList names;
    for (const TypeEntry& entry : kTypes)
        names << QString::fromLatin1(entry.name);
    return names.join(QStringLiteral(", "));
}

bool isWholeNumber(double value)
{
    return std::isfinite(value) && std::floor(value) == value && std::fabs(value) <= kMaxExactInteger;
}

// Bounds of double fields keep a decimal point ("4.0"), so "0.25–4.0" reads as a real range.
QString formatBound(double value, SettingType type)
{
    if (type == SettingType::Int)
        return QString::number(qint64(value));
    QString text = QString::number(value, 'g', 15);
    if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')))
        text += QStringLiteral(".0");
    return text;
}

// A user's value as they would have typed it, for messages.
QString describe(const QJsonValue& value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray() || value.isObject())
        return value.isArray() ? QStringLiteral("a list") : QStringLiteral("an object");
    return QStringLiteral("null");
}

QString expectedKind(SettingType type)
{
    for (const TypeEntry& entry : kTypes) {
        if (entry.type == type)
            return QString::fromLatin1(entry.expected);
    }
    return {};
}

SettingProblem problem(const QString& field, const char* rule, const QString& sentence)
{
    return SettingProblem{field, QString::fromLatin1(rule), field + QStringLiteral(": ") + sentence};
}

bool isAbsent(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull();
}

// A null default is treated like no default, as a null value is treated like no value.
bool hasDefault(const SettingField& field)
{
    return !isAbsent(field.defaultValue);
}

QString rangeText(const SettingField& field)
{
    if (field.minimum && field.maximum)
        return QStringLiteral("%1–%2").arg(formatBound(*field.minimum, field.type),
                                           formatBound(*field.maximum, field.type));
    if (field.minimum)
        return QStringLiteral("at least %1").arg(formatBound(*field.minimum, field.type));
    return QStringLiteral("at most %1").arg(formatBound(*field.maximum, field.type));
}

bool hasType(SettingType type, const QJsonValue& value)
{
    if (type == SettingType::Int)
        return value.isDouble() && isWholeNumber(value.toDouble());
    if (type == SettingType::Double)
        return value.isDouble() && std::isfinite(value.toDouble());
    if (type == SettingType::Bool)
        return value.isBool();
    return value.isString();
}

// Type, range, enum and URL rules for a present, non-secret value of a known field.
std::optional<SettingProblem> checkValue(const SettingField& field, const QJsonValue& value)
{
    const bool numeric = field.type == SettingType::Int || field.type == SettingType::Double;
    if (!hasType(field.type, value)) {
        QString fix = field.type == SettingType::Int && value.isDouble()
                          ? QStringLiteral("use a whole number without a fraction")
                          : QStringLiteral("write it as %1").arg(expectedKind(field.type));
        if (field.type == SettingType::Bool)
            fix = QStringLiteral("write true or false without quotes");
        else if (numeric && value.isString())
            fix = QStringLiteral("write the number without quotes");
        return problem(field.name, "type",
                       QStringLiteral("expected %1 (%2), got %3; %4")
                           .arg(expectedKind(field.type), settingTypeName(field.type), describe(value), fix));
    }
    if (numeric) {
        const double number = value.toDouble();
        if ((field.minimum && number < *field.minimum) || (field.maximum && number > *field.maximum)) {
            return problem(field.name, "range",
                           QStringLiteral("%1 is out of range %2; use a value in that range")
                               .arg(describe(value), rangeText(field)));
        }
    }
    if (field.type == SettingType::Enum && !field.allowedValues.contains(value.toString())) {
        return problem(field.name, "enum",
                       QStringLiteral("%1 is not one of the allowed values; use one of: %2")
                           .arg(describe(value), field.allowedValues.join(QStringLiteral(", "))));
    }
    if (field.type == SettingType::Url) {
        const QString reason = checkServiceUrl(value.toString());
        if (!reason.isEmpty())
            return problem(field.name, "url", reason);
    }
    return std::nullopt;
}

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

QString settingTypeName(SettingType type)
{
    for (const TypeEntry& entry : kTypes) {
        if (entry.type == type)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<SettingType> settingTypeFromName(QStringView name)
{
    for (const TypeEntry& entry : kTypes) {
        if (name == QLatin1String(entry.name))
            return entry.type;
    }
    return std::nullopt;
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

// Parsing with QUrl (not string matching) means "localhost@evil.com", "127.0.0.1.evil.com" and
// bracketed IPv6 hosts are judged by the host the request would really go to.
QString checkServiceUrl(const QString& url)
{
    if (url.trimmed().isEmpty())
        return QStringLiteral("the URL is empty; use an https:// URL such as https://api.example.com/v1");
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.isRelative())
        return QStringLiteral("\"%1\" is not a valid absolute URL; use an https:// URL such as "
                              "https://api.example.com/v1")
            .arg(url);
    const QString scheme = parsed.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return QStringLiteral("\"%1\" uses the scheme \"%2\"; only https:// (or http:// to a loopback host) "
                              "is allowed")
            .arg(url, parsed.scheme());
    const QString host = parsed.host();
    if (host.isEmpty())
        return QStringLiteral("\"%1\" has no host; write it as https://host/path").arg(url);
    if (!parsed.userInfo().isEmpty())
        return QStringLiteral("\"%1\" contains a user name or password; remove the part before \"@\" (keys "
                              "belong in the keychain)")
            .arg(parsed.toDisplayString(QUrl::RemoveUserInfo));
    if (scheme == QLatin1String("https"))
        return {};
    const QHostAddress address(host);
    const bool loopback = host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
                          (!address.isNull() && address.isLoopback());
    if (!loopback)
        return QStringLiteral("\"%1\" uses plain http:// to a host that is not loopback; use https:// "
                              "(http:// is allowed only for 127.0.0.0/8, ::1 and localhost)")
            .arg(url);
    return {};
}

} // namespace vd
