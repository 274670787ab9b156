#include "core/providers/example/morseplugin.h"

#include "core/providers/example/morsettsprovider.h"

#include <algorithm>

namespace vd {

std::unique_ptr<Provider> MorsePlugin::create(const ProviderContext& context)
{
    // The factory has validated the settings and filled in defaults; the fallbacks only matter
    // when the plugin is driven directly.
    MorseSettings settings;
    settings.toneHz = context.settings.value(QStringLiteral("tone_hz")).toInt(settings.toneHz);
    settings.wordsPerMinute =
        context.settings.value(QStringLiteral("words_per_minute")).toInt(settings.wordsPerMinute);
    settings.sampleRate = context.settings.value(QStringLiteral("sample_rate"))
                              .toString(QString::number(settings.sampleRate))
                              .toInt();
    // Keep the generator sane even when driven with unchecked settings.
    if (settings.sampleRate <= 0)
        settings.sampleRate = 16000;
    settings.toneHz = std::clamp(settings.toneHz, 20, settings.sampleRate / 2);
    settings.wordsPerMinute = std::max(1, settings.wordsPerMinute);
    return std::make_unique<MorseTtsProvider>(settings);
}

} // namespace vd
