#include "core/network/cloudtranscribejob.h"

#include "core/network/httpjob.h"

namespace vd {

CloudTranscribeJob::CloudTranscribeJob(CloudContext context, TranscribePreparer prepare,
                                       TranscriptParser parse, QObject* parent)
    : TranscribeJob(parent), m_context(std::move(context)), m_prepare(std::move(prepare)),
      m_parse(std::move(parse))
{}

void CloudTranscribeJob::doStart()
{
    if (auto error = m_context.configurationError()) {
        emitError(*error);
        return;
    }
    m_preparing = true;
    m_preparation.run(m_prepare, [this](PreparedParts prepared) {
        if (m_preparing)
            onPrepared(std::move(prepared));
    });
}

void CloudTranscribeJob::doCancel()
{
    // The worker finishes on its own; its result is simply never looked at.
    m_preparing = false;
    if (m_http) {
        m_http->abort();
        m_http->deleteLater();
    }
}

void CloudTranscribeJob::onPrepared(PreparedParts prepared)
{
    m_preparing = false;
    if (prepared.error) {
        emitError(*prepared.error);
        return;
    }
    if (prepared.parts.isEmpty()) {
        emitError(ProviderError::make(ErrorKind::BadRequest,
                                      tr("The recording is empty: there is nothing to transcribe.")));
        return;
    }
    m_parts = std::move(prepared.parts);
    sendNext();
}

void CloudTranscribeJob::sendNext()
{
    const PreparedPart& part = m_parts.at(m_transcripts.size());
    m_http = startCloudCall(m_context, part.call, this,
                            [this](Result<HttpResponse> response) { onPartDone(response); });
}

void CloudTranscribeJob::onPartDone(Result<HttpResponse> response)
{
    m_http = nullptr;
    const int index = m_transcripts.size();
    auto failPart = [this, index](ProviderError error) {
        if (m_parts.size() > 1)
            error.message = tr("Part %1 of %2 of the recording failed: %3")
                                .arg(index + 1)
                                .arg(m_parts.size())
                                .arg(error.message);
        emitError(error);
    };
    if (!response) {
        failPart(response.error());
        return;
    }
    Result<Transcript> transcript = m_parse(*response);
    if (!transcript) {
        failPart(transcript.error());
        return;
    }
    m_transcripts.append(std::move(transcript).value());
    if (m_transcripts.size() < m_parts.size()) {
        sendNext();
        return;
    }
    QList<double> starts;
    for (const PreparedPart& part : std::as_const(m_parts))
        starts.append(part.startSeconds);
    setTranscript(joinTranscripts(m_transcripts, starts));
    emitResult();
}

Transcript joinTranscripts(const QList<Transcript>& transcripts, const QList<double>& partStarts)
{
    Transcript joined;
    QStringList texts;
    double confidenceSum = 0.0;
    int confidenceCount = 0;
    for (qsizetype i = 0; i < transcripts.size(); ++i) {
        const Transcript& part = transcripts.at(i);
        const double offset = i < partStarts.size() ? partStarts.at(i) : 0.0;
        const QString text = part.text.trimmed();
        if (!text.isEmpty())
            texts.append(text);
        if (joined.language.isEmpty())
            joined.language = part.language;
        if (part.confidence) {
            confidenceSum += *part.confidence;
            ++confidenceCount;
        }
        for (TranscriptSegment segment : part.segments) {
            segment.startSeconds += offset;
            segment.endSeconds += offset;
            joined.segments.append(segment);
        }
    }
    joined.text = texts.join(QLatin1Char(' '));
    if (confidenceCount > 0)
        joined.confidence = confidenceSum / confidenceCount;
    return joined;
}

} // namespace vd
