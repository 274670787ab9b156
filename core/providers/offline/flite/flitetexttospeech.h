#pragma once

#include "core/model/provider.h"

#include <QJsonObject>

namespace vd {

// flite_tts: English speech synthesis in process with Flite's voices slt, rms, awb and kal.
// Synthesis runs on the thread pool; the result is a 16-bit WAV at the voice's own rate (or the
// requested format), and the same audio is emitted as one pcmChunk.
class FliteTextToSpeech final : public TextToSpeechProvider
{
public:
    static constexpr const char* kName = "flite_tts";
    static constexpr int kMaxCharacters = 10000;

    explicit FliteTextToSpeech(const QJsonObject& settings);

    QString name() const override;
    ProbeJob* probe(QObject* parent = nullptr) override;
    SynthesizeJob* synthesize(const SynthesisRequest& request, QObject* parent = nullptr) override;
    VoiceListJob* voices(QObject* parent = nullptr) override;
    TextLimit textLimit() const override;

private:
    QString m_voice;
};

} // namespace vd
