#pragma once

// Fake providers for the resilience tests: each call's outcome comes from a script the test
// writes; a job either answers as soon as the event loop starts it (advancing the fake clock by
// its latency first) or is held until the test releases it.

#include "core/audio/audioencoder.h"
#include "core/model/provider.h"
#include "core/resilience/providerdirectory.h"
#include "tests/support/fakeclock.h"

#include <QPointer>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>
#include <optional>

namespace vd::test {

struct FakeOutcome
{
    std::optional<ProviderError> error; // nullopt = success
    std::chrono::milliseconds latency{10};
    bool hold = false; // wait for release()

    static FakeOutcome ok(std::chrono::milliseconds latency = std::chrono::milliseconds(10))
    {
        return {std::nullopt, latency, false};
    }
    static FakeOutcome fail(ErrorKind kind, int status = 0,
                            std::optional<std::chrono::milliseconds> retryAfter = {})
    {
        ProviderError e =
            ProviderError::make(kind, QStringLiteral("scripted %1").arg(errorKindName(kind)), status);
        e.retryAfter = retryAfter;
        return {e, std::chrono::milliseconds(10), false};
    }
    static FakeOutcome held() { return {std::nullopt, std::chrono::milliseconds(0), true}; }
};

// Shared bookkeeping of one fake provider.
// What a fake TTS provider speaks: a real WAV (the router checks every answer's audio) of one
// second of a syllable-like tone whose pitch depends on `name`, so answers can be told apart.
inline QByteArray fakeSpeech(const QString& name)
{
    int sum = 0;
    for (const QChar c : name)
        sum += c.unicode();
    AudioClip clip;
    clip.sampleRate = 16000;
    clip.channels = 1;
    clip.samples.resize(16000);
    const double pitch = 120.0 + sum % 200;
    for (qsizetype i = 0; i < clip.samples.size(); ++i) {
        const double t = double(i) / clip.sampleRate;
        clip.samples[i] =
            float(0.3 * (0.5 - 0.5 * std::cos(2.0 * M_PI * 4.0 * t)) * std::sin(2.0 * M_PI * pitch * t));
    }
    const Result<EncodedAudio> wav = encodeAudio(clip, QStringLiteral("wav"));
    return wav ? wav->data : QByteArray();
}

struct FakeLedger
{
    QString name;
    FakeClock* clock = nullptr;
    QList<FakeOutcome> script; // consumed front first; empty = success
    QList<FakeOutcome> probeScript;
    int created = 0;
    int started = 0;
    int cancelled = 0;
    int probes = 0;
    QList<QPointer<ProviderJob>> held;
    QStringList voicesAsked;    // TTS: the voice of each synthesize request
    QByteArray audio;           // TTS: what a success answers; empty = fakeSpeech(name)
    QString heard;              // STT: what a success answers; empty = "text from <name>"
    QList<double> audioSeconds; // STT: the length of each transcribe request's audio

    FakeOutcome next(QList<FakeOutcome>& list)
    {
        return list.isEmpty() ? FakeOutcome::ok() : list.takeFirst();
    }
};

// Runs an outcome for any job type; `succeed` fills the job's result.
template <typename Base> class FakeJob : public Base
{
public:
    FakeJob(std::shared_ptr<FakeLedger> ledger, FakeOutcome outcome, std::function<void(FakeJob*)> succeed)
        : m_ledger(std::move(ledger)), m_outcome(std::move(outcome)), m_succeed(std::move(succeed))
    {}

    // Finishes a held job with `outcome`.
    void release(const FakeOutcome& outcome)
    {
        m_outcome = outcome;
        m_outcome.hold = false;
        run();
    }
    using Base::emitError;
    using Base::emitResult;

protected:
    void doStart() override
    {
        ++m_ledger->started;
        if (m_outcome.hold)
            m_ledger->held.append(this);
        else
            run();
    }
    void doCancel() override { ++m_ledger->cancelled; }

private:
    void run()
    {
        if (m_ledger->clock)
            m_ledger->clock->advance(m_outcome.latency);
        if (m_outcome.error)
            this->emitError(*m_outcome.error);
        else {
            m_succeed(this);
            this->emitResult();
        }
    }

    std::shared_ptr<FakeLedger> m_ledger;
    FakeOutcome m_outcome;
    std::function<void(FakeJob*)> m_succeed;
};

class FakeTranscribeJob : public FakeJob<TranscribeJob>
{
public:
    using FakeJob::FakeJob;
    void setText(const QString& text)
    {
        Transcript t;
        t.text = text;
        setTranscript(t);
    }
};

class FakeSynthesizeJob : public FakeJob<SynthesizeJob>
{
public:
    using FakeJob::FakeJob;
    void setBytes(const QByteArray& bytes) { setAudio({bytes, QStringLiteral("wav"), 16000, 1}); }
    void stream(const QByteArray& pcm) { Q_EMIT pcmChunk(pcm, 16000); }
};

class FakeProbeJob : public FakeJob<ProbeJob>
{
public:
    using FakeJob::FakeJob;
};

class FakeVoiceListJob : public FakeJob<VoiceListJob>
{
public:
    using FakeJob::FakeJob;
    void put(const QList<Voice>& voices) { setVoices(voices); }
};

inline ProbeJob* makeProbe(const std::shared_ptr<FakeLedger>& ledger, QObject* parent)
{
    ++ledger->probes;
    auto* job = new FakeProbeJob(ledger, ledger->next(ledger->probeScript), [](auto*) {});
    job->setParent(parent);
    return job;
}

class FakeStt : public SpeechToTextProvider
{
public:
    explicit FakeStt(QString name, FakeClock* clock = nullptr) : ledger(std::make_shared<FakeLedger>())
    {
        ledger->name = std::move(name);
        ledger->clock = clock;
    }
    QString name() const override { return ledger->name; }
    ProbeJob* probe(QObject* parent) override { return makeProbe(ledger, parent); }
    TranscribeJob* transcribe(const TranscriptionRequest& request, QObject* parent) override
    {
        ++ledger->created;
        ledger->audioSeconds.append(request.audio.durationSeconds());
        const QString text =
            ledger->heard.isEmpty() ? QStringLiteral("text from ") + ledger->name : ledger->heard;
        auto* job = new FakeTranscribeJob(ledger, ledger->next(ledger->script), [text](auto* j) {
            static_cast<FakeTranscribeJob*>(j)->setText(text);
        });
        job->setParent(parent);
        return job;
    }

    std::shared_ptr<FakeLedger> ledger;
};

class FakeTts : public TextToSpeechProvider
{
public:
    FakeTts(QString name, QList<Voice> voices, FakeClock* clock = nullptr)
        : ledger(std::make_shared<FakeLedger>()), m_voices(std::move(voices))
    {
        ledger->name = std::move(name);
        ledger->clock = clock;
    }
    QString name() const override { return ledger->name; }
    ProbeJob* probe(QObject* parent) override { return makeProbe(ledger, parent); }
    SynthesizeJob* synthesize(const SynthesisRequest& request, QObject* parent) override
    {
        ++ledger->created;
        ledger->voicesAsked.append(request.voice);
        const QByteArray bytes = ledger->audio.isEmpty() ? fakeSpeech(ledger->name) : ledger->audio;
        auto* job = new FakeSynthesizeJob(ledger, ledger->next(ledger->script), [bytes](auto* j) {
            static_cast<FakeSynthesizeJob*>(j)->setBytes(bytes);
        });
        job->setParent(parent);
        return job;
    }
    VoiceListJob* voices(QObject* parent) override
    {
        ++voiceListCalls;
        auto* job = new FakeVoiceListJob(ledger, voiceListOutcome, [voices = m_voices](auto* j) {
            static_cast<FakeVoiceListJob*>(j)->put(voices);
        });
        job->setParent(parent);
        return job;
    }
    TextLimit textLimit() const override { return {}; }

    std::shared_ptr<FakeLedger> ledger;
    int voiceListCalls = 0;
    FakeOutcome voiceListOutcome = FakeOutcome::ok(std::chrono::milliseconds(0));

private:
    QList<Voice> m_voices;
};

class FakeDirectory : public ProviderDirectory
{
public:
    RouteCandidate& add(std::shared_ptr<Provider> provider, int priority, bool offline = false)
    {
        RouteCandidate c;
        c.info.name = provider->name();
        c.info.category = provider->category();
        c.info.priority = priority;
        c.info.offline = offline;
        c.configured = true;
        c.instance = std::move(provider);
        m_list.append(c);
        return m_list.last();
    }
    void remove(const QString& name)
    {
        m_list.removeIf([&](const RouteCandidate& c) { return c.info.name == name; });
    }
    RouteCandidate& get(const QString& name)
    {
        return *std::find_if(m_list.begin(), m_list.end(),
                             [&](const RouteCandidate& c) { return c.info.name == name; });
    }
    QList<RouteCandidate> candidates(ProviderCategory category) override
    {
        QList<RouteCandidate> result;
        for (const RouteCandidate& c : m_list) {
            if (c.info.category == category)
                result.append(c);
        }
        std::stable_sort(result.begin(), result.end(),
                         [](const auto& a, const auto& b) { return a.info.priority < b.info.priority; });
        return result;
    }
    std::optional<RouteCandidate> candidate(const QString& name) override
    {
        for (const RouteCandidate& c : m_list) {
            if (c.info.name == name)
                return c;
        }
        return std::nullopt;
    }

private:
    QList<RouteCandidate> m_list;
};

} // namespace vd::test

namespace vd::test {

// Finishes the `index`-th held job of a fake provider whose jobs are FakeJob<Base>.
template <typename Base>
void releaseHeld(const std::shared_ptr<FakeLedger>& ledger, int index, const FakeOutcome& outcome)
{
    auto* job = static_cast<FakeJob<Base>*>(ledger->held.at(index).data());
    job->release(outcome);
}

} // namespace vd::test
