#include "app/cli/commands/breakercommand.h"

#include "core/resilience/breakerstate.h"
#include "core/resilience/circuitbreaker.h"
#include "core/resilience/resiliencestate.h"
#include "core/runtime/runtime.h"

namespace vd::cli {

void BreakerCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(
        QStringLiteral("ACTION"),
        tr("reset (closed, counters cleared), open (forced open) or disable (always allow)."));
    parser.addPositionalArgument(QStringLiteral("PROVIDER"), tr("The provider whose breaker to change."));
}

int BreakerCommand::prepare(const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    static const QStringList kActions{QStringLiteral("reset"), QStringLiteral("open"),
                                      QStringLiteral("disable")};
    if (arguments.size() != 2 || !kActions.contains(arguments.at(0))) {
        m_out.error(tr("usage: voicedeck-cli breaker reset|open|disable PROVIDER"));
        return ExitUsage;
    }
    m_action = arguments.at(0);
    m_provider = arguments.at(1);
    if (!checkProviderName(m_provider))
        return ExitUsage;
    return ExitOk;
}

void BreakerCommand::run()
{
    ResilienceState& state = m_runtime->resilience();
    if (m_action == QLatin1String("reset"))
        state.resetBreaker(m_provider);
    else if (m_action == QLatin1String("open"))
        state.forceOpenBreaker(m_provider);
    else
        state.disableBreaker(m_provider);
    const QString breaker = breakerStateName(state.breaker(m_provider)->state());
    if (m_out.json())
        m_out.printJson(QJsonObject{{QStringLiteral("provider"), m_provider},
                                    {QStringLiteral("breaker_state"), breaker}});
    else
        m_out.printLine(tr("%1: breaker %2").arg(m_provider, breaker));
    Q_EMIT finished(ExitOk);
}

} // namespace vd::cli
