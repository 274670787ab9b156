#pragma once

#include "core/model/providerkind.h"
#include "core/model/settingsschema.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace vd {

// A provider's latest health summary (the seed's ProviderHealthInfo), made on demand from the
// resilience state, which alone holds health (ResilienceState::summary, HealthMonitor::summary).
struct HealthInfo
{
    HealthStatus status = HealthStatus::Unknown;
    QString attentionReason; // non-empty when UNHEALTHY because the user must act (auth, quota)
    QDateTime lastCheck;
    int failureCount = 0;
    int consecutiveFailures = 0;
    QString lastError;
    double meanResponseMs = 0.0;
    std::optional<double> probeWer; // the last round-trip probe's word error rate, when measured
    // Non-empty when DEGRADED because that WER is over health.probe_wer_threshold: says by how much.
    QString qualityProblem;

    bool operator==(const HealthInfo&) const = default;
};

// Everything known about a provider without creating it (the seed's ProviderInfo).
struct ProviderInfo
{
    QString name;
    ProviderCategory category = ProviderCategory::Stt;
    ProviderType type = ProviderType::Builtin;
    QString description;
    QString version = QStringLiteral("1.0.0");
    QStringList dependencies;
    SettingsSchema settingsSchema;
    int priority = 100; // lower is tried first
    bool enabled = true;
    bool offline = false; // needs no network (skipped by nothing when the OS reports offline)
    // Keychain names this provider's credential may be stored under, most specific first
    // ("openai_stt", "openai"), and the environment variables that may hold it. Empty when the
    // provider needs no credential.
    QStringList credentialKeys;
    QStringList credentialEnvironment;

    bool needsCredential() const { return !credentialKeys.isEmpty() || !credentialEnvironment.isEmpty(); }
};

} // namespace vd
