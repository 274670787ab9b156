#include "app/cli/commands/providerscommand.h"

#include "core/registry/providerfactory.h"
#include "core/registry/providerregistry.h"
#include "core/resilience/breakerstate.h"
#include "core/resilience/circuitbreaker.h"
#include "core/resilience/resiliencestate.h"
#include "core/runtime/runtime.h"

#include <QJsonArray>

namespace vd::cli {

void ProvidersCommand::run()
{
    QJsonArray providers;
    QStringList lines;
    lines << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                 .arg(QStringLiteral("NAME"), -18)
                 .arg(QStringLiteral("CAT"), -4)
                 .arg(QStringLiteral("TYPE"), -12)
                 .arg(QStringLiteral("PRIO"), 5)
                 .arg(QStringLiteral("ENABLED"), -8)
                 .arg(QStringLiteral("CONFIGURED"), -11)
                 .arg(QStringLiteral("BREAKER"), -11)
                 .arg(QStringLiteral("HEALTH"));
    for (const ProviderInfo& info : m_runtime->registry().availableProviders({}, /*enabledOnly=*/false)) {
        const bool configured = m_runtime->factory().isConfigured(info);
        const QString breaker = breakerStateName(m_runtime->resilience().breaker(info.name)->state());
        const QString health = healthStatusName(m_runtime->resilience().status(info.name));
        providers.append(QJsonObject{
            {QStringLiteral("name"), info.name},
            {QStringLiteral("category"), categoryName(info.category)},
            {QStringLiteral("type"), providerTypeName(info.type)},
            {QStringLiteral("priority"), info.priority},
            {QStringLiteral("enabled"), info.enabled},
            {QStringLiteral("configured"), configured},
            {QStringLiteral("offline"), info.offline},
            {QStringLiteral("breaker_state"), breaker},
            {QStringLiteral("health_status"), health},
            {QStringLiteral("description"), info.description},
        });
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                     .arg(info.name, -18)
                     .arg(categoryName(info.category), -4)
                     .arg(providerTypeName(info.type), -12)
                     .arg(info.priority, 5)
                     .arg(info.enabled ? QStringLiteral("yes") : QStringLiteral("no"), -8)
                     .arg(configured ? QStringLiteral("yes") : QStringLiteral("no"), -11)
                     .arg(breaker, -11)
                     .arg(health);
    }
    QJsonArray failures;
    for (const PluginFailure& failure : m_runtime->registry().failures()) {
        failures.append(QJsonObject{{QStringLiteral("path"), failure.path},
                                    {QStringLiteral("name"), failure.name},
                                    {QStringLiteral("reason"), failure.reason}});
        lines << tr("plugin %1 not loaded: %2").arg(failure.path, failure.reason);
    }
    if (m_out.json()) {
        m_out.printJson(QJsonObject{{QStringLiteral("providers"), providers},
                                    {QStringLiteral("plugin_failures"), failures}});
    } else {
        for (const QString& line : std::as_const(lines))
            m_out.printLine(line);
    }
    Q_EMIT finished(ExitOk);
}

} // namespace vd::cli
