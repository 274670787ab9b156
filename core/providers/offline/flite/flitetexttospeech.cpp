#include "core/providers/offline/flite/flitetexttospeech.h"

#include "core/model/translate.h"
#include "core/providers/offline/backgroundjobs.h"
#include "core/providers/offline/flite/fliteengine.h"
#include "core/providers/offline/speechoutput.h"

namespace vd {

namespace {

bool speaksEnglish(const QString& language)
{
    return language.isEmpty() || language.compare(QLatin1String("en"), Qt::CaseInsensitive) == 0 ||
           language.startsWith(QLatin1String("en-"), Qt::CaseInsensitive) ||
           language.startsWith(QLatin1String("en_"), Qt::CaseInsensitive);
}

} // namespace

FliteTextToSpeech::FliteTextToSpeech(const QJsonObject& settings)
    : m_voice(settings.value(QLatin1String("voice")).toString(QStringLiteral("slt")))
{}

QString FliteTextToSpeech::name() const
{
    return QLatin1String(kName);
}

TextLimit FliteTextToSpeech::textLimit() const
{
    return {kMaxCharacters, TextLimit::Unit::Characters};
}

ProbeJob* FliteTextToSpeech::probe(QObject* parent)
{
    const QString voice = m_voice;
    return new BackgroundProbeJob(
        [voice](const std::atomic_bool& cancelled) -> Result<QString> {
            // Speaking one word proves the voice is registered and produces audio.
            Result<AudioClip> clip =
                FliteEngine::instance().synthesize(QStringLiteral("ok"), voice, 1.0, cancelled);
            if (!clip)
                return clip.error();
            if (clip->isEmpty())
                return ProviderError::make(ErrorKind::Server, vd::tr("Flite produced no audio."));
            return QStringLiteral("voice %1 speaks at %2 Hz").arg(voice).arg(clip->sampleRate);
        },
        parent);
}

SynthesizeJob* FliteTextToSpeech::synthesize(const SynthesisRequest& request, QObject* parent)
{
    const TextLimit limit = textLimit();
    const QString voice = request.voice.isEmpty() ? m_voice : request.voice;
    return new BackgroundSynthesizeJob(
        [request, limit, voice](const std::atomic_bool& cancelled) -> Result<SpeechOutput> {
            if (Status ok = checkSynthesisRequest(request, limit, QLatin1String(kName)); !ok)
                return ok.error();
            if (!speaksEnglish(request.language))
                return ProviderError::make(ErrorKind::Unsupported,
                                           vd::tr("flite_tts speaks English only, not '%1'; use espeak_tts "
                                                  "or a cloud provider.")
                                               .arg(request.language));
            Result<AudioClip> clip =
                FliteEngine::instance().synthesize(request.text, voice, request.speed, cancelled);
            if (!clip)
                return clip.error();
            if (clip->isEmpty())
                return ProviderError::make(
                    ErrorKind::BadRequest,
                    vd::tr("Flite produced no audio; the text has no words it can speak."));
            return packageSpeech(*clip, request.format);
        },
        parent);
}

VoiceListJob* FliteTextToSpeech::voices(QObject* parent)
{
    return new BackgroundVoiceListJob(
        [](const std::atomic_bool&) -> Result<QList<Voice>> { return FliteEngine::voices(); }, parent);
}

} // namespace vd
