#pragma once

#include "core/model/provider.h"
#include "core/model/providerdefinition.h"
#include "core/network/cloudcontext.h"

namespace vd {

// google_tts: POST {base_url}/v1/text:synthesize (LINEAR16 WAV by default); voices and the free
// probe through GET /v1/voices.
class GoogleTextToSpeech final : public TextToSpeechProvider
{
public:
    explicit GoogleTextToSpeech(const ProviderContext& context, const Clock& clock = SystemClock::instance());

    QString name() const override { return QStringLiteral("google_tts"); }
    ProbeJob* probe(QObject* parent = nullptr) override;
    SynthesizeJob* synthesize(const SynthesisRequest& request, QObject* parent = nullptr) override;
    VoiceListJob* voices(QObject* parent = nullptr) override;
    TextLimit textLimit() const override;

private:
    QJsonObject m_settings;
    Credential m_credential;
    CloudContext m_cloud;
};

} // namespace vd
