#pragma once

#include "core/model/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace vd {

// The translation context of the built-in providers' setting labels and units.
inline constexpr char kSettingWordingContext[] = "vd::SettingWording";

enum class SettingType
{
    String,
    Secret,
    Url,
    Enum,
    Int,
    Double,
    Bool
};

QString settingTypeName(SettingType type); // "string", "secret", "url", "enum", "int", "double", "bool"
std::optional<SettingType> settingTypeFromName(QStringView name);

// One typed field of a provider's settings (PRODUCT.md §2).
struct SettingField
{
    QString name;
    SettingType type = SettingType::String;
    QJsonValue defaultValue; // Undefined when there is no default
    bool required = false;
    QString description;
    QStringList allowedValues;     // Enum only
    std::optional<double> minimum; // Int/Double only, inclusive
    std::optional<double> maximum; // Int/Double only, inclusive
    // What the GUI shows instead of the config key ("Transfer timeout" for timeout_ms), and the
    // unit of the value ("ms", "Hz"); both optional, so plugins written before them still load.
    // Kept in English: the GUI translates them as it shows them (kSettingWordingContext), so they
    // follow a language switch.
    QString label;
    QString unit;

    bool isSecret() const { return type == SettingType::Secret; }
    // `label`, else the key made readable: "response_format" -> "Response format".
    QString displayLabel() const;
    bool operator==(const SettingField&) const = default;
};

// One validation failure: the field, the rule it broke ("required", "type", "range", "enum",
// "url", "secret_in_config", "unknown"), and a sentence naming the problem and the fix.
struct SettingProblem
{
    QString field;
    QString rule;
    QString message;
    bool operator==(const SettingProblem&) const = default;
};

// The settings a provider declares. The same schema validates the config file and `config set`
// and generates the GUI's settings form.
class SettingsSchema
{
public:
    SettingsSchema() = default;
    explicit SettingsSchema(QList<SettingField> fields);

    const QList<SettingField>& fields() const { return m_fields; }
    const SettingField* field(const QString& name) const;
    bool isEmpty() const { return m_fields.isEmpty(); }

    // Every problem in `settings`, not just the first. Secret fields must not appear in
    // `settings` (they live in the keychain); a missing required secret is not a problem here —
    // it makes the provider "not configured". Keys the schema does not know are reported with
    // rule "unknown".
    QList<SettingProblem> validate(const QJsonObject& settings) const;
    // Checks one value for one field (used by `config set` and the GUI form).
    QList<SettingProblem> validateValue(const QString& name, const QJsonValue& value) const;
    // `settings` with defaults filled in for every absent non-secret field.
    QJsonObject withDefaults(const QJsonObject& settings) const;
    // Parses a value typed by a user (CLI `config set`) into the field's JSON type.
    Result<QJsonValue, SettingProblem> parseValue(const QString& name, const QString& text) const;

    // Schema <-> the JSON array form used in plugin metadata:
    // [{"name","type","default","required","description","label","unit","values":[...],"min","max"}].
    QJsonArray toJson() const;
    static Result<SettingsSchema, QString> fromJson(const QJsonArray& json);

private:
    QList<SettingField> m_fields;
};

// PRODUCT.md §1: plain http:// only for loopback hosts (127.0.0.0/8, ::1, localhost), otherwise
// https://. Returns an empty string when `url` is acceptable, else the reason.
QString checkServiceUrl(const QString& url);

} // namespace vd
