#pragma once

#include "core/model/provider.h"
#include "core/providers/example/morsecode.h"

namespace vd {

// A TTS provider that "speaks" text as Morse code tones, entirely in process. Small on purpose:
// it shows every part a provider plugin implements (probe, synthesize with streamed PCM and
// cancellation, voices, text limit) without any vendor API in the way.
class MorseTtsProvider : public TextToSpeechProvider
{
public:
    static constexpr int kTextLimit = 1000;

    explicit MorseTtsProvider(const MorseSettings& settings);

    QString name() const override;
    ProbeJob* probe(QObject* parent = nullptr) override;
    SynthesizeJob* synthesize(const SynthesisRequest& request, QObject* parent = nullptr) override;
    VoiceListJob* voices(QObject* parent = nullptr) override;
    TextLimit textLimit() const override;

    const MorseSettings& settings() const { return m_settings; }

private:
    MorseSettings m_settings;
};

} // namespace vd
