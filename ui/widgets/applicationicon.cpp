#include "ui/widgets/applicationicon.h"

#include <mutex>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initVoiceDeckResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace vd {

void initUiResources()
{
    static std::once_flag once;
    std::call_once(once, initVoiceDeckResources);
}

QIcon applicationIcon()
{
    initUiResources();
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/voicedeck-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace vd
