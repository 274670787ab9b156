#pragma once

#include "core/model/settingsschema.h"

#include <QCoreApplication>

namespace vd {

// How the settings form words a schema field: its label, the value with its unit, and the help
// (what it does, its range and default) shown under it and, with the config file key for people
// who edit the file, as its tooltip.
class SettingTexts
{
    Q_DECLARE_TR_FUNCTIONS(vd::SettingTexts)

public:
    // "Transfer timeout", in the language in use.
    static QString name(const SettingField& field);
    // name(), marked " *" when the field is required.
    static QString label(const SettingField& field);
    // "ms", in the language in use; empty when the field has no unit.
    static QString unit(const SettingField& field);
    // "120000 ms", "on", "json".
    static QString withUnit(const SettingField& field, const QJsonValue& value);
    // "Range: 1000–600000 ms.", the description, "Default: 120000 ms."
    static QString help(const SettingField& field);
    // help() and the key it is stored under in the config file.
    static QString toolTip(const SettingField& field);
};

} // namespace vd
