#include "core/config/providervalidation.h"

#include "core/model/providerinfo.h"

namespace vd {

QString secretInConfigProblem(const QString& provider, const QString& field)
{
    return QStringLiteral(
               "\"%1\" is a secret; secret fields are stored only in the keychain. Remove it from the "
               "configuration file and run `voicedeck-cli keys set %2` (the secret is read from stdin)")
        .arg(field, provider);
}

ConfigErrors validateProviders(const AppConfig& config, const ProviderLookup& lookup, const QString& file)
{
    ConfigErrors errors;
    for (auto it = config.providers.begin(); it != config.providers.end(); ++it) {
        const QString key = QStringLiteral("providers.") + it.key();
        const ProviderInfo* info = lookup ? lookup(it.key()) : nullptr;
        if (!info) {
            errors << ConfigError::warning(
                file, key,
                QStringLiteral("no provider named \"%1\" is built in or loaded from a "
                               "plugin; its entry is kept. Check the spelling, or install "
                               "the plugin that provides it")
                    .arg(it.key()));
            continue;
        }
        const SettingsSchema& schema = info->settingsSchema;
        const QJsonObject& settings = it->settings;
        for (auto setting = settings.begin(); setting != settings.end(); ++setting) {
            const SettingField* field = schema.field(setting.key());
            if (field && field->isSecret()) {
                errors << ConfigError::make(file, key + QStringLiteral(".settings.") + setting.key(),
                                            secretInConfigProblem(it.key(), setting.key()));
            }
        }
        for (const SettingProblem& problem : schema.validate(settings)) {
            const SettingField* field = schema.field(problem.field);
            if (problem.rule == QLatin1String("secret_in_config") || (field && field->isSecret()))
                continue; // reported above, with the keychain hint
            const QString fieldKey = key + QStringLiteral(".settings") +
                                     (problem.field.isEmpty() ? QString() : QLatin1Char('.') + problem.field);
            if (problem.rule == QLatin1String("unknown"))
                errors << ConfigError::warning(file, fieldKey, problem.message);
            else
                errors << ConfigError::make(file, fieldKey, problem.message);
        }
    }
    return errors;
}

} // namespace vd
