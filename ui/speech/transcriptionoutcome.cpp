#include "ui/speech/transcriptionoutcome.h"

#include "core/resilience/routedtranscribejob.h"

#include <QLocale>

namespace vd {

TranscriptionOutcome TranscriptionOutcome::fromJob(const RoutedTranscribeJob& job, double latencyMs)
{
    TranscriptionOutcome outcome;
    outcome.ok = !job.hasError();
    outcome.latencyMs = latencyMs;
    outcome.trace = job.trace();
    outcome.provider = job.provider();
    if (outcome.provider.isEmpty() && !job.trace().attempts().isEmpty())
        outcome.provider = job.trace().attempts().constLast().provider;
    if (outcome.ok) {
        outcome.text = job.transcript().text;
        outcome.language = job.transcript().language;
    } else {
        outcome.error = job.error();
    }
    return outcome;
}

void TranscriptionOutcome::setScore(const std::optional<WordAlignment>& score)
{
    wer = score ? std::optional<double>(score->wer.rate) : std::nullopt;
    alignment = score ? score->words : QList<AlignedWord>();
}

QJsonObject TranscriptionOutcome::toJson() const
{
    QJsonObject json = trace.toJson();
    json.insert(QStringLiteral("ok"), ok);
    json.insert(QStringLiteral("provider"), provider.isEmpty() ? QJsonValue() : QJsonValue(provider));
    json.insert(QStringLiteral("latency_ms"), latencyMs);
    json.insert(QStringLiteral("wer"), wer ? QJsonValue(*wer) : QJsonValue());
    if (ok) {
        json.insert(QStringLiteral("text"), text);
        json.insert(QStringLiteral("language"), language);
    } else if (error) {
        json.insert(QStringLiteral("error"), error->toJson());
    }
    return json;
}

QString TranscriptionOutcome::toText() const
{
    QString out = ok ? text : errorMessage();
    out += QStringLiteral("\n\n");
    out += tr("Provider: %1\nLatency: %2 ms\n")
               .arg(provider.isEmpty() ? QStringLiteral("-") : provider)
               .arg(latencyMs, 0, 'f', 1);
    if (wer)
        out += tr("WER: %1\n").arg(werText(*wer));
    if (!trace.isEmpty()) {
        out += tr("Routing:\n");
        for (const QString& line : trace.toText())
            out += QStringLiteral("  ") + line + QLatin1Char('\n');
    }
    return out;
}

QString TranscriptionOutcome::errorMessage() const
{
    if (!error)
        return {};
    const QString message = error->shownText();
    if (provider.isEmpty())
        return message;
    return tr("%1 failed: %2").arg(provider, message);
}

QString TranscriptionOutcome::werText(double wer)
{
    return QLocale().toString(wer * 100.0, 'f', 1) + QStringLiteral(" %");
}

} // namespace vd
