#include "core/model/providerkind.h"

#include <array>
#include <utility>

namespace vd {

namespace {

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& table, QStringView name)
{
    for (const auto& [v, n] : table) {
        if (name == QLatin1String(n))
            return v;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<ProviderCategory, const char*>, 2> kCategories{{
    {ProviderCategory::Stt, "stt"},
    {ProviderCategory::Tts, "tts"},
}};
constexpr std::array<std::pair<ProviderType, const char*>, 4> kTypes{{
    {ProviderType::Builtin, "builtin"},
    {ProviderType::Custom, "custom"},
    {ProviderType::ThirdParty, "third_party"},
    {ProviderType::Experimental, "experimental"},
}};
constexpr std::array<std::pair<HealthStatus, const char*>, 4> kStatuses{{
    {HealthStatus::Unknown, "UNKNOWN"},
    {HealthStatus::Healthy, "HEALTHY"},
    {HealthStatus::Degraded, "DEGRADED"},
    {HealthStatus::Unhealthy, "UNHEALTHY"},
}};

} // namespace

QString categoryName(ProviderCategory category)
{
    return nameOf(kCategories, category);
}
std::optional<ProviderCategory> categoryFromName(QStringView name)
{
    return valueOf(kCategories, name);
}
QString providerTypeName(ProviderType type)
{
    return nameOf(kTypes, type);
}
std::optional<ProviderType> providerTypeFromName(QStringView name)
{
    return valueOf(kTypes, name);
}
QString healthStatusName(HealthStatus status)
{
    return nameOf(kStatuses, status);
}
std::optional<HealthStatus> healthStatusFromName(QStringView name)
{
    return valueOf(kStatuses, name);
}

} // namespace vd
