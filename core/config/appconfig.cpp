#include "core/config/appconfig.h"

#include "core/config/sectionfield.h"
#include "core/model/jsontypename.h"

#include <QJsonValue>
#include <algorithm>
#include <cmath>

namespace vd {

namespace {

constexpr int kMaxPriority = 1000000;

} // namespace

QString checkProviderPriority(const QJsonValue& value)
{
    const double number = value.toDouble(-1);
    if (!value.isDouble() || std::floor(number) != number || number < 0 || number > kMaxPriority) {
        return QStringLiteral("must be an integer from 0 to %1 (lower is tried first), not %2")
            .arg(kMaxPriority)
            .arg(value.isDouble() ? QString::number(number, 'g', 15) : jsonTypeName(value));
    }
    return {};
}

namespace {

const QString kPriorityFix =
    QStringLiteral("; fix the value or remove the key to use the provider's default");

// Collects errors against one file while parsing.
class Parser
{
public:
    explicit Parser(QString file) : m_file(std::move(file)) {}

    void fail(const QString& key, const QString& problem)
    {
        m_errors << ConfigError::make(m_file, key, problem);
    }
    bool expectObject(const QJsonValue& value, const QString& key)
    {
        if (value.isObject())
            return true;
        fail(key, QStringLiteral("must be a JSON object ({...}), not %1; fix it or remove the key")
                      .arg(jsonTypeName(value)));
        return false;
    }

    void parseProvider(AppConfig& config, const QString& name, const QJsonValue& value)
    {
        const QString key = QStringLiteral("providers.") + name;
        if (!expectObject(value, key))
            return;
        const QJsonObject entry = value.toObject();
        ProviderConfig provider;
        if (entry.contains(QLatin1String("enabled"))) {
            const QJsonValue enabled = entry.value(QLatin1String("enabled"));
            if (enabled.isBool())
                provider.enabled = enabled.toBool();
            else
                fail(key + QStringLiteral(".enabled"),
                     QStringLiteral("must be true or false, not %1; fix it or remove the key")
                         .arg(jsonTypeName(enabled)));
        }
        if (entry.contains(QLatin1String("priority"))) {
            const QJsonValue priority = entry.value(QLatin1String("priority"));
            const QString problem = checkProviderPriority(priority);
            if (problem.isEmpty())
                provider.priority = priority.toInt();
            else
                fail(key + QStringLiteral(".priority"), problem + kPriorityFix);
        }
        if (entry.contains(QLatin1String("settings"))) {
            const QJsonValue settings = entry.value(QLatin1String("settings"));
            if (expectObject(settings, key + QStringLiteral(".settings")))
                provider.settings = settings.toObject();
        }
        config.providers.insert(name, provider);
    }

    void parseSection(AppConfig& config, const QString& section, const QJsonValue& value)
    {
        if (!expectObject(value, section))
            return;
        const QJsonObject object = value.toObject();
        for (const SectionField& field : SectionField::all()) {
            if (field.section != section || !object.contains(field.name))
                continue;
            const QJsonValue fieldValue = object.value(field.name);
            const QString problem = field.check(fieldValue);
            if (problem.isEmpty())
                field.set(config, fieldValue.toDouble());
            else
                fail(field.dottedKey(), problem + field.fileFix());
        }
    }

    ConfigErrors errors() const { return m_errors; }

private:
    QString m_file;
    ConfigErrors m_errors;
};

} // namespace

Result<AppConfig, ConfigErrors> AppConfig::fromJson(const QJsonObject& root, const QString& file)
{
    ConfigErrors errors;
    AppConfig config = parse(root, file, errors);
    if (!errors.isEmpty())
        return errors;
    return config;
}

AppConfig AppConfig::parse(const QJsonObject& root, const QString& file, ConfigErrors& errors)
{
    Parser parser(file);
    AppConfig config;
    config.document = root;

    if (root.contains(QLatin1String("version"))) {
        const QJsonValue version = root.value(QLatin1String("version"));
        if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble())) {
            parser.fail(QStringLiteral("version"),
                        QStringLiteral("must be the integer %1, not %2; fix it or remove the key")
                            .arg(currentVersion)
                            .arg(jsonTypeName(version)));
            errors << parser.errors();
            return config;
        }
        if (version.toDouble() != currentVersion) {
            // Other keys may mean something else in another version: check nothing further.
            parser.fail(
                QStringLiteral("version"),
                QStringLiteral("version %1 is not supported: this VoiceDeck reads version %2 files; use "
                               "the VoiceDeck that wrote this file, or move the file aside to start "
                               "from defaults")
                    .arg(QString::number(version.toDouble(), 'g', 15))
                    .arg(currentVersion));
            errors << parser.errors();
            return config;
        }
    }

    if (root.contains(QLatin1String("providers"))) {
        const QJsonValue providers = root.value(QLatin1String("providers"));
        if (parser.expectObject(providers, QStringLiteral("providers"))) {
            const QJsonObject object = providers.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                parser.parseProvider(config, it.key(), it.value());
        }
    }
    for (const QString& section : SectionField::sectionNames()) {
        if (root.contains(section))
            parser.parseSection(config, section, root.value(section));
    }

    const ConfigErrors parseErrors = parser.errors();
    errors << parseErrors;
    // Consistency checks read values that may have kept their defaults: only a section whose
    // values all parsed is checked, so no problem is reported against a value the user never set.
    for (const ConfigError& problem : config.validate(file)) {
        const QString section = problem.key.section(QLatin1Char('.'), 0, 0);
        const bool sectionFailed =
            std::any_of(parseErrors.begin(), parseErrors.end(), [&](const ConfigError& e) {
                return e.key == section || e.key.startsWith(section + QLatin1Char('.'));
            });
        if (!sectionFailed)
            errors << problem;
    }
    return config;
}

ConfigErrors AppConfig::validate(const QString& file) const
{
    ConfigErrors errors;
    if (version != currentVersion) {
        errors << ConfigError::make(file, QStringLiteral("version"),
                                    QStringLiteral("must be %1, not %2").arg(currentVersion).arg(version));
    }
    for (auto it = providers.begin(); it != providers.end(); ++it) {
        if (it->priority) {
            const QString problem = checkProviderPriority(QJsonValue(*it->priority));
            if (!problem.isEmpty())
                errors << ConfigError::make(file, QStringLiteral("providers.%1.priority").arg(it.key()),
                                            problem);
        }
    }
    for (const SectionField& field : SectionField::all()) {
        const QString problem = field.check(QJsonValue(field.get(*this)));
        if (!problem.isEmpty())
            errors << ConfigError::make(file, field.dottedKey(), problem + field.fileFix());
    }
    if (breaker.minimumCalls > breaker.windowCalls) {
        errors << ConfigError::make(
            file, QStringLiteral("breaker.minimum_calls"),
            QStringLiteral(
                "is %1, more than breaker.window_calls (%2): the failure rate could never be judged; "
                "make minimum_calls at most window_calls")
                .arg(breaker.minimumCalls)
                .arg(breaker.windowCalls));
    }
    if (breaker.openSeconds > breaker.openSecondsMax) {
        errors << ConfigError::make(
            file, QStringLiteral("breaker.open_seconds"),
            QStringLiteral(
                "is %1, more than breaker.open_seconds_max (%2); make open_seconds at most open_seconds_max")
                .arg(breaker.openSeconds)
                .arg(breaker.openSecondsMax));
    }
    return errors;
}

QJsonObject AppConfig::toJson() const
{
    QJsonObject root = document;
    root.insert(QLatin1String("version"), version);

    const QJsonObject oldProviders = document.value(QLatin1String("providers")).toObject();
    QJsonObject newProviders;
    for (auto it = providers.begin(); it != providers.end(); ++it) {
        QJsonObject entry = oldProviders.value(it.key()).toObject();
        if (it->enabled)
            entry.insert(QLatin1String("enabled"), *it->enabled);
        else
            entry.remove(QLatin1String("enabled"));
        if (it->priority)
            entry.insert(QLatin1String("priority"), *it->priority);
        else
            entry.remove(QLatin1String("priority"));
        if (!it->settings.isEmpty() || entry.contains(QLatin1String("settings")))
            entry.insert(QLatin1String("settings"), it->settings);
        newProviders.insert(it.key(), entry);
    }
    if (!newProviders.isEmpty() || document.contains(QLatin1String("providers")))
        root.insert(QLatin1String("providers"), newProviders);

    for (const QString& section : SectionField::sectionNames()) {
        QJsonObject object = document.value(section).toObject();
        for (const SectionField& field : SectionField::all()) {
            if (field.section != section)
                continue;
            // Write what the user wrote or changed; leave defaults implicit.
            if (object.contains(field.name) || field.get(*this) != field.defaultValue())
                object.insert(field.name, field.toJson(*this));
        }
        if (!object.isEmpty() || document.contains(section))
            root.insert(section, object);
    }
    return root;
}

} // namespace vd
