#include "core/resilience/probebudget.h"

#include "core/resilience/samplering.h"

#include <QCoreApplication>

namespace vd {

ProbeBudget ProbeBudget::fromSettings(const QJsonObject& settings)
{
    ProbeBudget budget;
    budget.perHour = std::max(0, settings.value(QLatin1String("probe_budget_per_hour")).toInt(0));
    budget.perDay = std::max(0, settings.value(QLatin1String("probe_budget_per_day")).toInt(0));
    return budget;
}

ProbeBudget::Usage ProbeBudget::usage(const SampleRing& history, const QDateTime& now)
{
    Usage used;
    const QDateTime hourAgo = now.addSecs(-3600);
    for (int i = history.indexAtOrAfter(now.addDays(-1)); i < history.size(); ++i) {
        const HealthSample& sample = history.at(i);
        if (!sample.probe)
            continue;
        ++used.lastDay;
        if (sample.time >= hourAgo)
            ++used.lastHour;
    }
    return used;
}

std::optional<QString> ProbeBudget::exhausted(const Usage& used) const
{
    if (perHour > 0 && used.lastHour >= perHour)
        return QCoreApplication::translate("vd::ProbeBudget", "probe budget of %1/hour used").arg(perHour);
    if (perDay > 0 && used.lastDay >= perDay)
        return QCoreApplication::translate("vd::ProbeBudget", "probe budget of %1/day used").arg(perDay);
    return std::nullopt;
}

QJsonObject ProbeBudget::toJson(const Usage& used) const
{
    return {{QStringLiteral("per_hour"), perHour},
            {QStringLiteral("per_day"), perDay},
            {QStringLiteral("used_last_hour"), used.lastHour},
            {QStringLiteral("used_last_day"), used.lastDay}};
}

} // namespace vd
