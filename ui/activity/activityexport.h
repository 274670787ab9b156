#pragma once

#include "ui/activity/activityentry.h"

#include <QByteArray>
#include <QList>

namespace vd {

// The Activity page's export formats. Pure functions of the entries, so they can run on a
// worker thread over a copy of the log.

// Header row time,operation,provider,outcome,latency_ms,bytes,error then one row per entry
// (time ISO 8601 UTC with milliseconds, outcome "ok" or the error kind, RFC 4180 quoting).
QByteArray activityToCsv(const QList<ActivityEntry>& entries);
// A JSON array of {"time", "operation", "provider", "outcome", "latency_ms", "bytes",
// "error": {...} (failures only), "trace": {...} (routed requests only, RoutingTrace::toJson)}.
QByteArray activityToJson(const QList<ActivityEntry>& entries);

} // namespace vd
