#pragma once

#include "app/cli/clioutput.h"
#include "core/model/providerjob.h"
#include "core/resilience/routingtrace.h"

#include <QJsonObject>

namespace vd::cli {

// The parts of `transcribe --json` and `speak --json` that are the same (PRODUCT.md §4):
// ok, provider, latency_ms, attempts, skipped, and error on failure.
QJsonObject routedResultJson(const ProviderJob& job, const RoutingTrace& trace, const QString& provider,
                             double latencyMs);
// The exit code of a finished routed job: 0 on success, 2 when the request itself was at fault
// (e.g. text over the provider's limit), 1 when the providers failed.
int routedExitCode(const ProviderJob& job);
// Prints the routing trace to stderr with --verbose, and the error on failure.
void reportRouting(const CliOutput& out, const ProviderJob& job, const RoutingTrace& trace);
// The word error rate of `hypothesis` (from `provider`, when several answer) against `reference`;
// null, with the reason on stderr, when the texts are too long to align in bounded time.
QJsonValue werJson(const CliOutput& out, const QString& reference, const QString& hypothesis,
                   const QString& provider = {});

} // namespace vd::cli
