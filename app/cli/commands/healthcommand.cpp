#include "app/cli/commands/healthcommand.h"

#include "app/cli/terminationsignals.h"
#include "core/registry/providerregistry.h"
#include "core/resilience/breakerstate.h"
#include "core/resilience/circuitbreaker.h"
#include "core/resilience/healthmonitor.h"
#include "core/resilience/resiliencestate.h"
#include "core/resilience/routingtrace.h"
#include "core/runtime/configuredproviders.h"
#include "core/runtime/runtime.h"

#include <QDateTime>

namespace vd::cli {

namespace {
constexpr int kMaxWatchSeconds = 86400;
// Clear the screen and move the cursor home (ANSI), so each round redraws in place.
const QString kClearScreen = QStringLiteral("\x1b[H\x1b[2J");
// Skip reason of a provider whose probe budget (probe_budget_per_hour/day) is spent.
const QString kProbeBudget = QStringLiteral("probe_budget");
} // namespace

HealthCommand::~HealthCommand() = default;

void HealthCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("provider"),
                      tr("Probe only this provider (repeatable), even when disabled or needing attention "
                         "(default: every enabled, configured provider)."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("watch"),
         tr("Repeat the checks every SECONDS (1 to %1) until Ctrl+C or SIGTERM (default: check once).")
             .arg(kMaxWatchSeconds),
         QStringLiteral("SECONDS")});
}

int HealthCommand::prepare(const QCommandLineParser& parser)
{
    m_named = parser.values(QStringLiteral("provider"));
    m_named.removeDuplicates();
    for (const QString& name : std::as_const(m_named)) {
        if (!checkProviderName(name))
            return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("watch"))) {
        bool ok = false;
        m_watchSeconds = parser.value(QStringLiteral("watch")).toInt(&ok);
        if (!ok || m_watchSeconds < 1 || m_watchSeconds > kMaxWatchSeconds) {
            m_out.error(tr("--watch needs whole seconds from 1 to %1, got \"%2\"")
                            .arg(kMaxWatchSeconds)
                            .arg(parser.value(QStringLiteral("watch"))));
            return ExitUsage;
        }
    }
    return ExitOk;
}

void HealthCommand::run()
{
    HealthMonitor& monitor = m_runtime->health();
    connect(&monitor, &HealthMonitor::probeFinished, this, &HealthCommand::onProbeFinished);
    if (m_watchSeconds > 0) {
        m_signals = new TerminationSignals(this);
        connect(m_signals, &TerminationSignals::received, this, &HealthCommand::stop);
        m_next.setSingleShot(true);
        connect(&m_next, &QTimer::timeout, this, &HealthCommand::startRound);
    }
    startRound();
}

void HealthCommand::startRound()
{
    ++m_round;
    m_rows.clear();
    m_pending.clear();
    m_namedSkipped = false;
    HealthMonitor& monitor = m_runtime->health();
    ProviderDirectory& directory = m_runtime->providers();
    if (m_named.isEmpty()) {
        monitor.probeAll();
        for (const ProviderInfo& info :
             m_runtime->registry().availableProviders(ProviderCategory::Stt, false) +
                 m_runtime->registry().availableProviders(ProviderCategory::Tts, false)) {
            const QString& name = info.name;
            const std::optional<RouteCandidate> candidate = directory.candidate(name);
            if (!candidate)
                continue;
            if (monitor.isProbing(name)) {
                m_pending.insert(name, int(m_rows.size()));
                m_rows.append(Row{name, {}, {}, {}, {}, -1.0});
            } else if (!candidate->info.enabled) {
                skip(name, SkipReason::Disabled, tr("disabled in the config"));
            } else if (!candidate->configured) {
                skip(name, SkipReason::NotConfigured, candidate->unavailable.message);
            } else if (const auto spent = monitor.probeBudgetExhausted(*candidate)) {
                skip(name, kProbeBudget, *spent);
            } else {
                skip(name, SkipReason::NeedsAttention, m_runtime->resilience().attentionReason(name));
            }
        }
    } else {
        for (const QString& name : std::as_const(m_named)) {
            const std::optional<RouteCandidate> candidate = directory.candidate(name);
            if (candidate && candidate->configured && monitor.probe(name)) {
                m_pending.insert(name, int(m_rows.size()));
                m_rows.append(Row{name, {}, {}, {}, {}, -1.0});
            } else {
                // Asked for by name but impossible to check: say why, and fail the command.
                const QString why = candidate ? candidate->unavailable.message : tr("unknown provider");
                skip(name, SkipReason::NotConfigured, why);
                m_out.error(QStringLiteral("%1: %2").arg(name, why));
                m_namedSkipped = true;
            }
        }
    }
    if (m_pending.isEmpty())
        finishRound();
}

void HealthCommand::skip(const QString& name, const QString& reason, const QString& text)
{
    m_rows.append(Row{name, QStringLiteral("skipped"), reason, {}, text, -1.0});
    m_out.diagnostic(tr("not probing %1: %2 (%3)").arg(name, reason, text));
}

void HealthCommand::onProbeFinished(const QString& name, bool ok)
{
    const auto it = m_pending.constFind(name);
    if (it == m_pending.constEnd())
        return;
    Row& row = m_rows[*it];
    m_pending.erase(it);
    row.outcome = ok ? QStringLiteral("ok") : QStringLiteral("failed");
    const SampleRing& history = m_runtime->health().history(name);
    if (!history.isEmpty() && history.last().probe) {
        const HealthSample& sample = history.last();
        row.latencyMs = sample.latencyMs;
        if (sample.error)
            row.errorKind = errorKindName(*sample.error);
    }
    if (!ok)
        row.errorText = m_runtime->resilience().health(name).lastError();
    if (m_pending.isEmpty())
        finishRound();
}

QJsonObject HealthCommand::rowJson(const Row& row)
{
    ResilienceState& state = m_runtime->resilience();
    const std::optional<ProviderInfo> info = m_runtime->registry().info(row.provider);
    const HealthInfo summary = state.summary(row.provider);
    QJsonObject json{
        {QStringLiteral("provider"), row.provider},
        {QStringLiteral("category"), info ? categoryName(info->category) : QString()},
        {QStringLiteral("status"), healthStatusName(summary.status)},
        {QStringLiteral("breaker_state"), breakerStateName(state.breaker(row.provider)->state())},
        {QStringLiteral("outcome"), row.outcome},
        {QStringLiteral("latency_ms"), row.latencyMs >= 0 ? QJsonValue(row.latencyMs) : QJsonValue()},
        {QStringLiteral("wer"), summary.probeWer ? QJsonValue(*summary.probeWer) : QJsonValue()},
    };
    if (!summary.qualityProblem.isEmpty())
        json.insert(QStringLiteral("quality_problem"), summary.qualityProblem);
    if (row.outcome == QLatin1String("skipped")) {
        json.insert(QStringLiteral("reason"), row.reason);
        json.insert(QStringLiteral("message"), row.errorText);
    }
    if (const auto candidate = m_runtime->providers().candidate(row.provider);
        candidate && candidate->probeBudget.isLimited()) {
        const ProbeBudget::Usage used =
            ProbeBudget::usage(state.health(row.provider).history(), state.clock().wallNow().toUTC());
        json.insert(QStringLiteral("probe_budget"), candidate->probeBudget.toJson(used));
    }
    json.insert(QStringLiteral("error"),
                row.outcome == QLatin1String("failed")
                    ? QJsonValue(QJsonObject{{QStringLiteral("kind"), row.errorKind},
                                             {QStringLiteral("message"), row.errorText}})
                    : QJsonValue());
    return json;
}

QString HealthCommand::rowText(const Row& row)
{
    ResilienceState& state = m_runtime->resilience();
    const HealthInfo summary = state.summary(row.provider);
    const QString status = healthStatusName(summary.status);
    const QString latency =
        row.latencyMs >= 0 ? QStringLiteral("%1 ms").arg(row.latencyMs, 0, 'f', 0) : QString();
    QString detail = row.outcome == QLatin1String("skipped") ? row.reason : row.errorText;
    if (row.outcome == QLatin1String("skipped") &&
        (row.reason == SkipReason::NeedsAttention || row.reason == kProbeBudget))
        detail += QStringLiteral(": ") + row.errorText;
    if (row.outcome == QLatin1String("ok") && summary.probeWer) {
        detail = tr("WER %1 %").arg(qRound(*summary.probeWer * 100));
        if (!summary.qualityProblem.isEmpty())
            detail += tr(", over health.probe_wer_threshold (%1 %)")
                          .arg(qRound(state.healthSettings().probeWerThreshold * 100));
    }
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(row.provider, -18)
        .arg(status, -10)
        .arg(row.outcome, -8)
        .arg(latency, 9)
        .arg(detail)
        .trimmed();
}

void HealthCommand::finishRound()
{
    bool unhealthy = m_namedSkipped;
    QJsonArray providers;
    QStringList lines;
    for (const Row& row : std::as_const(m_rows)) {
        if (row.outcome != QLatin1String("skipped") &&
            m_runtime->resilience().status(row.provider) == HealthStatus::Unhealthy)
            unhealthy = true;
        providers.append(rowJson(row));
        lines << rowText(row);
    }
    const int exitCode = unhealthy ? ExitProvidersFailed : ExitOk;
    const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (m_out.json()) {
        const QJsonObject document{{QStringLiteral("ok"), !unhealthy},
                                   {QStringLiteral("time"), time},
                                   {QStringLiteral("providers"), providers}};
        if (m_watchSeconds > 0)
            m_out.printJsonLine(document);
        else
            m_out.printJson(document);
    } else {
        if (m_watchSeconds > 0) {
            if (CliOutput::stdoutIsTerminal())
                m_out.printRaw(kClearScreen);
            else if (m_round > 1)
                m_out.printLine(QString());
            m_out.printLine(tr("Every %1 s: voicedeck-cli health (round %2, %3; Ctrl+C to stop)")
                                .arg(m_watchSeconds)
                                .arg(m_round)
                                .arg(time));
        }
        m_out.printLine(QStringLiteral("%1 %2 %3 %4 %5")
                            .arg(QStringLiteral("PROVIDER"), -18)
                            .arg(QStringLiteral("STATUS"), -10)
                            .arg(QStringLiteral("PROBE"), -8)
                            .arg(QStringLiteral("LATENCY"), 9)
                            .arg(QStringLiteral("DETAIL"))
                            .trimmed());
        for (const QString& line : std::as_const(lines))
            m_out.printLine(line);
    }
    if (m_watchSeconds == 0) {
        Q_EMIT finished(exitCode);
        return;
    }
    if (!m_stopping)
        m_next.start(m_watchSeconds * 1000);
}

void HealthCommand::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_next.stop();
    m_out.diagnostic(tr("stopping on signal; saving state"));
    // Probes still in flight are abandoned: their results would arrive after the last report.
    Q_EMIT finished(ExitOk);
}

} // namespace vd::cli
