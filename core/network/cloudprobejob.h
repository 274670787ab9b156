#pragma once

#include "core/model/jobs.h"
#include "core/network/cloudcontext.h"

#include <QPointer>
#include <functional>

namespace vd {

class HttpJob;

// What a successful probe answer says, for people ("12 models listed"); an error when the
// answer does not have the expected shape.
using ProbeParser = std::function<Result<QString>(const HttpResponse&)>;

// An active health probe over HTTP: one request, success when the answer parses.
class CloudProbeJob : public ProbeJob
{
    Q_OBJECT

public:
    CloudProbeJob(CloudContext context, Result<HttpCall> call, ProbeParser parse, QObject* parent = nullptr);

protected:
    void doStart() override;
    void doCancel() override;

private:
    CloudContext m_context;
    Result<HttpCall> m_call;
    ProbeParser m_parse;
    QPointer<HttpJob> m_http;
};

} // namespace vd
