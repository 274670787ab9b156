#pragma once

#include "core/resilience/requestrecord.h"

#include <QStringList>

namespace vd::bench {

// The providers the synthetic history spreads its requests over (the built-in cloud ones).
const QStringList& benchProviders();

// The `index`th synthetic request of a history benchmark, finished at `time`: transcriptions and
// syntheses spread over benchProviders(), one in ten failed, each with the one-attempt routing
// trace the router stores, so reading it back costs what reading a real row costs.
RequestRecord benchRecord(qint64 index, const QDateTime& time);

} // namespace vd::bench
