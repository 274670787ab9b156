#include "core/credentials/environmentdefaults.h"

#include "core/model/providerinfo.h"

#include <QtGlobal>

namespace vd {

namespace {

bool takesYandexFolder(const ProviderInfo& info)
{
    const bool yandex = info.name.startsWith(QLatin1String("yandex")) ||
                        info.credentialKeys.contains(QLatin1String("yandex"));
    return yandex &&
           (info.settingsSchema.isEmpty() || info.settingsSchema.field(QStringLiteral("folder_id")));
}

} // namespace

QJsonObject applyEnvironmentDefaults(const ProviderInfo& info, QJsonObject settings)
{
    const QString folderKey = QStringLiteral("folder_id");
    if (takesYandexFolder(info) && settings.value(folderKey).toString().isEmpty()) {
        const QString folder = qEnvironmentVariable("YANDEX_FOLDER_ID").trimmed();
        if (!folder.isEmpty())
            settings.insert(folderKey, folder);
    }
    return settings;
}

} // namespace vd
