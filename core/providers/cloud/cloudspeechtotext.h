#pragma once

#include "core/model/provider.h"
#include "core/providers/cloud/cloudrecipe.h"
#include "core/providers/cloud/cloudsetup.h"

namespace vd {

// A cloud speech-to-text provider (openai_stt, google_stt, yandex_stt): the vendor's recipe
// says what to send and how to read the answers; the generic cloud jobs send, split long
// recordings into parts, classify errors and retry-after hints.
class CloudSpeechToText final : public SpeechToTextProvider
{
public:
    CloudSpeechToText(const CloudSpeechToTextRecipe& recipe, const ProviderContext& context,
                      const Clock& clock = SystemClock::instance());

    QString name() const override { return m_setup.name; }
    ProbeJob* probe(QObject* parent = nullptr) override;
    TranscribeJob* transcribe(const TranscriptionRequest& request, QObject* parent = nullptr) override;

private:
    CloudSpeechToTextRecipe m_recipe;
    CloudSetup m_setup;
};

} // namespace vd
