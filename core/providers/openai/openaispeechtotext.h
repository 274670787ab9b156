#pragma once

#include "core/model/provider.h"
#include "core/model/providerdefinition.h"
#include "core/network/cloudcontext.h"

namespace vd {

// openai_stt: POST {base_url}/audio/transcriptions with a 16 kHz mono WAV, long recordings
// split at pauses; probe GET /models. Works with any OpenAI-compatible server.
class OpenAiSpeechToText final : public SpeechToTextProvider
{
public:
    explicit OpenAiSpeechToText(const ProviderContext& context, const Clock& clock = SystemClock::instance());

    QString name() const override { return QStringLiteral("openai_stt"); }
    ProbeJob* probe(QObject* parent = nullptr) override;
    TranscribeJob* transcribe(const TranscriptionRequest& request, QObject* parent = nullptr) override;

private:
    QJsonObject m_settings;
    Credential m_credential;
    CloudContext m_cloud;
};

} // namespace vd
