#pragma once

#include "core/model/settingsschema.h"

#include <optional>

namespace vd {

// Settings every cloud provider declares, and a compact way to write the others.

// A field of a cloud provider; its form label and unit come from one table of the keys the cloud
// providers share (a key not in it shows as its humanised name).
SettingField settingField(const QString& name, SettingType type, const QJsonValue& defaultValue,
                          bool required, const QString& description, const QStringList& allowedValues = {},
                          std::optional<double> minimum = std::nullopt,
                          std::optional<double> maximum = std::nullopt);
// base_url (type url, required) with the vendor's documented default.
SettingField baseUrlField(const QString& defaultUrl);
// timeout_ms: the idle-transfer safety net of the HTTP layer.
SettingField transferTimeoutField();
// probe_budget_per_hour / probe_budget_per_day: how many automatic health probes a metered API
// may get (0 = no limit; see ProbeBudget), and quality_probe: whether a probe is a round trip
// that measures the word error rate (RoundTripProbeJob; off by default, as it bills a request).
QList<SettingField> probeSettingFields();

// A BCP-47 tag with a region, as Google and Yandex want it: "en" → "en-US", "ru" → "ru-RU";
// tags that already have a region, and unknown languages, are returned as they are.
QString regionalLanguage(const QString& language);

} // namespace vd
