#pragma once

#include "core/providers/offline/backgroundjob.h"

namespace vd {

// The offline providers' concrete jobs: each only says where BackgroundJob stores its result.

class BackgroundTranscribeJob final : public BackgroundJob<TranscribeJob, Transcript>
{
public:
    using BackgroundJob::BackgroundJob;

protected:
    void store(Transcript&& transcript) override { setTranscript(std::move(transcript)); }
};

// Synthesized speech: the encoded result plus the same audio as mono s16le PCM for pcmChunk.
struct SpeechOutput
{
    EncodedAudio audio;
    QByteArray pcm;
    int sampleRate = 0;
};

class BackgroundSynthesizeJob final : public BackgroundJob<SynthesizeJob, SpeechOutput>
{
public:
    using BackgroundJob::BackgroundJob;

protected:
    void store(SpeechOutput&& output) override
    {
        if (!output.pcm.isEmpty())
            Q_EMIT pcmChunk(output.pcm, output.sampleRate);
        setAudio(std::move(output.audio));
    }
};

class BackgroundProbeJob final : public BackgroundJob<ProbeJob, QString>
{
public:
    using BackgroundJob::BackgroundJob;

protected:
    void store(QString&& detail) override { setDetail(std::move(detail)); }
};

class BackgroundVoiceListJob final : public BackgroundJob<VoiceListJob, QList<Voice>>
{
public:
    using BackgroundJob::BackgroundJob;

protected:
    void store(QList<Voice>&& voices) override { setVoices(std::move(voices)); }
};

} // namespace vd
