#pragma once

#include "core/model/provider.h"
#include "core/model/providerdefinition.h"
#include "core/network/cloudcontext.h"

namespace vd {

// yandex_tts: form-encoded POST {base_url}/speech/v1/tts:synthesize; lpcm (default, 48 kHz)
// streams as pcmChunks while it arrives. Voices from the documented list; no free call exists,
// so the probe synthesises a short word (billable).
class YandexTextToSpeech final : public TextToSpeechProvider
{
public:
    explicit YandexTextToSpeech(const ProviderContext& context, const Clock& clock = SystemClock::instance());

    QString name() const override { return QStringLiteral("yandex_tts"); }
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
