#include "core/providers/builtinproviders.h"

#include "core/providers/google/googledefinitions.h"
#include "core/providers/google/googlespeechtotext.h"
#include "core/providers/google/googletexttospeech.h"
#include "core/providers/openai/openaidefinitions.h"
#include "core/providers/openai/openaispeechtotext.h"
#include "core/providers/openai/openaitexttospeech.h"
#include "core/providers/yandex/yandexdefinitions.h"
#include "core/providers/yandex/yandexspeechtotext.h"
#include "core/providers/yandex/yandextexttospeech.h"

namespace vd {

namespace {

template <typename ProviderClass> ProviderDefinition definition(ProviderInfo info)
{
    return {std::move(info),
            [](const ProviderContext& context) -> std::unique_ptr<Provider> {
                return std::make_unique<ProviderClass>(context);
            },
            QStringLiteral("builtin")};
}

} // namespace

QList<ProviderDefinition> builtinProviderDefinitions()
{
    return {
        definition<OpenAiSpeechToText>(openAiSpeechToTextInfo()),
        definition<GoogleSpeechToText>(googleSpeechToTextInfo()),
        definition<YandexSpeechToText>(yandexSpeechToTextInfo()),
        definition<OpenAiTextToSpeech>(openAiTextToSpeechInfo()),
        definition<GoogleTextToSpeech>(googleTextToSpeechInfo()),
        definition<YandexTextToSpeech>(yandexTextToSpeechInfo()),
    };
}

} // namespace vd
