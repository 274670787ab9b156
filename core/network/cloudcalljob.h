#pragma once

#include "core/model/result.h"
#include "core/network/cloudcontext.h"
#include "core/network/httpcall.h"
#include "core/network/httpjob.h"
#include "core/network/httpresponse.h"

#include <QPointer>
#include <functional>

namespace vd {

// The one shape of a cloud job that sends one request: fail at once when the provider is not
// configured or the request could not be built (limits, formats), without touching the network;
// else send it, parse the answer and deliver() the value, or fail with the classified error.
// `Base` is the job interface (ProbeJob, SynthesizeJob, VoiceListJob), `Value` what its answer
// parses to. Transcription, which sends one request per part, is CloudTranscribeJob.
template <typename Base, typename Value> class CloudCallJob : public Base
{
public:
    using Parser = std::function<Result<Value>(const HttpResponse&)>;

    CloudCallJob(CloudContext context, Result<HttpCall> call, Parser parse, QObject* parent)
        : Base(parent), m_context(std::move(context)), m_call(std::move(call)), m_parse(std::move(parse))
    {}

protected:
    // Hands the parsed answer to the job's result (setDetail, setAudio, setVoices).
    virtual void deliver(Value value) = 0;
    // Before sending: the job may change the call (ask for a streamed body) and watch the
    // HttpJob once it runs.
    virtual void prepare(HttpCall& /*call*/) {}
    virtual void watch(HttpJob& /*http*/) {}

    void doStart() override
    {
        if (auto error = m_context.configurationError()) {
            this->emitError(*error);
            return;
        }
        if (!m_call) {
            this->emitError(m_call.error());
            return;
        }
        HttpCall call = *m_call;
        prepare(call);
        m_http = startCloudCall(m_context, call, this, [this](Result<HttpResponse> response) {
            m_http = nullptr;
            if (!response) {
                this->emitError(response.error());
                return;
            }
            Result<Value> value = m_parse(*response);
            if (!value) {
                this->emitError(value.error());
                return;
            }
            deliver(std::move(value).value());
            this->emitResult();
        });
        if (m_http)
            watch(*m_http);
    }

    void doCancel() override
    {
        if (m_http) {
            m_http->abort();
            m_http->deleteLater();
        }
    }

private:
    CloudContext m_context;
    Result<HttpCall> m_call;
    Parser m_parse;
    QPointer<HttpJob> m_http;
};

} // namespace vd
