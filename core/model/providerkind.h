#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace vd {

enum class ProviderCategory
{
    Stt,
    Tts
};
// builtin: shipped with VoiceDeck; the others come as plugins (PRODUCT.md §6).
enum class ProviderType
{
    Builtin,
    Custom,
    ThirdParty,
    Experimental
};
enum class HealthStatus
{
    Unknown,
    Healthy,
    Degraded,
    Unhealthy
};

// Contract names: "stt"/"tts"; "builtin"/"custom"/"third_party"/"experimental";
// "UNKNOWN"/"HEALTHY"/"DEGRADED"/"UNHEALTHY".
QString categoryName(ProviderCategory category);
std::optional<ProviderCategory> categoryFromName(QStringView name);
QString providerTypeName(ProviderType type);
std::optional<ProviderType> providerTypeFromName(QStringView name);
QString healthStatusName(HealthStatus status);
std::optional<HealthStatus> healthStatusFromName(QStringView name);

} // namespace vd
