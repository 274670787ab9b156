// Offline engines: real-time factor (processing time / audio duration; below 1 is faster than
// real time) of the Flite and PocketSphinx providers, loaded from their plugins exactly as the
// application loads them, on a fixed set of sentences. Flite speaks each sentence (voice slt);
// PocketSphinx then transcribes that speech, and the word error rate says it understood it.

#include "bench/support/benchmain.h"
#include "bench/support/benchruntime.h"
#include "bench/support/jobwait.h"
#include "core/audio/audiodecoder.h"
#include "core/evaluation/worderrorrate.h"
#include "core/resilience/providerdirectory.h"
#include "core/runtime/configuredproviders.h"

#include <QDir>
#include <QElapsedTimer>
#include <ctime>
#include <memory>

using namespace vd;
using namespace vd::bench;

namespace {

// The fixed clips: everyday commands and a longer sentence, about 25 s of speech in all.
const QStringList& sentences()
{
    static const QStringList list{
        QStringLiteral("turn on the kitchen lights and set a timer for ten minutes"),
        QStringLiteral("what is the weather like tomorrow morning"),
        QStringLiteral("play some music in the living room"),
        QStringLiteral("remind me to call my mother at six in the evening"),
        QStringLiteral("the quick brown fox jumps over the lazy dog"),
        QStringLiteral(
            "please read the first chapter of the book aloud and then stop at the end of the page"),
    };
    return list;
}

struct Engines
{
    std::unique_ptr<BenchRuntime> bench;
    std::shared_ptr<TextToSpeechProvider> flite;
    std::shared_ptr<SpeechToTextProvider> sphinx;
    QList<AudioClip> clips; // Flite's speech of each sentence, decoded
    QString failure;
};

Engines& engines()
{
    static Engines* instance = nullptr;
    if (instance)
        return *instance;
    instance = new Engines;
    teardowns().push_back([] {
        delete instance;
        instance = nullptr;
    });
    Engines& e = *instance;
    const QString plugins = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("plugins"));
    e.bench = std::make_unique<BenchRuntime>(QJsonObject{}, QStringList{plugins});
    if (!e.bench->isReady()) {
        e.failure = e.bench->failure();
        return e;
    }
    const auto flite = e.bench->runtime().providers().candidate(QStringLiteral("flite_tts"));
    const auto sphinx = e.bench->runtime().providers().candidate(QStringLiteral("pocketsphinx_stt"));
    if (!flite || !flite->instance || !sphinx || !sphinx->instance) {
        e.failure =
            QStringLiteral("the flite_tts and pocketsphinx_stt plugins were not found in %1").arg(plugins);
        return e;
    }
    e.flite = std::dynamic_pointer_cast<TextToSpeechProvider>(flite->instance);
    e.sphinx = std::dynamic_pointer_cast<SpeechToTextProvider>(sphinx->instance);
    for (const QString& text : sentences()) {
        SynthesizeJob* job = e.flite->synthesize(SynthesisRequest{text, {}, {}, 1.0, QStringLiteral("wav")});
        job->setAutoDelete(false);
        startAndWait(job);
        const std::unique_ptr<SynthesizeJob> owned(job);
        Result<AudioClip> clip =
            job->hasError() ? Result<AudioClip>(job->error()) : decodeAudio(job->audio());
        if (!clip) {
            e.failure = QStringLiteral("Flite could not speak a clip: ") + clip.error().summary();
            return e;
        }
        e.clips.append(clip.value());
    }
    return e;
}

// CPU time of the whole process (the engines run on pool threads): on a busy machine the wall
// time includes waiting for a core, CPU time does not.
qint64 processCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

double totalSeconds()
{
    double seconds = 0.0;
    for (const AudioClip& clip : engines().clips)
        seconds += clip.durationSeconds();
    return seconds;
}

void fliteSynthesis(benchmark::State& state)
{
    if (!engines().failure.isEmpty()) {
        state.SkipWithError(qPrintable(engines().failure));
        return;
    }
    QElapsedTimer timer;
    qint64 busyNs = 0;
    qint64 cpuNs = 0;
    for (auto _ : state) {
        for (const QString& text : sentences()) {
            SynthesizeJob* job =
                engines().flite->synthesize(SynthesisRequest{text, {}, {}, 1.0, QStringLiteral("wav")});
            const qint64 cpuStart = processCpuNs();
            timer.start();
            startAndWait(job);
            busyNs += timer.nsecsElapsed();
            cpuNs += processCpuNs() - cpuStart;
        }
    }
    const double audio = totalSeconds() * double(state.iterations());
    state.counters["audio_seconds"] = totalSeconds();
    state.counters["clips"] = double(sentences().size());
    state.counters["real_time_factor"] = double(busyNs) / 1e9 / audio;
    state.counters["cpu_real_time_factor"] = double(cpuNs) / 1e9 / audio;
}

void sphinxRecognition(benchmark::State& state)
{
    if (!engines().failure.isEmpty()) {
        state.SkipWithError(qPrintable(engines().failure));
        return;
    }
    QElapsedTimer timer;
    qint64 busyNs = 0;
    qint64 cpuNs = 0;
    int errors = 0;
    int words = 0;
    for (auto _ : state) {
        for (int i = 0; i < engines().clips.size(); ++i) {
            TranscribeJob* job = engines().sphinx->transcribe(TranscriptionRequest{
                engines().clips.at(i), QStringLiteral("en-US"), QStringLiteral("clip.wav")});
            job->setAutoDelete(false);
            const qint64 cpuStart = processCpuNs();
            timer.start();
            startAndWait(job);
            busyNs += timer.nsecsElapsed();
            cpuNs += processCpuNs() - cpuStart;
            const std::unique_ptr<TranscribeJob> owned(job);
            const WordErrorRate wer =
                computeWordErrorRate(sentences().at(i), job->hasError() ? QString() : job->transcript().text)
                    .value();
            errors += wer.errors();
            words += wer.referenceWords;
        }
    }
    const double audio = totalSeconds() * double(state.iterations());
    state.counters["audio_seconds"] = totalSeconds();
    state.counters["clips"] = double(engines().clips.size());
    state.counters["real_time_factor"] = double(busyNs) / 1e9 / audio;
    state.counters["cpu_real_time_factor"] = double(cpuNs) / 1e9 / audio;
    state.counters["word_error_rate"] = words > 0 ? double(errors) / words : 0.0;
}

} // namespace

BENCHMARK(fliteSynthesis)
    ->Name("offline/flite_tts")
    ->Iterations(3)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(sphinxRecognition)
    ->Name("offline/pocketsphinx_stt")
    ->Iterations(1)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

VD_BENCHMARK_MAIN();
