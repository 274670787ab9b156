#include "core/providers/offline/espeak/espeakengine.h"

#include "core/model/translate.h"
#include "core/providers/offline/espeak/espeaklog.h"

#include <algorithm>
#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

namespace vd {

namespace {

// What one synthesis collects; passed to the callback as eSpeak's user data.
struct Capture
{
    QList<float> samples;
    const std::atomic_bool* cancelled = nullptr;
};

int collect(short* wave, int count, espeak_EVENT* events)
{
    auto* capture = events ? static_cast<Capture*>(events->user_data) : nullptr;
    if (!capture)
        return 0;
    for (int i = 0; wave && i < count; ++i)
        capture->samples.append(float(wave[i]) / 32768.0f);
    return capture->cancelled->load() ? 1 : 0; // 1 asks eSpeak to stop
}

QString statusMessage(espeak_ng_STATUS status)
{
    char text[512] = {};
    espeak_ng_GetStatusCodeMessage(status, text, sizeof text);
    return QString::fromUtf8(text);
}

// "en-gb-scotland" → "en-GB-scotland": region subtags in upper case, as BCP-47 writes them.
QString toBcp47(const QString& espeakName)
{
    QStringList parts = espeakName.split(QLatin1Char('-'));
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts[i].size() == 2)
            parts[i] = parts[i].toUpper();
    }
    return parts.join(QLatin1Char('-'));
}

QString genderName(unsigned char gender)
{
    return gender == 1 ? QStringLiteral("male") : gender == 2 ? QStringLiteral("female") : QString();
}

// See EspeakEngine::findVoice.
std::optional<Voice> findIn(const QList<Voice>& voices, const QString& wanted)
{
    const auto is = [&wanted](const QString& candidate) {
        return candidate.compare(wanted, Qt::CaseInsensitive) == 0;
    };
    for (const Voice& voice : voices) {
        if (is(voice.id) || is(voice.displayName) ||
            (!voice.languages.isEmpty() && is(voice.languages.first())))
            return voice;
    }
    for (const Voice& voice : voices) {
        if (std::any_of(voice.languages.cbegin(), voice.languages.cend(), is))
            return voice;
    }
    const QString base =
        QString(wanted).replace(QLatin1Char('_'), QLatin1Char('-')).section(QLatin1Char('-'), 0, 0);
    if (base.compare(wanted, Qt::CaseInsensitive) != 0)
        return findIn(voices, base);
    return std::nullopt;
}

} // namespace

EspeakEngine& EspeakEngine::instance()
{
    static EspeakEngine engine;
    return engine;
}

Status EspeakEngine::initialize()
{
    if (m_initialized)
        return *m_initialized;
    espeak_ng_InitializePath(nullptr);
    espeak_ng_ERROR_CONTEXT context = nullptr;
    espeak_ng_STATUS status = espeak_ng_Initialize(&context);
    if (status == ENS_OK)
        status = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr);
    if (context)
        espeak_ng_ClearErrorContext(&context);
    if (status != ENS_OK) {
        m_initialized = Status(ProviderError::make(
            ErrorKind::NotConfigured,
            vd::tr("eSpeak NG could not start: %1. Install the Debian package espeak-ng-data.")
                .arg(statusMessage(status))));
        return *m_initialized;
    }
    espeak_SetSynthCallback(collect);
    m_sampleRate = espeak_ng_GetSampleRate();
    m_initialized = Status();
    return *m_initialized;
}

const QList<Voice>& EspeakEngine::listVoices()
{
    if (m_voices)
        return *m_voices;
    QList<Voice> voices;
    for (const espeak_VOICE** voice = espeak_ListVoices(nullptr); voice && *voice; ++voice) {
        Voice entry;
        entry.displayName = QString::fromUtf8((*voice)->name);
        entry.gender = genderName((*voice)->gender);
        // `languages` is a list of (priority byte, zero-terminated name), ended by a zero byte.
        for (const char* at = (*voice)->languages; at && *at; at += 1 + qstrlen(at + 1) + 1)
            entry.languages.append(toBcp47(QString::fromUtf8(at + 1)));
        entry.id = QString::fromUtf8((*voice)->identifier);
        if (!entry.id.isEmpty() && !entry.languages.isEmpty())
            voices.append(entry);
    }
    m_voices = std::move(voices);
    return *m_voices;
}

Result<QList<Voice>> EspeakEngine::voices()
{
    QMutexLocker locker(&m_mutex);
    if (Status ok = initialize(); !ok)
        return ok.error();
    return listVoices();
}

std::optional<Voice> EspeakEngine::findVoice(const QString& wanted)
{
    const Result<QList<Voice>> all = voices();
    return all ? findIn(*all, wanted) : std::nullopt;
}

Result<AudioClip> EspeakEngine::synthesize(const QString& text, const QString& wanted, int wordsPerMinute,
                                           const std::atomic_bool& cancelled)
{
    QMutexLocker locker(&m_mutex);
    if (Status ok = initialize(); !ok)
        return ok.error();
    const std::optional<Voice> voice = findIn(listVoices(), wanted);
    if (!voice || espeak_ng_SetVoiceByName(voice->id.toUtf8().constData()) != ENS_OK)
        return ProviderError::make(ErrorKind::BadRequest,
                                   vd::tr("espeak_tts has no voice '%1'; list the voices to choose one, "
                                          "or name a language (for example en-us, en-gb or ru).")
                                       .arg(wanted));
    espeak_ng_SetParameter(espeakRATE, std::clamp(wordsPerMinute, espeakRATE_MINIMUM, espeakRATE_MAXIMUM), 0);

    Capture capture;
    capture.cancelled = &cancelled;
    const QByteArray utf8 = text.toUtf8();
    const espeak_ng_STATUS status = espeak_ng_Synthesize(
        utf8.constData(), size_t(utf8.size()) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, &capture);
    if (cancelled.load())
        return ProviderError::make(ErrorKind::Cancelled, vd::tr("The synthesis was cancelled."));
    if (status != ENS_OK)
        return ProviderError::make(ErrorKind::Server,
                                   vd::tr("eSpeak NG failed to speak: %1.").arg(statusMessage(status)));
    AudioClip clip;
    clip.sampleRate = m_sampleRate;
    clip.channels = 1;
    clip.samples = std::move(capture.samples);
    qCDebug(lcEspeak) << "spoke" << clip.durationSeconds() << "s with" << voice->id;
    return clip;
}

} // namespace vd
