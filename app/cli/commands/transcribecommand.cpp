#include "app/cli/commands/transcribecommand.h"

#include "app/cli/commands/routedresult.h"
#include "core/audio/audiodecoder.h"
#include "core/resilience/routedtranscribejob.h"
#include "core/resilience/router.h"
#include "core/runtime/runtime.h"

#include <QFileInfo>
#include <memory>

namespace vd::cli {

void TranscribeCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The recording to transcribe."));
    parser.addOption({QStringLiteral("provider"),
                      tr("An STT provider name, or auto for the priority chain (default: auto)."),
                      QStringLiteral("NAME"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("language"), tr("Language code, e.g. en-US (default: the provider's)."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("reference"),
                      tr("The expected text; reports the word error rate (default: none). Texts over 50 "
                         "million word pairs (reference × transcript words) get no rate."),
                      QStringLiteral("TEXT")});
}

int TranscribeCommand::prepare(const QCommandLineParser& parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        m_out.error(tr("transcribe needs exactly one audio file, e.g. voicedeck-cli transcribe take.wav"));
        return ExitUsage;
    }
    m_file = files.first();
    if (!checkReadableFile(m_file))
        return ExitUsage;
    m_provider = parser.value(QStringLiteral("provider"));
    if (m_provider == QLatin1String("auto"))
        m_provider.clear();
    else if (!checkProviderName(m_provider, "stt"))
        return ExitUsage;
    m_language = parser.value(QStringLiteral("language"));
    if (parser.isSet(QStringLiteral("reference")))
        m_reference = parser.value(QStringLiteral("reference"));
    return ExitOk;
}

void TranscribeCommand::run()
{
    m_timer.start();
    decodeThen(m_file, [this](const AudioClip& clip) { transcribe(clip); });
}

void TranscribeCommand::transcribe(const AudioClip& clip)
{
    m_out.diagnostic(tr("decoded %1: %2 s, as %3 Hz, %4 channel(s)")
                         .arg(m_file)
                         .arg(clip.durationSeconds(), 0, 'f', 2)
                         .arg(clip.sampleRate)
                         .arg(clip.channels));
    RoutedTranscribeJob* job = m_runtime->router().transcribe(
        TranscriptionRequest{clip, m_language, QFileInfo(m_file).fileName()}, m_provider, this);
    connect(job, &ProviderJob::finished, this, [this, job] {
        const double latency = double(m_timer.nsecsElapsed()) / 1e6;
        reportRouting(m_out, *job, job->trace());
        QJsonObject json = routedResultJson(*job, job->trace(), job->provider(), latency);
        QJsonValue wer; // null without a reference
        if (!job->hasError()) {
            json.insert(QStringLiteral("text"), job->transcript().text);
            json.insert(QStringLiteral("language"), job->transcript().language);
            if (m_reference)
                wer = werJson(m_out, *m_reference, job->transcript().text);
        }
        json.insert(QStringLiteral("wer"), wer);
        if (m_out.json()) {
            m_out.printJson(json);
        } else if (!job->hasError()) {
            m_out.printLine(job->transcript().text);
            m_out.diagnostic(tr("provider %1, %2 ms").arg(job->provider()).arg(latency, 0, 'f', 1));
            if (wer.isDouble())
                m_out.printLine(tr("WER: %1").arg(wer.toDouble(), 0, 'f', 3));
        }
        Q_EMIT finished(routedExitCode(*job));
    });
    job->startNow();
}

} // namespace vd::cli
