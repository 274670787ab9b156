#pragma once

#include "core/audio/audiodecoder.h"
#include "core/audio/audioencoder.h"
#include "core/resilience/routedsynthesizejob.h"
#include "core/resilience/router.h"
#include "core/runtime/runtime.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// What the speech page tests share: a Runtime with an isolated config and state in a temporary
// directory, the offline provider plugins from VOICEDECK_PLUGIN_PATH (set by vd_add_test), and
// cloud providers pointed at the loopback mock server when a test configures them.
namespace vd::test {

inline bool hasTestAudio()
{
    return qEnvironmentVariableIsSet("VOICEDECK_TEST_AUDIO");
}

#define VD_REQUIRE_TEST_AUDIO()                                                                              \
    do {                                                                                                     \
        if (!vd::test::hasTestAudio())                                                                       \
            QSKIP("needs the virtual PulseAudio devices: run with scripts/test-services.sh run ctest");      \
    } while (false)

// Writes the config file in `dir` and returns a Runtime, started and ready unless `start` is
// false (null when it cannot be made).
inline std::unique_ptr<Runtime> makeRuntime(const QTemporaryDir& dir, const QJsonObject& providers,
                                            bool start = true)
{
    // No test here is about routing timeouts: the attempt limit only guards against a hang, and
    // stays below the tests' 60 s waits so that a stuck provider is named. PocketSphinx needs about
    // 1 s of CPU per 2.5 s of take, and on a loaded machine a recorded take runs long while the
    // decode gets a fraction of a core (20 s was seen to run out). Two providers share the deadline.
    const QJsonObject config{
        {"version", 1},
        {"providers", providers},
        {"routing",
         QJsonObject{{"attempt_timeout_ms", 50000}, {"request_deadline_ms", 100000}, {"max_retries", 0}}},
    };
    QFile file(dir.filePath("config.json"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return nullptr;
    file.write(QJsonDocument(config).toJson());
    file.close();
    RuntimeOptions options;
    options.configPath = dir.filePath("config.json");
    options.stateDirectory = dir.filePath("state");
    options.keychainService = QStringLiteral("voicedeck-speech-page-test");
    options.pluginPaths =
        qEnvironmentVariable("VOICEDECK_PLUGIN_PATH").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    auto created = Runtime::create(options);
    if (!created.hasValue())
        return nullptr;
    std::unique_ptr<Runtime> runtime = std::move(created).value();
    runtime->router().setOnlineCheck([] { return true; });
    if (!start)
        return runtime;
    QSignalSpy ready(&runtime->readiness(), &Readiness::ready);
    runtime->start();
    if (!runtime->isReady() && !ready.wait(30000))
        return nullptr;
    return runtime;
}

// The cloud providers of one vendor aimed at the mock server (`base` = its baseUrl(vendor)).
inline QJsonObject aimedAt(const QString& base, bool enabled = true)
{
    return QJsonObject{{"enabled", enabled}, {"settings", QJsonObject{{"base_url", base}}}};
}

// Speaks `text` with Flite into a 16 kHz WAV file: real speech PocketSphinx recognises
// (PLATFORM.md: Flite's voices round-trip word for word).
inline bool writeSpeechFile(Runtime& runtime, const QString& text, const QString& path)
{
    SynthesisRequest request;
    request.text = text;
    request.voice = QStringLiteral("slt");
    std::unique_ptr<RoutedSynthesizeJob> job(
        runtime.router().synthesize(request, QStringLiteral("flite_tts")));
    job->setAutoDelete(false);
    QSignalSpy finished(job.get(), &ProviderJob::finished);
    job->start();
    if (!finished.wait(30000) || job->hasError())
        return false;
    Result<AudioClip> clip = decodeAudio(job->audio(), QStringLiteral("flite"));
    return clip.hasValue() && writeAudioFile(clip.value(), path).hasValue();
}

} // namespace vd::test
