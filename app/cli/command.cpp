#include "app/cli/command.h"

#include "core/registry/providerregistry.h"
#include "core/runtime/runtime.h"

namespace vd::cli {

bool Command::checkProviderName(const QString& name, const char* category) const
{
    const std::optional<ProviderInfo> info = m_runtime->registry().info(name);
    const std::optional<ProviderCategory> wanted =
        category ? categoryFromName(QString::fromLatin1(category)) : std::nullopt;
    if (info && (!wanted || info->category == *wanted))
        return true;
    QStringList known;
    for (const ProviderInfo& candidate : m_runtime->registry().availableProviders(wanted, false))
        known << candidate.name;
    const QString kind = wanted ? categoryName(*wanted) + QLatin1Char(' ') : QString();
    const QString choices = wanted ? QStringLiteral("auto or one of") : QStringLiteral("one of");
    m_out.error(QStringLiteral("unknown %1provider \"%2\"; use %3: %4")
                    .arg(kind, name, choices, known.join(QStringLiteral(", "))));
    return false;
}

} // namespace vd::cli
