#pragma once

#include "core/model/provider.h"

#include <QJsonObject>
#include <memory>

namespace vd {

class DecoderPool;

// pocketsphinx_stt: English speech recognition in process with the PocketSphinx en-us model.
// Decoding runs on the thread pool with a decoder from a shared pool, in parts split at pauses,
// checking for cancellation every half second of audio.
class PocketSphinxSpeechToText final : public SpeechToTextProvider
{
public:
    static constexpr const char* kName = "pocketsphinx_stt";
    static constexpr const char* kDefaultModelDir = "/usr/share/pocketsphinx/model/en-us";

    explicit PocketSphinxSpeechToText(const QJsonObject& settings);

    QString name() const override;
    ProbeJob* probe(QObject* parent = nullptr) override;
    TranscribeJob* transcribe(const TranscriptionRequest& request, QObject* parent = nullptr) override;

private:
    std::shared_ptr<DecoderPool> m_pool;
};

} // namespace vd
