#include "core/config/sectionfield.h"

#include "core/config/appconfig.h"
#include "core/model/jsontypename.h"

#include <cmath>
#include <type_traits>

namespace vd {

namespace {

// Builds a SectionField bound to one member of one section struct: an int or a double.
template <typename Section, typename Value>
SectionField sectionField(const char* section, const char* name, Section AppConfig::*part,
                          Value Section::*member, double minimum, double maximum)
{
    SectionField field;
    field.section = QString::fromLatin1(section);
    field.name = QString::fromLatin1(name);
    field.integer = std::is_integral_v<Value>;
    field.minimum = minimum;
    field.maximum = maximum;
    field.get = [part, member](const AppConfig& c) { return double((c.*part).*member); };
    field.set = [part, member](AppConfig& c, double v) { (c.*part).*member = Value(v); };
    return field;
}

QString formatNumber(double value)
{
    return QString::number(value, 'g', 15);
}

QList<SectionField> makeFields()
{
    constexpr double hour = 3600;
    constexpr double week = 7 * 24 * hour;
    return {
        sectionField("routing", "attempt_timeout_ms", &AppConfig::routing, &RoutingSettings::attemptTimeoutMs,
                     1, hour * 1000),
        sectionField("routing", "request_deadline_ms", &AppConfig::routing,
                     &RoutingSettings::requestDeadlineMs, 1, hour * 1000),
        sectionField("routing", "max_retries", &AppConfig::routing, &RoutingSettings::maxRetries, 0, 10),
        sectionField("routing", "hedge_after_ms", &AppConfig::routing, &RoutingSettings::hedgeAfterMs, 0,
                     hour * 1000),
        sectionField("breaker", "consecutive_failures", &AppConfig::breaker,
                     &BreakerSettings::consecutiveFailures, 1, 10000),
        sectionField("breaker", "failure_rate_percent", &AppConfig::breaker,
                     &BreakerSettings::failureRatePercent, 1, 100),
        sectionField("breaker", "window_calls", &AppConfig::breaker, &BreakerSettings::windowCalls, 1, 10000),
        sectionField("breaker", "minimum_calls", &AppConfig::breaker, &BreakerSettings::minimumCalls, 1,
                     10000),
        sectionField("breaker", "slow_call_ms", &AppConfig::breaker, &BreakerSettings::slowCallMs, 1,
                     hour * 1000),
        sectionField("breaker", "slow_call_rate_percent", &AppConfig::breaker,
                     &BreakerSettings::slowCallRatePercent, 1, 100),
        sectionField("breaker", "open_seconds", &AppConfig::breaker, &BreakerSettings::openSeconds, 1, week),
        sectionField("breaker", "open_backoff_multiplier", &AppConfig::breaker,
                     &BreakerSettings::openBackoffMultiplier, 1, 100),
        sectionField("breaker", "open_seconds_max", &AppConfig::breaker, &BreakerSettings::openSecondsMax, 1,
                     week),
        sectionField("breaker", "half_open_calls", &AppConfig::breaker, &BreakerSettings::halfOpenCalls, 1,
                     1000),
        sectionField("health", "probe_interval_seconds", &AppConfig::health,
                     &HealthSettings::probeIntervalSeconds, 1, 24 * hour),
        sectionField("health", "history_hours", &AppConfig::health, &HealthSettings::historyHours, 1,
                     24 * 366),
        sectionField("health", "probe_timeout_ms", &AppConfig::health, &HealthSettings::probeTimeoutMs, 1000,
                     600000),
        sectionField("health", "probe_wer_threshold", &AppConfig::health, &HealthSettings::probeWerThreshold,
                     0, 1),
        sectionField("history", "retention_days", &AppConfig::history, &HistorySettings::retentionDays, 1,
                     3650),
        sectionField("history", "max_rows", &AppConfig::history, &HistorySettings::maxRows, 1000, 100000000),
    };
}

} // namespace

double SectionField::defaultValue() const
{
    return get(AppConfig{});
}

QJsonValue SectionField::toJson(const AppConfig& config) const
{
    const double value = get(config);
    return integer ? QJsonValue(qint64(value)) : QJsonValue(value);
}

QString SectionField::fileFix() const
{
    return QStringLiteral("; fix the value or remove the key to use the default (%1)")
        .arg(formatNumber(defaultValue()));
}

QString SectionField::check(const QJsonValue& value) const
{
    const QString kind = integer ? QStringLiteral("an integer") : QStringLiteral("a number");
    if (!value.isDouble()) {
        return QStringLiteral("must be %1 from %2 to %3, not %4")
            .arg(kind, formatNumber(minimum), formatNumber(maximum), jsonTypeName(value));
    }
    const double number = value.toDouble();
    const bool wrongKind = integer && std::floor(number) != number;
    if (wrongKind || !std::isfinite(number) || number < minimum || number > maximum) {
        return QStringLiteral("must be %1 from %2 to %3, got %4")
            .arg(kind, formatNumber(minimum), formatNumber(maximum), formatNumber(number));
    }
    return {};
}

const QList<SectionField>& SectionField::all()
{
    static const QList<SectionField> fields = makeFields();
    return fields;
}

const SectionField* SectionField::find(const QString& section, const QString& name)
{
    for (const SectionField& field : all()) {
        if (field.section == section && field.name == name)
            return &field;
    }
    return nullptr;
}

QStringList SectionField::sectionNames()
{
    return {QStringLiteral("routing"), QStringLiteral("breaker"), QStringLiteral("health"),
            QStringLiteral("history")};
}

QStringList SectionField::namesIn(const QString& section)
{
    QStringList names;
    for (const SectionField& field : all()) {
        if (field.section == section)
            names << field.name;
    }
    return names;
}

} // namespace vd
