#include "core/network/cloudsettings.h"

#include <QCoreApplication>

namespace vd {

SettingField settingField(const QString& name, SettingType type, const QJsonValue& defaultValue, bool required,
                          const QString& description, const QStringList& allowedValues, std::optional<double> minimum,
                          std::optional<double> maximum)
{
    SettingField field;
    field.name = name;
    field.type = type;
    field.defaultValue = defaultValue;
    field.required = required;
    field.description = description;
    field.allowedValues = allowedValues;
    field.minimum = minimum;
    field.maximum = maximum;
    return field;
}

SettingField baseUrlField(const QString& defaultUrl)
{
    return settingField(QStringLiteral("base_url"), SettingType::Url, defaultUrl, true,
                        QCoreApplication::translate("vd::CloudSettings",
                                                    "Service base URL; https://, or http:// only for this machine "
                                                    "(127.0.0.1, ::1, localhost)."));
}

SettingField transferTimeoutField()
{
    return settingField(QStringLiteral("timeout_ms"), SettingType::Int, 120000, false,
                        QCoreApplication::translate("vd::CloudSettings",
                                                    "Safety net: abort a transfer when no data moves for this many "
                                                    "milliseconds (the routing attempt timeout applies first)."),
                        {}, 1000.0, 600000.0);
}

} // namespace vd
