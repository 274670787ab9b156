#include "core/resilience/router.h"

#include "core/audio/speechaudiocheck.h"
#include "core/corelog.h"
#include "core/model/provider.h"
#include "core/resilience/resiliencestate.h"
#include "core/resilience/routedsynthesizejob.h"
#include "core/resilience/routedtranscribejob.h"
#include "core/resilience/routeexecution.h"
#include "core/resilience/voicecatalog.h"
#include "core/resilience/voicematch.h"

#include <QNetworkInformation>
#include <QPointer>

namespace vd {

namespace {

bool systemIsOnline()
{
    static const bool loaded = QNetworkInformation::loadDefaultBackend();
    if (!loaded || !QNetworkInformation::instance())
        return true;
    return QNetworkInformation::instance()->reachability() != QNetworkInformation::Reachability::Disconnected;
}

} // namespace

Router::Router(ProviderDirectory& directory, ResilienceState& state, const RoutingSettings& settings,
               QObject* parent)
    : QObject(parent), m_directory(directory), m_state(state), m_settings(settings),
      m_isOnline(systemIsOnline), m_voices(new VoiceCatalog(this))
{}

Router::~Router() = default;

void Router::setOnlineCheck(std::function<bool()> isOnline)
{
    m_isOnline = isOnline ? std::move(isOnline) : std::function<bool()>(systemIsOnline);
}

bool Router::isOnline() const
{
    return m_isOnline();
}

namespace {

qint64 outputBytes(const RoutedTranscribeJob& job)
{
    return job.transcript().text.toUtf8().size();
}

qint64 outputBytes(const RoutedSynthesizeJob& job)
{
    return job.audio().data.size();
}

} // namespace

template <typename Job> void Router::reportWhenFinished(Job* job, const QString& operation, qint64 inputBytes)
{
    const Clock& clock = m_state.clock();
    const auto created = clock.now();
    connect(job, &ProviderJob::finished, this, [this, job, operation, inputBytes, created, &clock] {
        RequestRecord record;
        record.time = clock.wallNow().toUTC();
        record.operation = operation;
        const RoutingTrace& trace = job->trace();
        const QList<RouteStep> attempts = trace.attempts();
        record.provider = !job->provider().isEmpty() ? job->provider()
                          : !attempts.isEmpty()      ? attempts.last().provider
                                                     : QString();
        if (!job->hasError()) {
            record.outcome = QStringLiteral("ok");
            record.outputBytes = outputBytes(*job);
        } else {
            record.outcome = job->error().kind == ErrorKind::Cancelled ? QStringLiteral("cancelled")
                                                                       : QStringLiteral("failed");
            record.errorKind = errorKindName(job->error().kind);
            record.errorMessage = job->error().message;
        }
        record.latencyMs = std::chrono::duration<double, std::milli>(clock.now() - created).count();
        record.inputBytes = inputBytes;
        record.attempts = int(attempts.size());
        record.trace = trace;
        Q_EMIT requestFinished(record);
    });
}

RoutedTranscribeJob* Router::transcribe(const TranscriptionRequest& request, const QString& provider,
                                        QObject* parent)
{
    RouteExecution::Options options{ProviderCategory::Stt, provider, m_settings, m_isOnline, m_random, {}};
    auto factory = [request](const RouteCandidate& c, int, const RouteExecution::Launch& launch) {
        auto* stt = dynamic_cast<SpeechToTextProvider*>(c.instance.get());
        launch(stt ? stt->transcribe(request) : nullptr, {});
    };
    auto* execution = new RouteExecution(m_directory, m_state, std::move(options), std::move(factory));
    auto* job = new RoutedTranscribeJob(execution, parent);
    reportWhenFinished(job, RequestRecord::kTranscribe, qint64(request.audio.samples.size()) * 2);
    return job;
}

RoutedSynthesizeJob* Router::synthesize(const SynthesisRequest& request, const QString& provider,
                                        QObject* parent)
{
    // Every answer's audio must be plausible speech for the text (issue #14).
    auto checkAudio = [request](ProviderJob* job, const QString& name) -> RouteExecution::AnswerCheck {
        const EncodedAudio audio = static_cast<SynthesizeJob*>(job)->audio();
        return {[name, audio, text = request.text, speed = request.speed] {
                    return SpeechAudioCheck::check(name, audio, text, speed);
                },
                SpeechAudioCheck::isQuick(audio)};
    };
    RouteExecution::Options options{ProviderCategory::Tts, provider, m_settings, m_isOnline, m_random,
                                    std::move(checkAudio)};
    QPointer<VoiceCatalog> catalog(m_voices);
    // A requested voice belongs to one provider; any other provider gets the closest of its own
    // voices, looked up in its (cached) voice list. A named provider gets the voice as asked.
    const bool mapVoices = provider.isEmpty() && !request.voice.isEmpty();
    auto factory = [request, catalog, mapVoices](const RouteCandidate& c, int,
                                                 const RouteExecution::Launch& launch) {
        auto tts = std::dynamic_pointer_cast<TextToSpeechProvider>(c.instance);
        if (!tts) {
            launch(nullptr, {});
            return;
        }
        if (!mapVoices || !catalog) {
            launch(tts->synthesize(request), {});
            return;
        }
        auto* context = new QObject(catalog); // lives until the voice list arrives
        catalog->voices(
            c.info.name, tts, context, [request, tts, catalog, launch, context](const QList<Voice>& voices) {
                context->deleteLater();
                const std::optional<Voice> wanted = catalog ? catalog->find(request.voice) : std::nullopt;
                const VoiceChoice choice = chooseVoice(request.voice, wanted, request.language, voices);
                SynthesisRequest mapped = request;
                mapped.voice = choice.voiceId;
                launch(tts->synthesize(mapped), choice.note);
            });
    };
    auto* execution = new RouteExecution(m_directory, m_state, std::move(options), std::move(factory));
    auto* job = new RoutedSynthesizeJob(execution, m_settings.hedgeAfterMs <= 0, parent);
    reportWhenFinished(job, RequestRecord::kSynthesize, request.text.toUtf8().size());
    return job;
}

} // namespace vd
