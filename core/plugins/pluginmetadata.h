#pragma once

#include "core/model/providerinfo.h"
#include "core/model/result.h"

#include <QJsonObject>

namespace vd {

// Reads a provider plugin's metadata (the JSON of its Q_PLUGIN_METADATA, PRODUCT.md §6):
// api_version, name, category, type, settings (required); description, version,
// dependencies[], priority, offline, enabled (default true), credential {keys[], env[]}
// (optional). On failure the error is a sentence naming the key and what is wrong with it. The
// api_version is checked first, so a plugin for another VoiceDeck version is reported as such.
Result<ProviderInfo, QString> providerInfoFromMetadata(const QJsonObject& metaData);

} // namespace vd
