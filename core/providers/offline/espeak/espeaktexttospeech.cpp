#include "core/providers/offline/espeak/espeaktexttospeech.h"

#include "core/model/translate.h"
#include "core/providers/offline/backgroundjobs.h"
#include "core/providers/offline/espeak/espeakengine.h"
#include "core/providers/offline/speechoutput.h"

#include <algorithm>
#include <cmath>

namespace vd {

namespace {

constexpr int kDefaultRate = 175;

// The voice to use: the request's, else one for the request's language, else the setting's.
Result<QString> chooseVoice(const SynthesisRequest& request, const QString& configured)
{
    if (!request.voice.isEmpty())
        return request.voice;
    if (request.language.isEmpty())
        return configured;
    const QString base = request.language.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
    // The configured voice already speaks the language (settings "en-gb", request "en-US").
    if (const std::optional<Voice> voice = EspeakEngine::instance().findVoice(configured)) {
        const auto speaksIt = [&base](const QString& language) {
            return language.section(QLatin1Char('-'), 0, 0).compare(base, Qt::CaseInsensitive) == 0;
        };
        if (std::any_of(voice->languages.cbegin(), voice->languages.cend(), speaksIt))
            return configured;
    }
    if (const std::optional<Voice> voice = EspeakEngine::instance().findVoice(request.language))
        return voice->id;
    return ProviderError::make(
        ErrorKind::Unsupported,
        vd::tr("espeak_tts has no voice for the language '%1'.").arg(request.language));
}

} // namespace

EspeakTextToSpeech::EspeakTextToSpeech(const QJsonObject& settings)
    : m_voice(settings.value(QLatin1String("voice")).toString(QStringLiteral("en-us"))),
      m_rate(settings.value(QLatin1String("rate_wpm")).toInt(kDefaultRate))
{}

QString EspeakTextToSpeech::name() const
{
    return QLatin1String(kName);
}

TextLimit EspeakTextToSpeech::textLimit() const
{
    return {kMaxCharacters, TextLimit::Unit::Characters};
}

ProbeJob* EspeakTextToSpeech::probe(QObject* parent)
{
    const QString voice = m_voice;
    return new BackgroundProbeJob(
        [voice](const std::atomic_bool& cancelled) -> Result<QString> {
            const Result<QList<Voice>> voices = EspeakEngine::instance().voices();
            if (!voices)
                return voices.error();
            Result<AudioClip> clip =
                EspeakEngine::instance().synthesize(QStringLiteral("ok"), voice, kDefaultRate, cancelled);
            if (!clip)
                return clip.error();
            return QStringLiteral("%1 voices; voice %2 speaks at %3 Hz")
                .arg(voices->size())
                .arg(voice)
                .arg(clip->sampleRate);
        },
        parent);
}

SynthesizeJob* EspeakTextToSpeech::synthesize(const SynthesisRequest& request, QObject* parent)
{
    const TextLimit limit = textLimit();
    const QString configured = m_voice;
    const int rate = m_rate;
    return new BackgroundSynthesizeJob(
        [request, limit, configured, rate](const std::atomic_bool& cancelled) -> Result<SpeechOutput> {
            if (Status ok = checkSynthesisRequest(request, limit, QLatin1String(kName)); !ok)
                return ok.error();
            const Result<QString> voice = chooseVoice(request, configured);
            if (!voice)
                return voice.error();
            const int wordsPerMinute = int(std::lround(rate * request.speed));
            Result<AudioClip> clip =
                EspeakEngine::instance().synthesize(request.text, *voice, wordsPerMinute, cancelled);
            if (!clip)
                return clip.error();
            if (clip->isEmpty())
                return ProviderError::make(
                    ErrorKind::BadRequest,
                    vd::tr("eSpeak NG produced no audio; the text has nothing it can speak."));
            return packageSpeech(*clip, request.format);
        },
        parent);
}

VoiceListJob* EspeakTextToSpeech::voices(QObject* parent)
{
    return new BackgroundVoiceListJob(
        [](const std::atomic_bool&) -> Result<QList<Voice>> { return EspeakEngine::instance().voices(); },
        parent);
}

} // namespace vd
