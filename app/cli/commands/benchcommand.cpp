#include "app/cli/commands/benchcommand.h"

#include "app/cli/commands/benchrun.h"
#include "core/audio/audiodecoder.h"
#include "core/history/historyrecorder.h"
#include "core/model/jobs.h"
#include "core/model/provider.h"
#include "core/model/speechtext.h"
#include "core/resilience/router.h"
#include "core/runtime/configuredproviders.h"
#include "core/runtime/runtime.h"

#include <QFileInfo>
#include <memory>

namespace vd::cli {

namespace {

std::optional<int> parseRange(const QCommandLineParser& parser, const QString& option, int fallback,
                              int maximum)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 1 || value > maximum)
        return std::nullopt;
    return value;
}

} // namespace

void BenchCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("A recording: benchmarks speech-to-text providers."));
    parser.addOption({QStringLiteral("text"),
                      tr("Text to synthesize: benchmarks text-to-speech providers instead."),
                      QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("provider"),
         tr("Benchmark only this provider (repeatable; default: every enabled, configured provider "
            "of the category)."),
         QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("requests"),
         tr("Requests per provider, 1 to %1 (default: %2).").arg(kMaxRequests).arg(kDefaultRequests),
         QStringLiteral("N"), QString::number(kDefaultRequests)});
    parser.addOption({QStringLiteral("concurrency"),
                      tr("Requests in flight at once per provider, 1 to %1 (default: %2).")
                          .arg(kMaxConcurrency)
                          .arg(kDefaultConcurrency),
                      QStringLiteral("C"), QString::number(kDefaultConcurrency)});
}

int BenchCommand::prepare(const QCommandLineParser& parser)
{
    const QStringList files = parser.positionalArguments();
    const bool text = parser.isSet(QStringLiteral("text"));
    if (files.size() > 1 || files.isEmpty() == !text) {
        m_out.error(tr("bench needs either one audio FILE (speech to text) or --text TEXT (text to speech), "
                       "e.g. voicedeck-cli bench take.wav"));
        return ExitUsage;
    }
    if (text) {
        m_text = parser.value(QStringLiteral("text"));
        m_category = ProviderCategory::Tts;
        // Every request of the benchmark would be refused (or billed for nothing).
        if (const QString problem = speechTextProblem(*m_text); !problem.isEmpty()) {
            m_out.error(QStringLiteral("--text: ") + problem);
            return ExitUsage;
        }
    } else {
        m_file = files.first();
        if (!checkReadableFile(m_file))
            return ExitUsage;
    }
    const std::optional<int> requests =
        parseRange(parser, QStringLiteral("requests"), kDefaultRequests, kMaxRequests);
    const std::optional<int> concurrency =
        parseRange(parser, QStringLiteral("concurrency"), kDefaultConcurrency, kMaxConcurrency);
    if (!requests) {
        m_out.error(tr("--requests needs a whole number from 1 to %1, got \"%2\"")
                        .arg(kMaxRequests)
                        .arg(parser.value(QStringLiteral("requests"))));
        return ExitUsage;
    }
    if (!concurrency) {
        m_out.error(tr("--concurrency needs a whole number from 1 to %1, got \"%2\"")
                        .arg(kMaxConcurrency)
                        .arg(parser.value(QStringLiteral("concurrency"))));
        return ExitUsage;
    }
    m_requests = *requests;
    m_concurrency = std::min(*concurrency, m_requests);
    m_providers = parser.values(QStringLiteral("provider"));
    m_providers.removeDuplicates();
    for (const QString& name : std::as_const(m_providers)) {
        if (!checkProviderName(name, text ? "tts" : "stt"))
            return ExitUsage;
    }
    return ExitOk;
}

void BenchCommand::run()
{
    if (m_text) {
        begin();
        return;
    }
    decodeThen(m_file, [this](const AudioClip& clip) {
        m_clip = clip;
        begin();
    });
}

void BenchCommand::begin()
{
    if (m_providers.isEmpty()) {
        for (const RouteCandidate& candidate : m_runtime->providers().candidates(m_category)) {
            if (candidate.info.enabled && candidate.configured)
                m_providers << candidate.info.name;
        }
    }
    if (m_providers.isEmpty()) {
        m_out.error(tr("no %1 provider is both enabled and configured; see voicedeck-cli providers")
                        .arg(categoryName(m_category)));
        finish();
        return;
    }
    if (!m_out.json())
        m_out.printLine(QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8")
                            .arg(QStringLiteral("PROVIDER"), -18)
                            .arg(QStringLiteral("REQS"), 5)
                            .arg(QStringLiteral("OK"), 5)
                            .arg(QStringLiteral("P50 ms"), 9)
                            .arg(QStringLiteral("P95 ms"), 9)
                            .arg(QStringLiteral("P99 ms"), 9)
                            .arg(QStringLiteral("REQ/S"), 7)
                            .arg(QStringLiteral("ERRORS")));
    next();
}

void BenchCommand::next()
{
    if (m_next >= m_providers.size()) {
        finish();
        return;
    }
    const QString name = m_providers.at(m_next++);
    const std::optional<RouteCandidate> candidate = m_runtime->providers().candidate(name);
    if (!candidate || !candidate->instance) {
        fail(name, candidate ? candidate->unavailable
                             : ProviderError::make(ErrorKind::BadRequest, tr("unknown provider")));
        next();
        return;
    }
    std::shared_ptr<Provider> provider = candidate->instance;
    BenchRun::JobFactory makeJob;
    if (m_text) {
        SynthesisRequest request;
        request.text = *m_text;
        request.format = QStringLiteral("wav");
        makeJob = [provider, request](QObject* parent) -> ProviderJob* {
            return static_cast<TextToSpeechProvider*>(provider.get())->synthesize(request, parent);
        };
    } else {
        const TranscriptionRequest request{m_clip, QString(), QFileInfo(m_file).fileName()};
        makeJob = [provider, request](QObject* parent) -> ProviderJob* {
            return static_cast<SpeechToTextProvider*>(provider.get())->transcribe(request, parent);
        };
    }
    m_out.diagnostic(
        tr("benchmarking %1: %2 requests, %3 at a time").arg(name).arg(m_requests).arg(m_concurrency));
    auto* run = new BenchRun(makeJob, m_requests, m_concurrency,
                             m_runtime->router().settings().attemptTimeoutMs, this);
    connect(run, &BenchRun::callFinished, this,
            [this, name](ProviderJob* job, double latencyMs) { recordCall(name, *job, latencyMs); });
    connect(run, &BenchRun::finished, this, [this, name, run] {
        report(name, *run);
        run->deleteLater();
        next();
    });
    run->start();
}

void BenchCommand::recordCall(const QString& provider, const ProviderJob& job, double latencyMs)
{
    RequestRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.operation = m_text ? RequestRecord::kSynthesize : RequestRecord::kTranscribe;
    record.provider = provider;
    record.latencyMs = latencyMs;
    record.attempts = 1;
    record.inputBytes = m_text ? m_text->toUtf8().size() : qint64(m_clip.samples.size()) * 2;
    if (job.hasError()) {
        record.outcome = QStringLiteral("failed");
        record.errorKind = errorKindName(job.error().kind);
        record.errorMessage = job.error().message;
    } else {
        record.outcome = QStringLiteral("ok");
        if (const auto* tts = qobject_cast<const SynthesizeJob*>(&job))
            record.outputBytes = tts->audio().data.size();
        else if (const auto* stt = qobject_cast<const TranscribeJob*>(&job))
            record.outputBytes = stt->transcript().text.toUtf8().size();
    }
    m_runtime->history().record(record);
}

void BenchCommand::report(const QString& provider, const BenchRun& run)
{
    const BenchStats& stats = run.stats();
    if (stats.successes() > 0)
        ++m_answered;
    QJsonObject json = stats.toJson();
    json.insert(QStringLiteral("provider"), provider);
    m_results.append(json);
    if (m_out.json())
        return;
    QStringList errors;
    for (auto it = stats.errors().cbegin(); it != stats.errors().cend(); ++it)
        errors << QStringLiteral("%1:%2").arg(it.key()).arg(it.value());
    const auto ms = [&stats](double q) {
        return stats.successes() > 0 ? QString::number(stats.percentile(q), 'f', 1) : QStringLiteral("-");
    };
    m_out.printLine(QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8")
                        .arg(provider, -18)
                        .arg(stats.requests(), 5)
                        .arg(stats.successes(), 5)
                        .arg(ms(0.50), 9)
                        .arg(ms(0.95), 9)
                        .arg(ms(0.99), 9)
                        .arg(QString::number(stats.throughput(), 'f', 2), 7)
                        .arg(errors.isEmpty() ? QStringLiteral("-") : errors.join(QLatin1Char(' '))));
}

void BenchCommand::fail(const QString& provider, const ProviderError& error)
{
    m_out.error(QStringLiteral("%1: %2").arg(provider, error.message));
    m_results.append(
        QJsonObject{{QStringLiteral("provider"), provider}, {QStringLiteral("error"), error.toJson()}});
}

void BenchCommand::finish()
{
    if (m_out.json()) {
        m_out.printJson(
            QJsonObject{{QStringLiteral("ok"), m_answered > 0},
                        {QStringLiteral("category"), categoryName(m_category)},
                        {QStringLiteral("input"), m_text ? QJsonObject{{QStringLiteral("text"), *m_text}}
                                                         : QJsonObject{{QStringLiteral("file"), m_file}}},
                        {QStringLiteral("requests"), m_requests},
                        {QStringLiteral("concurrency"), m_concurrency},
                        {QStringLiteral("providers"), m_results}});
    }
    Q_EMIT finished(m_answered > 0 ? ExitOk : ExitProvidersFailed);
}

} // namespace vd::cli
