#include "app/cli/command.h"

#include "core/registry/providerregistry.h"
#include "core/runtime/runtime.h"

namespace vd::cli {

bool Command::checkProviderName(const QString& name, const char* category) const
{
    const std::optional<ProviderInfo> info = m_runtime->registry().info(name);
    const QString wanted = QString::fromLatin1(category);
    if (info && categoryName(info->category) == wanted)
        return true;
    QStringList known;
    for (const ProviderInfo& candidate : m_runtime->registry().availableProviders(categoryFromName(wanted), false))
        known << candidate.name;
    m_out.error(QStringLiteral("unknown %1 provider \"%2\"; use auto or one of: %3")
                    .arg(wanted, name, known.join(QStringLiteral(", "))));
    return false;
}

} // namespace vd::cli
