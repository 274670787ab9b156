#include "core/config/sectionfield.h"

#include "core/config/appconfig.h"
#include "core/model/jsontypename.h"

#include <cmath>

namespace vd {

namespace {

// Builds a SectionField bound to one int member of one section struct.
template <typename Section>
SectionField intField(const char* section, const char* name, Section AppConfig::*part, int Section::*member,
                      double minimum, double maximum)
{
    SectionField field;
    field.section = QString::fromLatin1(section);
    field.name = QString::fromLatin1(name);
    field.integer = true;
    field.minimum = minimum;
    field.maximum = maximum;
    field.get = [part, member](const AppConfig& c) { return double((c.*part).*member); };
    field.set = [part, member](AppConfig& c, double v) { (c.*part).*member = int(v); };
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
    QList<SectionField> fields{
        intField("routing", "attempt_timeout_ms", &AppConfig::routing, &RoutingSettings::attemptTimeoutMs, 1,
                 hour * 1000),
        intField("routing", "request_deadline_ms", &AppConfig::routing, &RoutingSettings::requestDeadlineMs,
                 1, hour * 1000),
        intField("routing", "max_retries", &AppConfig::routing, &RoutingSettings::maxRetries, 0, 10),
        intField("routing", "hedge_after_ms", &AppConfig::routing, &RoutingSettings::hedgeAfterMs, 0,
                 hour * 1000),
        intField("breaker", "consecutive_failures", &AppConfig::breaker,
                 &BreakerSettings::consecutiveFailures, 1, 10000),
        intField("breaker", "failure_rate_percent", &AppConfig::breaker, &BreakerSettings::failureRatePercent,
                 1, 100),
        intField("breaker", "window_calls", &AppConfig::breaker, &BreakerSettings::windowCalls, 1, 10000),
        intField("breaker", "minimum_calls", &AppConfig::breaker, &BreakerSettings::minimumCalls, 1, 10000),
        intField("breaker", "slow_call_ms", &AppConfig::breaker, &BreakerSettings::slowCallMs, 1,
                 hour * 1000),
        intField("breaker", "slow_call_rate_percent", &AppConfig::breaker,
                 &BreakerSettings::slowCallRatePercent, 1, 100),
        intField("breaker", "open_seconds", &AppConfig::breaker, &BreakerSettings::openSeconds, 1, week),
        intField("breaker", "open_seconds_max", &AppConfig::breaker, &BreakerSettings::openSecondsMax, 1,
                 week),
        intField("breaker", "half_open_calls", &AppConfig::breaker, &BreakerSettings::halfOpenCalls, 1, 1000),
        intField("health", "probe_interval_seconds", &AppConfig::health,
                 &HealthSettings::probeIntervalSeconds, 1, 24 * hour),
        intField("health", "history_hours", &AppConfig::health, &HealthSettings::historyHours, 1, 24 * 366),
        intField("history", "retention_days", &AppConfig::history, &HistorySettings::retentionDays, 1, 3650),
        intField("history", "max_rows", &AppConfig::history, &HistorySettings::maxRows, 1000, 100000000),
    };
    SectionField multiplier;
    multiplier.section = QStringLiteral("breaker");
    multiplier.name = QStringLiteral("open_backoff_multiplier");
    multiplier.integer = false;
    multiplier.minimum = 1;
    multiplier.maximum = 100;
    multiplier.get = [](const AppConfig& c) { return c.breaker.openBackoffMultiplier; };
    multiplier.set = [](AppConfig& c, double v) { c.breaker.openBackoffMultiplier = v; };
    fields.insert(11, multiplier); // the contract's order: right after open_seconds
    return fields;
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
