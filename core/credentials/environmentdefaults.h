#pragma once

#include <QJsonObject>

namespace vd {

struct ProviderInfo;

// Settings that may come from the environment when the configuration leaves them unset
// (PRODUCT.md §1): YANDEX_FOLDER_ID fills the Yandex providers' "folder_id". Read at call time.
QJsonObject applyEnvironmentDefaults(const ProviderInfo& info, QJsonObject settings);

} // namespace vd
