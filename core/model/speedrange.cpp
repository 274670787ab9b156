#include "core/model/speedrange.h"

#include "core/model/settingsschema.h"

#include <algorithm>

namespace vd {

QString SpeedRange::text() const
{
    return QStringLiteral("%1–%2").arg(minimum).arg(maximum);
}

SpeedRange SpeedRange::intersected(const SpeedRange& other) const
{
    return {std::max(minimum, other.minimum), std::min(maximum, other.maximum)};
}

SpeedRange speedRange(const SettingsSchema& schema)
{
    SpeedRange range;
    if (const SettingField* field = schema.field(QStringLiteral("speed")); field) {
        range.minimum = field->minimum.value_or(range.minimum);
        range.maximum = field->maximum.value_or(range.maximum);
    }
    return range;
}

} // namespace vd
