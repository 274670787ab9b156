#include "core/suites/suiteproviders.h"

#include "core/registry/providerregistry.h"

namespace vd {

void checkSuiteProviders(SuiteLoad& load, const ProviderRegistry& registry, const QString& hint)
{
    const auto check = [&](const QString& field, const QString& name, ProviderCategory category) {
        const std::optional<ProviderInfo> info = registry.info(name);
        if (name.isEmpty() || (info && info->category == category))
            return;
        load.problems.append(SuiteProblem{
            0, QString(), field,
            QStringLiteral("\"%1\" is not a known %2 provider; %3").arg(name, categoryName(category), hint)});
        load.fatal = true;
    };
    check(QStringLiteral("stt_for_tts"), load.suite.sttForTts, ProviderCategory::Stt);
    check(QStringLiteral("tts_for_stt"), load.suite.ttsForStt, ProviderCategory::Tts);
}

} // namespace vd
