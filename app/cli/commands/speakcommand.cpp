#include "app/cli/commands/speakcommand.h"

#include "app/cli/commands/routedresult.h"
#include "core/audio/audiodecoder.h"
#include "core/audio/audioencoder.h"
#include "core/model/speechtext.h"
#include "core/model/speedrange.h"
#include "core/registry/providerregistry.h"
#include "core/resilience/routedsynthesizejob.h"
#include "core/resilience/router.h"
#include "core/runtime/runtime.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QTemporaryFile>
#include <limits>

namespace vd::cli {

namespace {
// Far beyond any provider's limit; stops a runaway pipe from filling memory.
constexpr qint64 kMaxInputBytes = 1 << 20;
} // namespace

void SpeakCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("TEXT"),
                                 tr("The text to speak, or - to read it from stdin."));
    parser.addOption(
        {QStringLiteral("output"),
         tr("The audio file to write; its extension picks the format: .wav, .flac, .ogg, .mp3 (required)."),
         QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("provider"),
                      tr("A TTS provider name, or auto for the priority chain (default: auto)."),
                      QStringLiteral("NAME"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("voice"),
                      tr("Voice id, see voicedeck-cli voices (default: the provider's setting)."),
                      QStringLiteral("V")});
    parser.addOption({QStringLiteral("language"),
                      tr("Language code, e.g. en-US (default: the provider's setting)."),
                      QStringLiteral("L")});
    parser.addOption({QStringLiteral("speed"),
                      tr("Speaking rate within the provider's range (default: 1.0 = normal): OpenAI and "
                         "Google 0.25–4, Yandex 0.1–3, offline engines and plugins 0.25–4; with auto, "
                         "every enabled TTS provider's."),
                      QStringLiteral("X"), QStringLiteral("1.0")});
}

int SpeakCommand::prepare(const QCommandLineParser& parser)
{
    const QStringList texts = parser.positionalArguments();
    if (texts.size() != 1) {
        m_out.error(tr("speak needs exactly one text argument (quote it), or - to read stdin"));
        return ExitUsage;
    }
    QString text = texts.first();
    if (text == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            m_out.error(tr("cannot read the text from stdin"));
            return ExitUsage;
        }
        const QByteArray bytes = in.read(kMaxInputBytes + 1);
        if (bytes.size() > kMaxInputBytes) {
            m_out.error(
                tr("the text on stdin is over %1 bytes; split it into smaller parts").arg(kMaxInputBytes));
            return ExitUsage;
        }
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = utf8.decode(bytes);
        if (utf8.hasError()) {
            m_out.error(tr("the text on stdin is not valid UTF-8; convert it first (e.g. iconv -t UTF-8)"));
            return ExitUsage;
        }
    }
    // Before any (billed) request: nothing but NULs or zero-width characters, or a lone surrogate.
    if (const QString problem = speechTextProblem(text); !problem.isEmpty()) {
        m_out.error(problem);
        return ExitUsage;
    }
    m_request.text = text;
    m_output = parser.value(QStringLiteral("output"));
    if (m_output.isEmpty()) {
        m_out.error(tr("speak needs --output FILE (e.g. --output hello.wav)"));
        return ExitUsage;
    }
    if (audioFormatForPath(m_output).isEmpty()) {
        m_out.error(tr("cannot tell the audio format of \"%1\"; use a .wav, .flac, .ogg or .mp3 file name")
                        .arg(m_output));
        return ExitUsage;
    }
    if (!checkOutputPath())
        return ExitUsage;
    m_request.voice = parser.value(QStringLiteral("voice"));
    m_request.language = parser.value(QStringLiteral("language"));
    m_request.format = QStringLiteral("wav");
    m_provider = parser.value(QStringLiteral("provider"));
    if (m_provider == QLatin1String("auto"))
        m_provider.clear();
    else if (!checkProviderName(m_provider, "tts"))
        return ExitUsage;
    return checkSpeed(parser.value(QStringLiteral("speed"))) ? ExitOk : ExitUsage;
}

bool SpeakCommand::checkOutputPath() const
{
    const QFileInfo info(m_output);
    const QString directory = info.absolutePath();
    QString problem;
    if (info.isDir()) {
        problem = tr("--output \"%1\" is a directory; name a file in it, e.g. %1/speech.wav").arg(m_output);
    } else if (info.exists() && !info.isFile()) {
        // A device or pipe cannot be replaced atomically (and as root, /dev/full would be).
        problem = tr("--output \"%1\" is not a regular file; name a regular audio file").arg(m_output);
    } else if (info.exists() && !info.isWritable()) {
        problem = tr("--output \"%1\" is read-only; choose another file or make it writable").arg(m_output);
    } else if (!QFileInfo(directory).isDir()) {
        problem = tr("--output \"%1\": the directory %2 does not exist; create it or choose another")
                      .arg(m_output, directory);
    } else if (QTemporaryFile probe(directory + QStringLiteral("/.voicedeck-XXXXXX")); !probe.open()) {
        problem = tr("--output \"%1\": cannot create files in %2 (%3); choose a writable directory")
                      .arg(m_output, directory, probe.errorString());
    }
    if (problem.isEmpty())
        return true;
    m_out.error(problem);
    return false;
}

bool SpeakCommand::checkSpeed(const QString& value)
{
    bool ok = false;
    const double speed = value.toDouble(&ok);
    // With auto, any enabled provider may speak, so the speed must suit them all.
    SpeedRange range{0.0, std::numeric_limits<double>::infinity()};
    QString whose;
    if (!m_provider.isEmpty()) {
        range = speedRange(m_runtime->registry().info(m_provider)->settingsSchema);
        whose = m_provider;
    } else {
        for (const ProviderInfo& info : m_runtime->registry().availableProviders(ProviderCategory::Tts, true))
            range = range.intersected(speedRange(info.settingsSchema));
        whose = tr("every enabled TTS provider (name one with --provider for its own range)");
    }
    if (ok && range.contains(speed)) {
        m_request.speed = speed;
        return true;
    }
    m_out.error(tr("--speed %1 is not a number in %2, the range of %3; 1.0 is normal")
                    .arg(value, range.text(), whose));
    return false;
}

void SpeakCommand::run()
{
    m_timer.start();
    RoutedSynthesizeJob* job = m_runtime->router().synthesize(m_request, m_provider, this);
    connect(job, &ProviderJob::finished, this, [this, job] { save(*job); });
    job->startNow();
}

void SpeakCommand::save(const RoutedSynthesizeJob& job)
{
    const double latency = double(m_timer.nsecsElapsed()) / 1e6;
    reportRouting(m_out, job, job.trace());
    QJsonObject json = routedResultJson(job, job.trace(), job.provider(), latency);
    int exitCode = routedExitCode(job);
    if (!job.hasError()) {
        const Result<AudioClip> clip = decodeAudio(job.audio(), job.provider());
        const Status saved = clip ? saveEncodedAudio(job.audio(), m_output) : Status(clip.error());
        if (!saved) {
            m_out.error(tr("could not write %1: %2").arg(m_output, saved.error().message));
            json.insert(QStringLiteral("ok"), false);
            json.insert(QStringLiteral("error"), saved.error().toJson());
            exitCode = ExitProvidersFailed;
        } else {
            json.insert(QStringLiteral("output"), m_output);
            json.insert(QStringLiteral("format"), audioFormatForPath(m_output));
            json.insert(QStringLiteral("sample_rate"), clip->sampleRate);
            json.insert(QStringLiteral("duration_ms"), clip->durationSeconds() * 1000.0);
            if (!m_out.json())
                m_out.printLine(tr("wrote %1 (%2 s, %3 Hz) with %4")
                                    .arg(m_output)
                                    .arg(clip->durationSeconds(), 0, 'f', 2)
                                    .arg(clip->sampleRate)
                                    .arg(job.provider()));
        }
    }
    if (m_out.json())
        m_out.printJson(json);
    Q_EMIT finished(exitCode);
}

} // namespace vd::cli
