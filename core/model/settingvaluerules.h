#pragma once

// The rules for one value of a setting, shared by the schema's checks (settingsschema.cpp) and
// the parsing of its JSON form (settingsschemajson.cpp), which checks a declared default by
// them. Internal to core/model: everything else goes through SettingsSchema.

#include "core/model/settingsschema.h"

#include <optional>

namespace vd::settingrules {

// JSON numbers are doubles; integers beyond 2^53 cannot be told apart from their neighbours.
inline constexpr double kMaxExactInteger = 9007199254740992.0;

QString allTypeNames();                 // "string, secret, url, ...", for messages
QString expectedKind(SettingType type); // "a whole number", for messages
bool isWholeNumber(double value);       // and exactly representable as a double
bool isAbsent(const QJsonValue& value); // undefined or null: "not set"
// A null default is treated like no default, as a null value is treated like no value.
bool hasDefault(const SettingField& field);
SettingProblem problem(const QString& field, const char* rule, const QString& sentence);
// Type, range, enum and URL rules for a present, non-secret value of a known field.
std::optional<SettingProblem> checkValue(const SettingField& field, const QJsonValue& value);

} // namespace vd::settingrules
