#pragma once

#include "core/model/jobs.h"
#include "core/network/cloudcontext.h"

#include <QPointer>
#include <functional>
#include <optional>

namespace vd {

class HttpJob;

using VoiceListParser = std::function<Result<QList<Voice>>(const HttpResponse&)>;

// The voices of a cloud TTS provider: fetched with one request, or — for vendors without a
// listing endpoint — the documented list, delivered asynchronously like any other job result.
class CloudVoiceListJob : public VoiceListJob
{
    Q_OBJECT

public:
    CloudVoiceListJob(CloudContext context, Result<HttpCall> call, VoiceListParser parse,
                      QObject* parent = nullptr);
    CloudVoiceListJob(QList<Voice> documentedVoices, QObject* parent = nullptr);

protected:
    void doStart() override;
    void doCancel() override;

private:
    CloudContext m_context;
    std::optional<Result<HttpCall>> m_call;
    VoiceListParser m_parse;
    QList<Voice> m_documented;
    QPointer<HttpJob> m_http;
};

} // namespace vd
