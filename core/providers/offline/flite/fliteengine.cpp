#include "core/providers/offline/flite/fliteengine.h"

#include "core/model/translate.h"
#include "core/providers/offline/flite/flitelog.h"

#include <QTextBoundaryFinder>
#include <cstdlib>

extern "C" {
#include <flite/flite.h>

cst_voice* register_cmu_us_slt(const char* voxdir);
cst_voice* register_cmu_us_rms(const char* voxdir);
cst_voice* register_cmu_us_awb(const char* voxdir);
cst_voice* register_cmu_us_kal(const char* voxdir);
}

namespace vd {

namespace {

constexpr unsigned kNoiseSeed = 1; // glibc's own initial seed: what a fresh process speaks

ProviderError cancelledError()
{
    return ProviderError::make(ErrorKind::Cancelled, vd::tr("The synthesis was cancelled."));
}

QStringList sentences(const QString& text)
{
    QStringList parts;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const QString sentence = text.mid(start, finder.position() - start).trimmed();
        if (!sentence.isEmpty())
            parts.append(sentence);
        start = finder.position();
    }
    return parts;
}

} // namespace

FliteEngine& FliteEngine::instance()
{
    static FliteEngine engine;
    return engine;
}

QList<Voice> FliteEngine::voices()
{
    const QStringList us{QStringLiteral("en-US")};
    return {
        {QStringLiteral("slt"), QStringLiteral("SLT (US English, female)"), us, QStringLiteral("female")},
        {QStringLiteral("rms"), QStringLiteral("RMS (US English, male)"), us, QStringLiteral("male")},
        {QStringLiteral("awb"),
         QStringLiteral("AWB (Scottish English, male)"),
         {QStringLiteral("en-GB")},
         QStringLiteral("male")},
        {QStringLiteral("kal"), QStringLiteral("KAL (US English, male, 8 kHz diphone)"), us,
         QStringLiteral("male")},
    };
}

cst_voice* FliteEngine::voice(const QString& id)
{
    if (!m_initialized) {
        flite_init();
        m_initialized = true;
    }
    for (const auto& [name, registered] : std::as_const(m_registered)) {
        if (name == id)
            return registered;
    }
    cst_voice* created = nullptr;
    if (id == QLatin1String("slt"))
        created = register_cmu_us_slt(nullptr);
    else if (id == QLatin1String("rms"))
        created = register_cmu_us_rms(nullptr);
    else if (id == QLatin1String("awb"))
        created = register_cmu_us_awb(nullptr);
    else if (id == QLatin1String("kal"))
        created = register_cmu_us_kal(nullptr);
    if (created)
        m_registered.append({id, created});
    return created;
}

Result<AudioClip> FliteEngine::synthesize(const QString& text, const QString& voiceId, double speed,
                                          const std::atomic_bool& cancelled)
{
    AudioClip clip;
    clip.channels = 1;
    for (const QString& sentence : sentences(text)) {
        if (cancelled.load())
            return cancelledError();
        // Each sentence takes the lock anew, so other requests interleave with a long one.
        QMutexLocker locker(&m_mutex);
        cst_voice* selected = voice(voiceId);
        if (!selected)
            return ProviderError::make(
                ErrorKind::BadRequest,
                vd::tr("flite_tts has no voice '%1'; choose slt, rms, awb or kal.").arg(voiceId));
        feat_set_float(selected->features, "duration_stretch", float(1.0 / speed));
        // The vocoder's noise comes from libc's rand(), which other code in the process draws
        // from and reseeds (eSpeak NG, libsecret): unseeded, the same sentence sounded different
        // each time, and a recogniser could hear different words in it. Same request, same audio.
        std::srand(kNoiseSeed);
        cst_wave* wave = flite_text_to_wave(sentence.toUtf8().constData(), selected);
        if (!wave)
            return ProviderError::make(ErrorKind::Server, vd::tr("Flite produced no audio for the text."));
        clip.sampleRate = wave->sample_rate;
        const qsizetype start = clip.samples.size();
        clip.samples.resize(start + wave->num_samples);
        for (int i = 0; i < wave->num_samples; ++i)
            clip.samples[start + i] = float(wave->samples[i]) / 32768.0f;
        delete_wave(wave);
    }
    qCDebug(lcFlite) << "spoke" << clip.durationSeconds() << "s with" << voiceId;
    return clip;
}

} // namespace vd
