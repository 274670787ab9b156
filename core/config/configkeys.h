#pragma once

#include "core/config/appconfig.h"
#include "core/config/configerror.h"
#include "core/model/result.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace vd {

// `config get KEY` / `config set KEY VALUE` (PRODUCT.md §4) on dotted keys:
//   version; routing|breaker|health[.<name>]; providers[.<provider>[.enabled|.priority|
//   .settings[.<field>]]].
// Set parses the text into the key's type and applies the same rules as loading the file;
// provider settings go through the provider's SettingsSchema, and secrets are refused with a
// pointer to `keys set`. Unknown keys are rejected with the valid keys of their section.

// The effective value: section keys include defaults. Unset provider values come from the
// provider's declared defaults when `lookup` knows it, else they are Undefined.
Result<QJsonValue, ConfigError> getValue(const AppConfig& config, const QString& dottedKey,
                                         const ProviderLookup& lookup = {});
Result<AppConfig, ConfigError> setValue(AppConfig config, const QString& dottedKey, const QString& text,
                                        const ProviderLookup& lookup);
// Removes a value so the default applies again ("providers.<name>" removes the whole entry).
Result<AppConfig, ConfigError> unsetValue(AppConfig config, const QString& dottedKey);

// Every settable key outside "providers" ("routing.max_retries", …), for help and completion.
QStringList sectionKeys();

} // namespace vd
