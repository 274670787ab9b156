#pragma once

#include "core/model/provider.h"
#include "core/model/providerdefinition.h"
#include "core/network/cloudcontext.h"

namespace vd {

// yandex_stt: POST {base_url}/speech/v1/stt:recognize with raw 16 kHz mono lpcm, recordings over
// 29 s split at pauses (limits 30 s and 1 MB). No free call exists, so the probe recognises
// 0.1 s of silence (billable).
class YandexSpeechToText final : public SpeechToTextProvider
{
public:
    explicit YandexSpeechToText(const ProviderContext& context, const Clock& clock = SystemClock::instance());

    QString name() const override { return QStringLiteral("yandex_stt"); }
    ProbeJob* probe(QObject* parent = nullptr) override;
    TranscribeJob* transcribe(const TranscriptionRequest& request, QObject* parent = nullptr) override;

private:
    QJsonObject m_settings;
    Credential m_credential;
    CloudContext m_cloud;
};

} // namespace vd
