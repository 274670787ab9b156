#pragma once

#include "core/model/provider.h"
#include "core/model/providerdefinition.h"
#include "core/network/cloudcontext.h"

namespace vd {

// google_stt: POST {base_url}/v1/speech:recognize with base64 LINEAR16 16 kHz mono, recordings
// over 55 s split at pauses. Google has no free call, so the probe recognises 0.1 s of silence
// (billable).
class GoogleSpeechToText final : public SpeechToTextProvider
{
public:
    explicit GoogleSpeechToText(const ProviderContext& context, const Clock& clock = SystemClock::instance());

    QString name() const override { return QStringLiteral("google_stt"); }
    ProbeJob* probe(QObject* parent = nullptr) override;
    TranscribeJob* transcribe(const TranscriptionRequest& request, QObject* parent = nullptr) override;

private:
    QJsonObject m_settings;
    Credential m_credential;
    CloudContext m_cloud;
};

} // namespace vd
