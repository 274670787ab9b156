#pragma once

#include "core/config/configerror.h"
#include "core/config/resiliencesettings.h"
#include "core/model/result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <functional>
#include <optional>

namespace vd {

struct ProviderInfo;

// Finds a provider's metadata by name; nullptr when no such provider is known (its plugin may
// be absent). The registry supplies it; config code never depends on the registry itself.
using ProviderLookup = std::function<const ProviderInfo*(const QString& name)>;

// One entry of the "providers" object. Unset values fall back to the provider's own defaults.
struct ProviderConfig
{
    std::optional<bool> enabled;
    std::optional<int> priority;
    QJsonObject settings; // as in the file; validated against the provider's schema separately

    bool operator==(const ProviderConfig&) const = default;
};

// The configuration file's content (PRODUCT.md §2) as a value. `document` is the JSON it was
// read from: keys VoiceDeck does not know (top level, per provider, inside sections) are
// written back from it, so a newer VoiceDeck's or a user's additions survive a save.
struct AppConfig
{
    static constexpr int currentVersion = 1;

    int version = currentVersion;
    QMap<QString, ProviderConfig> providers;
    RoutingSettings routing;
    BreakerSettings breaker;
    HealthSettings health;
    HistorySettings history;
    QJsonObject document;

    // Parses and validates a whole document; reports every problem, each naming its dotted key.
    static Result<AppConfig, ConfigErrors> fromJson(const QJsonObject& root, const QString& file = {});
    // As fromJson, but keeps what did parse: a value that fails its check keeps its default. Lets
    // callers check further (provider settings) and report every problem of a file at once.
    static AppConfig parse(const QJsonObject& root, const QString& file, ConfigErrors& errors);
    // The document to save: `document` updated with what is set here. Section keys absent from
    // `document` are written only when they differ from the default; "version" always is.
    QJsonObject toJson() const;
    // Range and consistency checks of the values held here (as fromJson applies them).
    ConfigErrors validate(const QString& file = {}) const;

    bool operator==(const AppConfig&) const = default;
};

// Empty when `value` is an acceptable provider priority (an integer from 0 up), else the rule.
QString checkProviderPriority(const QJsonValue& value);

} // namespace vd
