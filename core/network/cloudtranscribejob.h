#pragma once

#include "core/model/jobs.h"
#include "core/model/poolhandoff.h"
#include "core/network/cloudcontext.h"

#include <QPointer>
#include <functional>
#include <optional>

namespace vd {

class HttpJob;

// One HTTP request for one part of a recording, and where that part starts in the recording.
struct PreparedPart
{
    HttpCall call;
    double startSeconds = 0.0;
};

// The requests for a whole recording, or why there are none (limits, empty audio).
struct PreparedParts
{
    QList<PreparedPart> parts;
    std::optional<ProviderError> error;
};

// Runs on a worker thread: converts, splits and encodes the audio (CPU work) into requests.
using TranscribePreparer = std::function<PreparedParts()>;
using TranscriptParser = std::function<Result<Transcript>(const HttpResponse&)>;

// Speech to text over HTTP for any vendor: prepares the requests off the caller's thread, sends
// the parts one after another, and joins their transcripts in order. The first failing part
// fails the job with that part's error.
class CloudTranscribeJob : public TranscribeJob
{
    Q_OBJECT

public:
    CloudTranscribeJob(CloudContext context, TranscribePreparer prepare, TranscriptParser parse,
                       QObject* parent = nullptr);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void onPrepared(PreparedParts prepared);
    void sendNext();
    void onPartDone(Result<HttpResponse> response);

    CloudContext m_context;
    TranscribePreparer m_prepare;
    TranscriptParser m_parse;
    PoolHandoff m_preparation{this};
    bool m_preparing = false; // a late preparation after a cancel is ignored
    QPointer<HttpJob> m_http;
    QList<PreparedPart> m_parts;
    QList<Transcript> m_transcripts;
};

// The transcripts of consecutive parts as one: texts joined with a space, segments shifted by
// each part's start, the first reported language, the mean of the reported confidences.
Transcript joinTranscripts(const QList<Transcript>& transcripts, const QList<double>& partStarts);

} // namespace vd
