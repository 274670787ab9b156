#include "app/cli/metrics/metricsrenderer.h"

#include <cmath>

namespace vd::cli {

namespace {

using Labels = QList<std::pair<QString, QString>>;

QString escape(QString value)
{
    return value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""))
        .replace(QLatin1Char('\n'), QStringLiteral("\\n"));
}

QString number(double value)
{
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    if (std::isnan(value))
        return QStringLiteral("NaN");
    return QString::number(value, 'g', 15);
}

// Accumulates families; each family's HELP and TYPE come once, before its samples.
class Exposition
{
public:
    void family(const QString& name, const QString& type, const QString& help)
    {
        m_text += QStringLiteral("# HELP %1 %2\n# TYPE %1 %3\n").arg(name, help, type);
    }
    void sample(const QString& name, const Labels& labels, double value)
    {
        QStringList parts;
        for (const auto& [key, text] : labels)
            parts << QStringLiteral("%1=\"%2\"").arg(key, escape(text));
        m_text += name;
        if (!parts.isEmpty())
            m_text += QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
        m_text += QLatin1Char(' ') + number(value) + QLatin1Char('\n');
    }
    QByteArray text() const { return m_text.toUtf8(); }

private:
    QString m_text;
};

const QList<HealthStatus> kStatuses{HealthStatus::Unknown, HealthStatus::Healthy, HealthStatus::Degraded,
                                    HealthStatus::Unhealthy};
const QList<BreakerState> kBreakerStates{BreakerState::Closed, BreakerState::Open, BreakerState::HalfOpen,
                                         BreakerState::ForcedOpen, BreakerState::Disabled};

void gauge(Exposition& out, const QList<ProviderMetrics>& providers, const QString& name, const QString& help,
           double (*value)(const ProviderMetrics&))
{
    out.family(name, QStringLiteral("gauge"), help);
    for (const ProviderMetrics& p : providers)
        out.sample(name, {{QStringLiteral("provider"), p.provider}}, value(p));
}

void requestMetrics(Exposition& out, const QList<ProviderMetrics>& providers)
{
    const QString total = QStringLiteral("voicedeck_requests_total");
    out.family(
        total, QStringLiteral("counter"),
        QStringLiteral("Calls and health probes seen since the monitor started, by type (call, probe) and "
                       "outcome (ok or the error kind)."));
    for (const ProviderMetrics& p : providers) {
        // Successes always appear, so a provider without traffic shows 0 rather than nothing.
        QMap<std::pair<QString, QString>, quint64> counts = p.tally.counts();
        for (const QString& type : {QStringLiteral("call"), QStringLiteral("probe")})
            counts.insert({type, QStringLiteral("ok")}, counts.value({type, QStringLiteral("ok")}));
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            out.sample(total,
                       {{QStringLiteral("provider"), p.provider},
                        {QStringLiteral("type"), it.key().first},
                        {QStringLiteral("outcome"), it.key().second}},
                       double(it.value()));
    }
    const QString duration = QStringLiteral("voicedeck_request_duration_seconds");
    out.family(
        duration, QStringLiteral("histogram"),
        QStringLiteral("Response time of the calls and health probes seen since the monitor started."));
    const QList<double>& bounds = SampleTally::bucketBounds();
    for (const ProviderMetrics& p : providers) {
        for (const QString& type : {QStringLiteral("call"), QStringLiteral("probe")}) {
            const SampleTally::Histogram histogram = p.tally.histograms().value(type);
            const Labels labels{{QStringLiteral("provider"), p.provider}, {QStringLiteral("type"), type}};
            quint64 cumulative = 0;
            for (qsizetype i = 0; i <= bounds.size(); ++i) {
                cumulative += histogram.buckets.value(i);
                Labels bucket = labels;
                bucket.append({QStringLiteral("le"),
                               i < bounds.size() ? number(bounds.at(i)) : QStringLiteral("+Inf")});
                out.sample(duration + QStringLiteral("_bucket"), bucket, double(cumulative));
            }
            out.sample(duration + QStringLiteral("_sum"), labels, histogram.sumSeconds);
            out.sample(duration + QStringLiteral("_count"), labels, double(histogram.count));
        }
    }
    const QString invalidAudio = QStringLiteral("voicedeck_invalid_audio_total");
    out.family(invalidAudio, QStringLiteral("counter"),
               QStringLiteral("Text-to-speech answers refused for their audio (silent, cut off, absurdly "
                              "long, wrong sample rate) since the monitor started; counted in "
                              "voicedeck_requests_total as invalid_response too."));
    for (const ProviderMetrics& p : providers) {
        if (p.category == ProviderCategory::Tts)
            out.sample(invalidAudio, {{QStringLiteral("provider"), p.provider}},
                       double(p.tally.invalidAudio()));
    }
}

} // namespace

QByteArray MetricsRenderer::render(const QList<ProviderMetrics>& providers)
{
    Exposition out;
    out.family(QStringLiteral("voicedeck_provider_info"), QStringLiteral("gauge"),
               QStringLiteral("Every known provider, with its category (stt, tts); always 1."));
    for (const ProviderMetrics& p : providers)
        out.sample(QStringLiteral("voicedeck_provider_info"),
                   {{QStringLiteral("provider"), p.provider},
                    {QStringLiteral("category"), categoryName(p.category)}},
                   1);
    gauge(out, providers, QStringLiteral("voicedeck_provider_enabled"),
          QStringLiteral("1 when the provider is enabled in the config."),
          [](const ProviderMetrics& p) { return p.enabled ? 1.0 : 0.0; });
    gauge(out, providers, QStringLiteral("voicedeck_provider_configured"),
          QStringLiteral("1 when the provider has the credential and settings it needs."),
          [](const ProviderMetrics& p) { return p.configured ? 1.0 : 0.0; });
    gauge(out, providers, QStringLiteral("voicedeck_provider_up"),
          QStringLiteral("1 when the provider's health status is HEALTHY or DEGRADED, else 0."),
          [](const ProviderMetrics& p) {
              return p.status == HealthStatus::Healthy || p.status == HealthStatus::Degraded ? 1.0 : 0.0;
          });
    out.family(QStringLiteral("voicedeck_provider_health_status"), QStringLiteral("gauge"),
               QStringLiteral("1 for the provider's current health status, 0 for the others."));
    for (const ProviderMetrics& p : providers) {
        for (HealthStatus status : kStatuses)
            out.sample(QStringLiteral("voicedeck_provider_health_status"),
                       {{QStringLiteral("provider"), p.provider},
                        {QStringLiteral("status"), healthStatusName(status)}},
                       p.status == status ? 1 : 0);
    }
    out.family(QStringLiteral("voicedeck_breaker_state"), QStringLiteral("gauge"),
               QStringLiteral("1 for the circuit breaker's current state, 0 for the others."));
    for (const ProviderMetrics& p : providers) {
        for (BreakerState state : kBreakerStates)
            out.sample(QStringLiteral("voicedeck_breaker_state"),
                       {{QStringLiteral("provider"), p.provider},
                        {QStringLiteral("state"), breakerStateName(state)}},
                       p.breaker == state ? 1 : 0);
    }
    gauge(out, providers, QStringLiteral("voicedeck_breaker_open_remaining_seconds"),
          QStringLiteral("Seconds until an OPEN breaker lets trial calls through; 0 unless OPEN."),
          [](const ProviderMetrics& p) { return p.openRemainingSeconds; });
    gauge(out, providers, QStringLiteral("voicedeck_provider_consecutive_failures"),
          QStringLiteral("Failed calls and probes in a row, as the health record counts them."),
          [](const ProviderMetrics& p) { return double(p.consecutiveFailures); });
    const QString wer = QStringLiteral("voicedeck_probe_wer");
    out.family(
        wer, QStringLiteral("gauge"),
        QStringLiteral("Word error rate of the provider's last round-trip health probe (its quality_probe "
                       "setting), 0 to 1 and more; absent when not measured."));
    for (const ProviderMetrics& p : providers) {
        if (p.probeWer)
            out.sample(wer, {{QStringLiteral("provider"), p.provider}}, *p.probeWer);
    }
    requestMetrics(out, providers);
    return out.text();
}

} // namespace vd::cli
