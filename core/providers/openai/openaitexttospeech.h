#pragma once

#include "core/model/provider.h"
#include "core/model/providerdefinition.h"
#include "core/network/cloudcontext.h"

namespace vd {

// openai_tts: POST {base_url}/audio/speech (wav by default; pcm streams as it arrives at
// 24 kHz); voices from the documented list; probe GET /models (free, same key).
class OpenAiTextToSpeech final : public TextToSpeechProvider
{
public:
    explicit OpenAiTextToSpeech(const ProviderContext& context, const Clock& clock = SystemClock::instance());

    QString name() const override { return QStringLiteral("openai_tts"); }
    ProbeJob* probe(QObject* parent = nullptr) override;
    SynthesizeJob* synthesize(const SynthesisRequest& request, QObject* parent = nullptr) override;
    VoiceListJob* voices(QObject* parent = nullptr) override;
    TextLimit textLimit() const override;

private:
    QJsonObject m_settings;
    Credential m_credential;
    CloudContext m_cloud;
};

// The documented voices, for the voice list.
QList<Voice> openAiVoices();

} // namespace vd
