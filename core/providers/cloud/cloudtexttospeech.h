#pragma once

#include "core/model/provider.h"
#include "core/providers/cloud/cloudrecipe.h"
#include "core/providers/cloud/cloudsetup.h"

namespace vd {

// A cloud text-to-speech provider (openai_tts, google_tts, yandex_tts), driven by the vendor's
// recipe like CloudSpeechToText.
class CloudTextToSpeech final : public TextToSpeechProvider
{
public:
    CloudTextToSpeech(const CloudTextToSpeechRecipe& recipe, const ProviderContext& context,
                      const Clock& clock = SystemClock::instance());

    QString name() const override { return m_setup.name; }
    ProbeJob* probe(QObject* parent = nullptr) override;
    SynthesizeJob* synthesize(const SynthesisRequest& request, QObject* parent = nullptr) override;
    VoiceListJob* voices(QObject* parent = nullptr) override;
    TextLimit textLimit() const override { return m_recipe.textLimit; }

private:
    CloudTextToSpeechRecipe m_recipe;
    CloudSetup m_setup;
};

} // namespace vd
