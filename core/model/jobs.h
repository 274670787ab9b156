#pragma once

#include "core/model/providerjob.h"
#include "core/model/speechtypes.h"

#include <chrono>
#include <optional>

namespace vd {

// Speech to text. The result is valid once `finished` was emitted without error.
class TranscribeJob : public ProviderJob
{
    Q_OBJECT
public:
    using ProviderJob::ProviderJob;
    const Transcript& transcript() const { return m_transcript; }

protected:
    void setTranscript(Transcript transcript) { m_transcript = std::move(transcript); }

private:
    Transcript m_transcript;
};

// Text to speech. Providers that stream raw PCM also emit `pcmChunk` as audio arrives, so
// playback can start before the end; `audio()` always holds the complete result.
class SynthesizeJob : public ProviderJob
{
    Q_OBJECT
public:
    using ProviderJob::ProviderJob;
    const EncodedAudio& audio() const { return m_audio; }

Q_SIGNALS:
    // Signed 16-bit little-endian PCM at `sampleRate`, mono.
    void pcmChunk(const QByteArray& pcm, int sampleRate);

protected:
    void setAudio(EncodedAudio audio) { m_audio = std::move(audio); }

private:
    EncodedAudio m_audio;
};

// An active health probe: success means the provider answered as expected.
class ProbeJob : public ProviderJob
{
    Q_OBJECT
public:
    using ProviderJob::ProviderJob;
    // What the probe saw, for people ("12 models listed").
    const QString& detail() const { return m_detail; }
    // A round-trip probe's word error rate (RoundTripProbeJob); nullopt for a plain probe.
    std::optional<double> wer() const { return m_wer; }
    // How long the provider itself took, when the probe did more than ask it (a round trip also
    // waits for a recogniser); nullopt: the whole probe's duration is the provider's.
    std::optional<std::chrono::milliseconds> providerLatency() const { return m_providerLatency; }

protected:
    void setDetail(QString detail) { m_detail = std::move(detail); }
    void setWer(double wer) { m_wer = wer; }
    void setProviderLatency(std::chrono::milliseconds latency) { m_providerLatency = latency; }

private:
    QString m_detail;
    std::optional<double> m_wer;
    std::optional<std::chrono::milliseconds> m_providerLatency;
};

class VoiceListJob : public ProviderJob
{
    Q_OBJECT
public:
    using ProviderJob::ProviderJob;
    const QList<Voice>& voices() const { return m_voices; }

protected:
    void setVoices(QList<Voice> voices) { m_voices = std::move(voices); }

private:
    QList<Voice> m_voices;
};

} // namespace vd
