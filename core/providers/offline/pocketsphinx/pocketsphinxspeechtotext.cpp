#include "core/providers/offline/pocketsphinx/pocketsphinxspeechtotext.h"

#include "core/audio/audioconvert.h"
#include "core/audio/pausesplitter.h"
#include "core/audio/pcm16pack.h"
#include "core/model/translate.h"
#include "core/providers/offline/backgroundjobs.h"
#include "core/providers/offline/pocketsphinx/decoderpool.h"
#include "core/providers/offline/pocketsphinx/pocketsphinxlog.h"

#include <QMutex>
#include <algorithm>
#include <map>
#include <pocketsphinx.h>
#include <vector>

namespace vd {

namespace {

constexpr int kRate = 16000;
constexpr int kChunkSamples = kRate / 2; // cancellation is checked this often
constexpr double kPartSeconds = 30.0;    // one utterance per part keeps the search small
constexpr double kFrameSeconds = 0.01;   // PocketSphinx's feature frame rate is 100 per second

// One pool per model folder in the process, shared by every provider instance using it.
std::shared_ptr<DecoderPool> poolFor(const QString& modelDir)
{
    static QMutex mutex;
    static std::map<QString, std::weak_ptr<DecoderPool>> pools;
    QMutexLocker locker(&mutex);
    std::shared_ptr<DecoderPool> pool = pools[modelDir].lock();
    if (!pool) {
        pool = std::make_shared<DecoderPool>(modelDir);
        pools[modelDir] = pool;
    }
    return pool;
}

ProviderError cancelledError()
{
    return ProviderError::make(ErrorKind::Cancelled, vd::tr("The transcription was cancelled."));
}

bool isEnglish(const QString& language)
{
    return language.isEmpty() || language.compare(QLatin1String("en"), Qt::CaseInsensitive) == 0 ||
           language.startsWith(QLatin1String("en-"), Qt::CaseInsensitive) ||
           language.startsWith(QLatin1String("en_"), Qt::CaseInsensitive);
}

// Words as the dictionary spells them, without fillers and alternate-pronunciation marks.
QString wordOf(const char* token)
{
    QString word = QString::fromUtf8(token);
    if (word.startsWith(QLatin1Char('<')) || word.startsWith(QLatin1Char('[')))
        return {};
    if (const qsizetype paren = word.indexOf(QLatin1Char('(')); paren > 0)
        word.truncate(paren);
    return word;
}

// Decodes one part as an utterance; appends its words to `transcript`.
Status decodePart(ps_decoder_t* decoder, const AudioPart& part, const std::atomic_bool& cancelled,
                  Transcript& transcript, std::vector<double>& probabilities)
{
    const AudioClip& clip = part.clip;
    std::vector<int16> samples(size_t(clip.samples.size()));
    packPcm16(clip.samples.constData(), clip.samples.size(), samples.data());
    // A new stream restarts the frame count, so segment times are relative to this part.
    if (ps_start_stream(decoder) < 0 || ps_start_utt(decoder) < 0)
        return ProviderError::make(ErrorKind::Server, vd::tr("PocketSphinx could not start decoding."));
    for (size_t at = 0; at < samples.size(); at += kChunkSamples) {
        if (cancelled.load()) {
            ps_end_utt(decoder);
            return cancelledError();
        }
        const size_t count = std::min<size_t>(kChunkSamples, samples.size() - at);
        if (ps_process_raw(decoder, samples.data() + at, count, FALSE, FALSE) < 0) {
            ps_end_utt(decoder);
            return ProviderError::make(ErrorKind::Server, vd::tr("PocketSphinx failed while decoding."));
        }
    }
    ps_end_utt(decoder);

    int32 score = 0;
    if (const char* hypothesis = ps_get_hyp(decoder, &score); hypothesis && *hypothesis) {
        const QString text = QString::fromUtf8(hypothesis).simplified();
        transcript.text += (transcript.text.isEmpty() ? QString() : QStringLiteral(" ")) + text;
        probabilities.push_back(logmath_exp(ps_get_logmath(decoder), ps_get_prob(decoder)));
    }
    for (ps_seg_t* seg = ps_seg_iter(decoder); seg; seg = ps_seg_next(seg)) {
        const QString word = wordOf(ps_seg_word(seg));
        if (word.isEmpty())
            continue;
        int first = 0;
        int last = 0;
        ps_seg_frames(seg, &first, &last);
        const double partEnd = part.startSeconds + clip.durationSeconds();
        transcript.segments.append({part.startSeconds + first * kFrameSeconds,
                                    std::min(partEnd, part.startSeconds + (last + 1) * kFrameSeconds), word});
    }
    return {};
}

Result<Transcript> recognize(const std::shared_ptr<DecoderPool>& pool, const AudioClip& audio,
                             const std::atomic_bool& cancelled)
{
    const AudioClip speech = toSpeechFormat(audio, kRate);
    if (cancelled.load())
        return cancelledError();
    Result<DecoderPool::Lease> lease = pool->acquire();
    if (!lease)
        return lease.error();
    Transcript transcript;
    transcript.language = QStringLiteral("en-US");
    std::vector<double> probabilities;
    for (const AudioPart& part : splitAtPauses(speech, kPartSeconds)) {
        if (Status ok = decodePart(lease->get(), part, cancelled, transcript, probabilities); !ok)
            return ok.error();
    }
    if (!probabilities.empty()) {
        double sum = 0.0;
        for (double p : probabilities)
            sum += p;
        transcript.confidence = std::clamp(sum / double(probabilities.size()), 0.0, 1.0);
    }
    qCDebug(lcPocketSphinx) << "recognised" << speech.durationSeconds() << "s:" << transcript.text;
    return transcript;
}

} // namespace

PocketSphinxSpeechToText::PocketSphinxSpeechToText(const QJsonObject& settings)
    : m_pool(poolFor(settings.value(QLatin1String("model_dir")).toString(QLatin1String(kDefaultModelDir))))
{}

QString PocketSphinxSpeechToText::name() const
{
    return QLatin1String(kName);
}

ProbeJob* PocketSphinxSpeechToText::probe(QObject* parent)
{
    return new BackgroundProbeJob(
        [pool = m_pool](const std::atomic_bool&) -> Result<QString> {
            if (Status model = pool->checkModel(); !model)
                return model.error();
            // Loading a decoder once proves the model works; later probes only check the files.
            if (!pool->hasWorkingDecoder()) {
                Result<DecoderPool::Lease> lease = pool->acquire();
                if (!lease)
                    return lease.error();
            }
            return QStringLiteral("en-us model loaded from %1").arg(pool->modelDir());
        },
        parent);
}

TranscribeJob* PocketSphinxSpeechToText::transcribe(const TranscriptionRequest& request, QObject* parent)
{
    const QString language = request.language;
    const AudioClip audio = request.audio;
    return new BackgroundTranscribeJob(
        [pool = m_pool, language, audio](const std::atomic_bool& cancelled) -> Result<Transcript> {
            if (!isEnglish(language))
                return ProviderError::make(ErrorKind::Unsupported,
                                           vd::tr("pocketsphinx_stt recognises English (en-US) only, not "
                                                  "'%1'. Choose a cloud provider for that language.")
                                               .arg(language));
            if (audio.isEmpty() || audio.sampleRate <= 0)
                return ProviderError::make(ErrorKind::BadRequest, vd::tr("There is no audio to transcribe."));
            return recognize(pool, audio, cancelled);
        },
        parent);
}

} // namespace vd
