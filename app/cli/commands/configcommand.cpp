#include "app/cli/commands/configcommand.h"

#include "core/config/configfile.h"
#include "core/config/configkeys.h"
#include "core/registry/providerregistry.h"
#include "core/resilience/resiliencestate.h"
#include "core/runtime/runtime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vd::cli {

namespace {

QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    case QJsonValue::Undefined:
        return QStringLiteral("(not set)");
    default: // numbers, booleans and null print as in JSON
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    }
}

} // namespace

void ConfigCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("get or set."));
    parser.addPositionalArgument(
        QStringLiteral("KEY"),
        tr("Dotted key: version, routing.<name>, breaker.<name>, health.<name>, "
           "providers.<provider>.enabled, "
           "providers.<provider>.priority or providers.<provider>.settings.<name> (get also takes a whole "
           "section, e.g. breaker). Section keys: %1.")
            .arg(sectionKeys().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("VALUE"),
                                 tr("set only: the new value (true/false, a number or text)."));
}

int ConfigCommand::prepare(const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    m_action = arguments.value(0);
    const bool get = m_action == QLatin1String("get") && arguments.size() == 2;
    const bool set = m_action == QLatin1String("set") && arguments.size() == 3;
    if (!get && !set) {
        m_out.error(tr("usage: voicedeck-cli config get KEY | config set KEY VALUE, e.g. config set "
                       "providers.openai_stt.priority 5"));
        return ExitUsage;
    }
    m_key = arguments.at(1);
    m_value = arguments.value(2);
    return ExitOk;
}

void ConfigCommand::run()
{
    Q_EMIT finished(m_action == QLatin1String("get") ? get() : set());
}

int ConfigCommand::get()
{
    ProviderRegistry& registry = m_runtime->registry();
    const auto value = getValue(m_runtime->config(), m_key, [&registry](const QString& name) {
        const ProviderDefinition* definition = registry.definition(name);
        return definition ? &definition->info : nullptr;
    });
    if (!value) {
        m_out.error(value.error().message());
        return ExitUsage;
    }
    if (m_out.json()) {
        m_out.printJson(QJsonObject{{QStringLiteral("key"), m_key},
                                    {QStringLiteral("value"), value->isUndefined() ? QJsonValue() : *value},
                                    {QStringLiteral("file"), m_runtime->configPath()}});
    } else {
        m_out.printLine(valueText(*value));
    }
    return ExitOk;
}

int ConfigCommand::set()
{
    ProviderRegistry& registry = m_runtime->registry();
    const ProviderLookup lookup = [&registry](const QString& name) {
        const ProviderDefinition* definition = registry.definition(name);
        return definition ? &definition->info : nullptr;
    };
    const auto changed = setValue(m_runtime->config(), m_key, m_value, lookup);
    if (!changed) {
        m_out.error(changed.error().message());
        return ExitUsage;
    }
    const QString path = m_runtime->configPath();
    // Only this key goes to the file, merged into what it holds now: a `config set` running in
    // parallel, or the GUI, may have changed other keys since this process read it.
    const auto saved = ConfigFile::update(path, m_runtime->config(), *changed);
    if (!saved) {
        for (const ConfigError& error : saved.error())
            m_out.error(error.message());
        m_out.error(
            tr("%1 was left unchanged; fix or move the file aside, then run the command again").arg(path));
        return ExitConfig;
    }
    m_runtime->applyConfig(*saved);
    const QStringList parts = m_key.split(QLatin1Char('.'));
    if (parts.first() == QLatin1String("providers") && parts.size() > 2)
        m_runtime->resilience().clearAttention(parts.at(1)); // its settings changed: worth trying again
    const QJsonValue value = getValue(*saved, m_key, lookup).valueOr(QJsonValue());
    if (m_out.json())
        m_out.printJson(QJsonObject{{QStringLiteral("key"), m_key},
                                    {QStringLiteral("value"), value},
                                    {QStringLiteral("file"), path}});
    else
        m_out.printLine(tr("%1 = %2 (saved to %3)").arg(m_key, valueText(value), path));
    m_out.diagnostic(tr("wrote %1").arg(path));
    return ExitOk;
}

} // namespace vd::cli
