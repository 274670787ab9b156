#include "core/network/cloudcontext.h"

#include "core/model/providerdefinition.h"
#include "core/model/settingsschema.h"
#include "core/network/errorclassifier.h"
#include "core/network/httpjob.h"

#include <QCoreApplication>

namespace vd {

std::optional<ProviderError> CloudContext::configurationError() const
{
    if (configurationProblem.isEmpty())
        return std::nullopt;
    return ProviderError::make(ErrorKind::NotConfigured, configurationProblem);
}

CloudContext makeCloudContext(CloudVendor vendor, const ProviderContext& context, const QString& providerName)
{
    CloudContext cloud;
    cloud.network = context.network;
    cloud.vendor = vendor;
    const int timeoutMs = context.settings.value(QLatin1String("timeout_ms")).toInt(120000);
    cloud.transferTimeout = std::chrono::milliseconds(qMax(1000, timeoutMs));
    const QString baseUrl = context.settings.value(QLatin1String("base_url")).toString();
    const QString urlProblem = checkServiceUrl(baseUrl);
    if (!urlProblem.isEmpty()) {
        cloud.configurationProblem =
            QCoreApplication::translate("vd::CloudContext",
                                        "The base_url \"%1\" of %2 is rejected: %3. Set "
                                        "providers.%2.settings.base_url to an https:// URL.")
                .arg(baseUrl, providerName, urlProblem);
    } else if (!context.credential.isPresent()) {
        cloud.configurationProblem =
            QCoreApplication::translate("vd::CloudContext", "%1 has no credential: %2.")
                .arg(providerName, vendorCredentialHint(vendor));
    }
    return cloud;
}

QUrl endpointUrl(const QString& baseUrl, const QString& path)
{
    QString base = baseUrl.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + path);
}

HttpJob* startCloudCall(const CloudContext& context, const HttpCall& call, QObject* owner,
                        std::function<void(Result<HttpResponse>)> done)
{
    auto* job = new HttpJob(context.network, call, owner);
    job->setTransferTimeout(context.transferTimeout);
    const CloudVendor vendor = context.vendor;
    const Clock* clock = context.clock;
    QObject::connect(job, &HttpJob::finished, owner, [job, vendor, clock, done = std::move(done)] {
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
