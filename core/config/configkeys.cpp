#include "core/config/configkeys.h"

#include "core/config/providervalidation.h"
#include "core/config/sectionfield.h"
#include "core/model/providerinfo.h"

#include <QStringList>

namespace vd {

namespace {

const QStringList kProviderKeys{QStringLiteral("enabled"), QStringLiteral("priority"),
                                QStringLiteral("settings")};

QStringList topLevelKeys()
{
    return QStringList{QStringLiteral("version"), QStringLiteral("providers")} + SectionField::sectionNames();
}

ConfigError keyError(const QString& key, const QString& problem)
{
    return ConfigError::make(QString(), key, problem);
}

ConfigError unknownKey(const QString& key, const QString& section, const QStringList& valid)
{
    const QString where =
        section.isEmpty() ? QStringLiteral("at the top level") : QStringLiteral("in ") + section;
    return keyError(
        key, QStringLiteral("unknown key; valid keys %1: %2").arg(where, valid.join(QStringLiteral(", "))));
}

// The settings `config set` may change, for error messages: "model, language" or "none".
QString publicFields(const SettingsSchema& schema)
{
    QStringList names;
    for (const SettingField& field : schema.fields()) {
        if (!field.isSecret())
            names << field.name;
    }
    return names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "));
}

ConfigError unknownProvider(const QString& key, const QString& name)
{
    return keyError(
        key, QStringLiteral("no provider named \"%1\"; `voicedeck-cli providers` lists them").arg(name));
}

std::optional<bool> parseBool(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("on") ||
        t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("off") ||
        t == QLatin1String("0"))
        return false;
    return std::nullopt;
}

QJsonObject sectionObject(const AppConfig& config, const QString& section)
{
    QJsonObject object;
    for (const SectionField& field : SectionField::all()) {
        if (field.section == section)
            object.insert(field.name, field.toJson(config));
    }
    return object;
}

Result<AppConfig, ConfigError> setSectionValue(AppConfig config, const SectionField& field,
                                               const QString& text)
{
    bool ok = false;
    const double number = text.trimmed().toDouble(&ok);
    const QString problem = ok ? field.check(QJsonValue(number)) : field.check(QJsonValue(text));
    if (!problem.isEmpty())
        return keyError(field.dottedKey(), QStringLiteral("\"%1\" is not accepted: %2").arg(text, problem));
    field.set(config, number);
    const ConfigErrors errors = config.validate();
    if (!errors.isEmpty())
        return keyError(field.dottedKey(), errors.first().key + QLatin1Char(' ') + errors.first().problem);
    return config;
}

Result<AppConfig, ConfigError> setProviderSetting(AppConfig config, const QString& key,
                                                  const QString& provider, const ProviderInfo& info,
                                                  const QString& name, const QString& text)
{
    const SettingsSchema& schema = info.settingsSchema;
    const SettingField* field = schema.field(name);
    if (!field) {
        return keyError(key, QStringLiteral("%1 has no setting \"%2\"; its settings are: %3")
                                 .arg(provider, name, publicFields(schema)));
    }
    if (field->isSecret())
        return keyError(key, secretInConfigProblem(provider, name));
    const auto value = schema.parseValue(name, text);
    if (!value)
        return keyError(key, value.error().message);
    const QList<SettingProblem> problems = schema.validateValue(name, *value);
    if (!problems.isEmpty())
        return keyError(key, problems.first().message);
    config.providers[provider].settings.insert(name, *value);
    return config;
}

} // namespace

QStringList sectionKeys()
{
    QStringList keys;
    for (const SectionField& field : SectionField::all())
        keys << field.dottedKey();
    return keys;
}

Result<QJsonValue, ConfigError> getValue(const AppConfig& config, const QString& dottedKey,
                                         const ProviderLookup& lookup)
{
    const QStringList parts = dottedKey.split(QLatin1Char('.'));
    const QString& head = parts.first();
    if (head == QLatin1String("version") && parts.size() == 1)
        return QJsonValue(config.version);
    if (SectionField::sectionNames().contains(head)) {
        if (parts.size() == 1)
            return QJsonValue(sectionObject(config, head));
        const SectionField* field = parts.size() == 2 ? SectionField::find(head, parts[1]) : nullptr;
        if (!field)
            return unknownKey(dottedKey, head, SectionField::namesIn(head));
        return field->toJson(config);
    }
    if (head != QLatin1String("providers"))
        return unknownKey(dottedKey, QString(), topLevelKeys());

    if (parts.size() == 1)
        return config.toJson().value(QLatin1String("providers"));
    const QString& name = parts[1];
    const ProviderInfo* info = lookup ? lookup(name) : nullptr;
    const auto entry = config.providers.constFind(name);
    const bool configured = entry != config.providers.constEnd();
    if (!configured && !info && lookup)
        return unknownProvider(dottedKey, name);
    const ProviderConfig provider = configured ? *entry : ProviderConfig{};
    if (parts.size() == 2)
        return config.toJson().value(QLatin1String("providers")).toObject().value(name);
    const QString& what = parts[2];
    if (what == QLatin1String("enabled") && parts.size() == 3) {
        if (provider.enabled)
            return QJsonValue(*provider.enabled);
        return info ? QJsonValue(info->enabled) : QJsonValue(QJsonValue::Undefined);
    }
    if (what == QLatin1String("priority") && parts.size() == 3) {
        if (provider.priority)
            return QJsonValue(*provider.priority);
        return info ? QJsonValue(info->priority) : QJsonValue(QJsonValue::Undefined);
    }
    if (what == QLatin1String("settings") && parts.size() <= 4) {
        if (parts.size() == 3)
            return QJsonValue(info ? info->settingsSchema.withDefaults(provider.settings)
                                   : provider.settings);
        const QString& field = parts[3];
        const SettingField* declared = info ? info->settingsSchema.field(field) : nullptr;
        if (declared && declared->isSecret()) {
            return keyError(dottedKey,
                            QStringLiteral("is a secret and lives only in the keychain; `voicedeck-cli keys "
                                           "status` shows whether it is set"));
        }
        if (provider.settings.contains(field))
            return provider.settings.value(field);
        if (declared)
            return declared->defaultValue;
        if (info) {
            return keyError(dottedKey, QStringLiteral("%1 has no setting \"%2\"; its settings are: %3")
                                           .arg(name, field, publicFields(info->settingsSchema)));
        }
        return QJsonValue(QJsonValue::Undefined);
    }
    return unknownKey(dottedKey, QStringLiteral("providers.") + name, kProviderKeys);
}

Result<AppConfig, ConfigError> setValue(AppConfig config, const QString& dottedKey, const QString& text,
                                        const ProviderLookup& lookup)
{
    const QStringList parts = dottedKey.split(QLatin1Char('.'));
    const QString& head = parts.first();
    if (head == QLatin1String("version") && parts.size() == 1)
        return keyError(dottedKey, QStringLiteral("is written by VoiceDeck itself and cannot be set"));
    if (SectionField::sectionNames().contains(head)) {
        const SectionField* field = parts.size() == 2 ? SectionField::find(head, parts[1]) : nullptr;
        if (!field)
            return unknownKey(dottedKey, head, SectionField::namesIn(head));
        return setSectionValue(std::move(config), *field, text);
    }
    if (head != QLatin1String("providers"))
        return unknownKey(dottedKey, QString(), topLevelKeys());
    if (parts.size() < 3) {
        return keyError(
            dottedKey,
            QStringLiteral("name one value: providers.<provider>.enabled, "
                           "providers.<provider>.priority or providers.<provider>.settings.<name>"));
    }
    const QString& name = parts[1];
    const ProviderInfo* info = lookup ? lookup(name) : nullptr;
    if (!info)
        return unknownProvider(dottedKey, name);
    const QString& what = parts[2];
    if (what == QLatin1String("enabled") && parts.size() == 3) {
        const std::optional<bool> enabled = parseBool(text);
        if (!enabled)
            return keyError(dottedKey,
                            QStringLiteral("\"%1\" is not accepted: must be true or false").arg(text));
        config.providers[name].enabled = *enabled;
        return config;
    }
    if (what == QLatin1String("priority") && parts.size() == 3) {
        bool ok = false;
        const double number = text.trimmed().toDouble(&ok);
        const QString problem = checkProviderPriority(ok ? QJsonValue(number) : QJsonValue(text));
        if (!problem.isEmpty())
            return keyError(dottedKey, QStringLiteral("\"%1\" is not accepted: %2").arg(text, problem));
        config.providers[name].priority = int(number);
        return config;
    }
    if (what == QLatin1String("settings") && parts.size() == 4)
        return setProviderSetting(std::move(config), dottedKey, name, *info, parts[3], text);
    if (what == QLatin1String("settings")) {
        return keyError(dottedKey,
                        QStringLiteral("name one setting: providers.%1.settings.<name>, one of: %2")
                            .arg(name, publicFields(info->settingsSchema)));
    }
    return unknownKey(dottedKey, QStringLiteral("providers.") + name, kProviderKeys);
}

Result<AppConfig, ConfigError> unsetValue(AppConfig config, const QString& dottedKey)
{
    const QStringList parts = dottedKey.split(QLatin1Char('.'));
    const QString& head = parts.first();
    if (SectionField::sectionNames().contains(head)) {
        const SectionField* field = parts.size() == 2 ? SectionField::find(head, parts[1]) : nullptr;
        if (!field)
            return unknownKey(dottedKey, head, SectionField::namesIn(head));
        field->set(config, field->defaultValue());
        QJsonObject section = config.document.value(head).toObject();
        section.remove(field->name);
        config.document.insert(head, section);
        return config;
    }
    if (head != QLatin1String("providers") || parts.size() < 2 || parts.size() > 4)
        return unknownKey(dottedKey, QString(),
                          QStringList{QStringLiteral("providers.<name>[...]")} + sectionKeys());
    const QString& name = parts[1];
    if (!config.providers.contains(name))
        return config; // nothing set: already the default
    ProviderConfig& provider = config.providers[name];
    if (parts.size() == 2)
        config.providers.remove(name);
    else if (parts[2] == QLatin1String("enabled") && parts.size() == 3)
        provider.enabled.reset();
    else if (parts[2] == QLatin1String("priority") && parts.size() == 3)
        provider.priority.reset();
    else if (parts[2] == QLatin1String("settings") && parts.size() == 4)
        provider.settings.remove(parts[3]);
    else
        return unknownKey(dottedKey, QStringLiteral("providers.") + name, kProviderKeys);
    return config;
}

} // namespace vd
