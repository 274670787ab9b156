#pragma once

#include <chrono>

namespace vd {

// The "routing", "breaker", "health" and "history" sections of the config file (PRODUCT.md §2), with the
// contract's defaults. The config file loads them; the resilience engine consumes them.

struct RoutingSettings
{
    int attemptTimeoutMs = 30000;
    int requestDeadlineMs = 90000;
    int maxRetries = 1;
    int hedgeAfterMs = 0; // 0 = no hedging

    bool operator==(const RoutingSettings&) const = default;
};

struct BreakerSettings
{
    int consecutiveFailures = 5;
    int failureRatePercent = 50;
    int windowCalls = 20;
    int minimumCalls = 10;
    int slowCallMs = 10000;
    int slowCallRatePercent = 100;
    int openSeconds = 300;
    double openBackoffMultiplier = 1.0;
    int openSecondsMax = 1800;
    int halfOpenCalls = 1;

    bool operator==(const BreakerSettings&) const = default;
};

struct HealthSettings
{
    int probeIntervalSeconds = 60;
    int historyHours = 24;
    // How long a probe may take before it counts as a timeout. A round trip through offline
    // engines on a slow or busy machine can need more than the default.
    int probeTimeoutMs = 30000;
    // A round-trip probe (a provider's `quality_probe` setting) whose word error rate is over
    // this makes the provider DEGRADED (issue #14).
    double probeWerThreshold = 0.25;

    bool operator==(const HealthSettings&) const = default;
};

// The "history" section: how long the request/probe/suite-run history database keeps rows.
struct HistorySettings
{
    int retentionDays = 90;
    int maxRows = 1000000; // per table; the oldest rows go first

    bool operator==(const HistorySettings&) const = default;
};

} // namespace vd
