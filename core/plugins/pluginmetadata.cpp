#include "core/plugins/pluginmetadata.h"

#include "core/model/providerplugin.h"

#include <QJsonArray>
#include <cmath>

namespace vd {

namespace {

// A list of non-empty strings, or the reason it is not one.
Result<QStringList, QString> stringList(const QJsonObject& json, const QString& key, const QString& where)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return QStringList{};
    if (!value.isArray())
        return QStringLiteral("\"%1\" must be a list of strings").arg(where);
    QStringList list;
    for (const QJsonValue& entry : value.toArray()) {
        if (!entry.isString() || entry.toString().isEmpty())
            return QStringLiteral("\"%1\" must contain only non-empty strings").arg(where);
        list << entry.toString();
    }
    return list;
}

bool isInteger(const QJsonValue& value)
{
    return value.isDouble() && std::floor(value.toDouble()) == value.toDouble() &&
           std::fabs(value.toDouble()) < 1e9;
}

} // namespace

Result<ProviderInfo, QString> providerInfoFromMetadata(const QJsonObject& metaData)
{
    const QJsonValue apiVersion = metaData.value(QStringLiteral("api_version"));
    if (apiVersion.isUndefined())
        return QStringLiteral("The metadata has no \"api_version\"; declare \"api_version\": %1")
            .arg(kProviderPluginApiVersion);
    if (!isInteger(apiVersion))
        return QStringLiteral(
                   "The metadata's \"api_version\" must be a whole number (this VoiceDeck speaks %1)")
            .arg(kProviderPluginApiVersion);
    if (apiVersion.toInt() != kProviderPluginApiVersion)
        return QStringLiteral("Built for plugin API version %1, but this VoiceDeck speaks version %2; "
                              "use a plugin build made for this VoiceDeck version")
            .arg(apiVersion.toInt())
            .arg(kProviderPluginApiVersion);

    for (const char* key : {"name", "category", "type", "settings"}) {
        if (!metaData.contains(QLatin1String(key)))
            return QStringLiteral("The metadata has no \"%1\", which every provider plugin must declare")
                .arg(key);
    }

    ProviderInfo info;
    info.name = metaData.value(QStringLiteral("name")).toString();
    if (info.name.isEmpty())
        return QStringLiteral("The metadata's \"name\" must be a non-empty string");
    const QString category = metaData.value(QStringLiteral("category")).toString();
    const auto parsedCategory = categoryFromName(category);
    if (!parsedCategory)
        return QStringLiteral("The metadata's \"category\" is \"%1\"; use \"stt\" or \"tts\"").arg(category);
    info.category = *parsedCategory;
    const QString type = metaData.value(QStringLiteral("type")).toString();
    const auto parsedType = providerTypeFromName(type);
    if (!parsedType)
        return QStringLiteral(
                   "The metadata's \"type\" is \"%1\"; use \"custom\", \"third_party\" or \"experimental\"")
            .arg(type);
    info.type = *parsedType;

    const QJsonValue settings = metaData.value(QStringLiteral("settings"));
    if (!settings.isArray())
        return QStringLiteral("The metadata's \"settings\" must be a list (use [] for none)");
    auto schema = SettingsSchema::fromJson(settings.toArray());
    if (!schema)
        return QStringLiteral("The settings schema is invalid: %1").arg(schema.error());
    info.settingsSchema = std::move(schema).value();

    for (const char* key : {"description", "version"}) {
        const QJsonValue value = metaData.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isString())
            return QStringLiteral("The metadata's \"%1\" must be a string").arg(key);
    }
    info.description = metaData.value(QStringLiteral("description")).toString();
    info.version = metaData.value(QStringLiteral("version")).toString(info.version);

    auto dependencies = stringList(metaData, QStringLiteral("dependencies"), QStringLiteral("dependencies"));
    if (!dependencies)
        return QStringLiteral("The metadata's ") + dependencies.error();
    info.dependencies = dependencies.value();

    const QJsonValue priority = metaData.value(QStringLiteral("priority"));
    if (!priority.isUndefined() && !isInteger(priority))
        return QStringLiteral("The metadata's \"priority\" must be a whole number (lower is tried first)");
    info.priority = priority.toInt(info.priority);
    const QJsonValue offline = metaData.value(QStringLiteral("offline"));
    if (!offline.isUndefined() && !offline.isBool())
        return QStringLiteral("The metadata's \"offline\" must be true or false");
    info.offline = offline.toBool(false);
    // A plugin may ship switched off (the example), so that routing never picks it until the
    // user enables it in the config file.
    const QJsonValue enabled = metaData.value(QStringLiteral("enabled"));
    if (!enabled.isUndefined() && !enabled.isBool())
        return QStringLiteral("The metadata's \"enabled\" must be true or false");
    info.enabled = enabled.toBool(true);

    const QJsonValue credential = metaData.value(QStringLiteral("credential"));
    if (!credential.isUndefined()) {
        if (!credential.isObject())
            return QStringLiteral(
                "The metadata's \"credential\" must be an object {\"keys\": [...], \"env\": [...]}");
        auto keys =
            stringList(credential.toObject(), QStringLiteral("keys"), QStringLiteral("credential.keys"));
        if (!keys)
            return QStringLiteral("The metadata's ") + keys.error();
        auto env = stringList(credential.toObject(), QStringLiteral("env"), QStringLiteral("credential.env"));
        if (!env)
            return QStringLiteral("The metadata's ") + env.error();
        info.credentialKeys = keys.value();
        info.credentialEnvironment = env.value();
    }
    return info;
}

} // namespace vd
