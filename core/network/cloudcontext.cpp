#include "core/network/cloudcontext.h"

#include "core/network/errorclassifier.h"
#include "core/network/httpjob.h"

namespace vd {

std::optional<ProviderError> CloudContext::configurationError() const
{
    if (configurationProblem.isEmpty())
        return std::nullopt;
    return ProviderError::make(ErrorKind::NotConfigured, configurationProblem);
}

HttpJob* startCloudCall(const CloudContext& context, const HttpCall& call, QObject* owner,
                        std::function<void(Result<HttpResponse>)> done)
{
    auto* job = new HttpJob(context.network, call, owner);
    job->setTransferTimeout(context.transferTimeout);
    const CloudVendor vendor = context.vendor;
    const Clock* clock = context.clock;
    QObject::connect(job, &HttpJob::finished, owner, [job, vendor, clock, done = std::move(done)] {
        job->deleteLater();
        const HttpResponse& response = job->response();
        if (std::optional<ProviderError> error = classifyResponse(vendor, response, *clock))
            done(*error);
        else
            done(response);
    });
    job->start();
    return job;
}

} // namespace vd
