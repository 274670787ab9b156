#include "app/cli/commands/comparecommand.h"

#include "app/cli/commands/routedresult.h"
#include "core/audio/audiodecoder.h"
#include "core/resilience/routedtranscribejob.h"
#include "core/resilience/router.h"
#include "core/resilience/routingtrace.h"
#include "core/runtime/configuredproviders.h"
#include "core/runtime/runtime.h"

#include <QFileInfo>
#include <memory>

namespace vd::cli {

void CompareCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("The recording to transcribe (WAV, FLAC, OGG/Opus, MP3)."));
    parser.addOption(
        {QStringLiteral("reference"),
         tr("The expected text; adds each provider's word error rate (default: none). Texts over "
            "50 million word pairs (reference × transcript words) get no rate."),
         QStringLiteral("TEXT")});
}

int CompareCommand::prepare(const QCommandLineParser& parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        m_out.error(tr("compare needs exactly one audio file, e.g. voicedeck-cli compare take.wav"));
        return ExitUsage;
    }
    m_file = files.first();
    if (!checkReadableFile(m_file))
        return ExitUsage;
    if (parser.isSet(QStringLiteral("reference")))
        m_reference = parser.value(QStringLiteral("reference"));
    return ExitOk;
}

void CompareCommand::run()
{
    decodeThen(m_file, [this](const AudioClip& clip) { compare(clip); });
}

void CompareCommand::compare(const AudioClip& clip)
{
    QList<RoutedTranscribeJob*> jobs;
    for (const RouteCandidate& candidate : m_runtime->providers().candidates(ProviderCategory::Stt)) {
        const QString& name = candidate.info.name;
        if (!candidate.info.enabled || !candidate.configured) {
            const QString reason = candidate.info.enabled ? SkipReason::NotConfigured : SkipReason::Disabled;
            m_skipped.append(
                QJsonObject{{QStringLiteral("provider"), name}, {QStringLiteral("reason"), reason}});
            m_out.diagnostic(tr("%1 skipped: %2").arg(name, reason));
            continue;
        }
        auto* job = m_runtime->router().transcribe(
            TranscriptionRequest{clip, QString(), QFileInfo(m_file).fileName()}, name, this);
        auto timer = std::make_shared<QElapsedTimer>();
        const int index = int(jobs.size());
        connect(job, &ProviderJob::finished, this, [this, index, name, job, timer] {
            collect(index, name, *job, double(timer->nsecsElapsed()) / 1e6);
        });
        jobs.append(job);
        timer->start();
    }
    m_pending = int(jobs.size());
    m_results.resize(jobs.size());
    m_lines.resize(jobs.size());
    if (jobs.isEmpty()) {
        m_out.error(
            tr("no STT provider is both enabled and configured; see voicedeck-cli providers, and add a key "
               "with voicedeck-cli keys set PROVIDER"));
        finish();
        return;
    }
    // Every job is created before any starts, so all run at the same time.
    for (RoutedTranscribeJob* job : std::as_const(jobs))
        job->startNow();
}

void CompareCommand::collect(int index, const QString& provider, const RoutedTranscribeJob& job,
                             double latencyMs)
{
    for (const QString& line : job.trace().toText())
        m_out.diagnostic(QStringLiteral("route: ") + line);
    QJsonObject result{{QStringLiteral("provider"), provider}, {QStringLiteral("latency_ms"), latencyMs}};
    QJsonValue wer; // null without a reference or a transcript
    QString outcome = QStringLiteral("ok");
    QString detail;
    if (job.hasError()) {
        // A provider the router refused to call (its breaker is open) was skipped, not failed.
        const bool refused = job.trace().attempts().isEmpty();
        outcome = refused ? QStringLiteral("skipped") : QStringLiteral("failed");
        result.insert(QStringLiteral("error"), job.error().toJson());
        result.insert(QStringLiteral("text"), QJsonValue());
        detail = job.error().summary();
        m_out.diagnostic(QStringLiteral("%1: %2").arg(provider, job.error().message));
    } else {
        ++m_succeeded;
        const QString& text = job.transcript().text;
        result.insert(QStringLiteral("text"), text);
        result.insert(QStringLiteral("language"), job.transcript().language);
        if (m_reference)
            wer = werJson(m_out, *m_reference, text, provider);
        detail = text;
    }
    result.insert(QStringLiteral("outcome"), outcome);
    result.insert(QStringLiteral("wer"), wer);
    m_results[index] = result;
    const QString werText = wer.isDouble() ? QString::number(wer.toDouble(), 'f', 3) : QStringLiteral("-");
    m_lines[index] = QStringLiteral("%1 %2 %3 %4  %5")
                         .arg(provider, -18)
                         .arg(outcome, -8)
                         .arg(QStringLiteral("%1 ms").arg(latencyMs, 0, 'f', 0), 9)
                         .arg(werText, 6)
                         .arg(detail);
    if (--m_pending == 0)
        finish();
}

void CompareCommand::finish()
{
    const int exitCode = m_succeeded > 0 ? ExitOk : ExitProvidersFailed;
    if (m_out.json()) {
        QJsonArray results;
        for (const QJsonObject& result : std::as_const(m_results))
            results.append(result);
        m_out.printJson(
            QJsonObject{{QStringLiteral("ok"), m_succeeded > 0},
                        {QStringLiteral("file"), m_file},
                        {QStringLiteral("reference"), m_reference ? QJsonValue(*m_reference) : QJsonValue()},
                        {QStringLiteral("results"), results},
                        {QStringLiteral("skipped"), m_skipped}});
    } else if (!m_results.isEmpty()) {
        m_out.printLine(QStringLiteral("%1 %2 %3 %4  %5")
                            .arg(QStringLiteral("PROVIDER"), -18)
                            .arg(QStringLiteral("OUTCOME"), -8)
                            .arg(QStringLiteral("LATENCY"), 9)
                            .arg(QStringLiteral("WER"), 6)
                            .arg(QStringLiteral("TEXT / ERROR")));
        for (const QString& line : std::as_const(m_lines))
            m_out.printLine(line);
    }
    if (exitCode != ExitOk && !m_results.isEmpty())
        m_out.error(tr("every STT provider failed on %1; run with --verbose for the details").arg(m_file));
    Q_EMIT finished(exitCode);
}

} // namespace vd::cli
