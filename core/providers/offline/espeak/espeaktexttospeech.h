#pragma once

#include "core/model/provider.h"

#include <QJsonObject>

namespace vd {

// espeak_tts: eSpeak NG speech synthesis in process, in its many languages (Russian included).
// The request's language picks a voice when no voice is given; speed scales the rate setting.
class EspeakTextToSpeech final : public TextToSpeechProvider
{
public:
    static constexpr const char* kName = "espeak_tts";
    static constexpr int kMaxCharacters = 10000;

    explicit EspeakTextToSpeech(const QJsonObject& settings);

    QString name() const override;
    ProbeJob* probe(QObject* parent = nullptr) override;
    SynthesizeJob* synthesize(const SynthesisRequest& request, QObject* parent = nullptr) override;
    VoiceListJob* voices(QObject* parent = nullptr) override;
    TextLimit textLimit() const override;

private:
    QString m_voice;
    int m_rate;
};

} // namespace vd
