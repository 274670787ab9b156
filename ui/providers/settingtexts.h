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
    // "Transfer timeout", "Model *" (a required field).
    static QString label(const SettingField& field);
    // "120000 ms", "on", "json".
    static QString withUnit(const SettingField& field, const QJsonValue& value);
    // The description, then "Range: 1000–600000 ms. Default: 120000 ms."
    static QString help(const SettingField& field);
    // help() and the key it is stored under in the config file.
    static QString toolTip(const SettingField& field);
};

} // namespace vd
