#pragma once

#include "core/config/appconfig.h"
#include "core/config/configerror.h"

namespace vd {

// Checks each "providers" entry against what the provider declares: settings against its
// SettingsSchema, secrets refused (they belong in the keychain). A name no provider answers to
// is only a warning — its entry is kept, since its plugin may simply be absent today — and so
// is a settings key the schema does not know.
ConfigErrors validateProviders(const AppConfig& config, const ProviderLookup& lookup,
                               const QString& file = {});

// The message for a secret found where only the keychain may hold it.
QString secretInConfigProblem(const QString& provider, const QString& field);

} // namespace vd
