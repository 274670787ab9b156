#pragma once

#include "core/model/jobs.h"
#include "core/model/providerinfo.h"

#include <QObject>

namespace vd {

// A configured, ready-to-use provider instance, created by the ProviderFactory. Every operation
// returns a job that the caller starts; nothing here blocks the calling thread. Jobs are
// created with `parent` as their QObject parent (may be null).
class Provider
{
public:
    virtual ~Provider() = default;
    virtual QString name() const = 0;
    virtual ProviderCategory category() const = 0;
    virtual ProbeJob* probe(QObject* parent = nullptr) = 0;
};

class SpeechToTextProvider : public Provider
{
public:
    ProviderCategory category() const override { return ProviderCategory::Stt; }
    virtual TranscribeJob* transcribe(const TranscriptionRequest& request, QObject* parent = nullptr) = 0;
};

class TextToSpeechProvider : public Provider
{
public:
    ProviderCategory category() const override { return ProviderCategory::Tts; }
    virtual SynthesizeJob* synthesize(const SynthesisRequest& request, QObject* parent = nullptr) = 0;
    virtual VoiceListJob* voices(QObject* parent = nullptr) = 0;
    virtual TextLimit textLimit() const = 0;
};

} // namespace vd
