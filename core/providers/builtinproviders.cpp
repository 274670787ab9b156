#include "core/providers/builtinproviders.h"

#include "core/providers/cloud/cloudspeechtotext.h"
#include "core/providers/cloud/cloudtexttospeech.h"
#include "core/providers/google/googledefinitions.h"
#include "core/providers/openai/openaidefinitions.h"
#include "core/providers/yandex/yandexdefinitions.h"

namespace vd {

namespace {

// Provider is CloudSpeechToText for a CloudSpeechToTextRecipe, CloudTextToSpeech for the other.
template <typename Provider, typename Recipe> ProviderDefinition definition(const Recipe& recipe)
{
    return {recipe.info(),
            [recipe](const ProviderContext& context) -> std::unique_ptr<vd::Provider> {
                return std::make_unique<Provider>(recipe, context);
            },
            QStringLiteral("builtin")};
}

} // namespace

QList<ProviderDefinition> builtinProviderDefinitions()
{
    // A new vendor: its definitions (settings and recipes), requests and responses, listed here.
    return {
        definition<CloudSpeechToText>(openAiSpeechToTextRecipe()),
        definition<CloudSpeechToText>(googleSpeechToTextRecipe()),
        definition<CloudSpeechToText>(yandexSpeechToTextRecipe()),
        definition<CloudTextToSpeech>(openAiTextToSpeechRecipe()),
        definition<CloudTextToSpeech>(googleTextToSpeechRecipe()),
        definition<CloudTextToSpeech>(yandexTextToSpeechRecipe()),
    };
}

} // namespace vd
