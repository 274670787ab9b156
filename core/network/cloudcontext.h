#pragma once

#include "core/model/clock.h"
#include "core/model/result.h"
#include "core/network/cloudvendor.h"
#include "core/network/httpcall.h"
#include "core/network/httpresponse.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QObject;

namespace vd {

class HttpJob;
struct ProviderContext;

// What the generic cloud jobs need to talk to one vendor: the shared network access manager,
// whose error conventions apply, the clock for Retry-After dates and the idle-transfer timeout.
struct CloudContext
{
    QNetworkAccessManager* network = nullptr;
    CloudVendor vendor = CloudVendor::OpenAi;
    const Clock* clock = &SystemClock::instance();
    std::chrono::milliseconds transferTimeout{120000};
    // Non-empty when the provider cannot make calls (no credential, base_url rejected): every
    // job then fails with not_configured and this message, without touching the network.
    QString configurationProblem;

    std::optional<ProviderError> configurationError() const;
};

// The context of a provider instance: its base_url must pass checkServiceUrl() and its
// credential must be present, else every job fails with not_configured naming the problem.
// `timeout_ms` in the settings sets the idle-transfer safety net.
CloudContext makeCloudContext(CloudVendor vendor, const ProviderContext& context,
                              const QString& providerName);

// `{base_url}{path}`, tolerating a trailing slash on base_url.
QUrl endpointUrl(const QString& baseUrl, const QString& path);

// Sends `call` as a child HttpJob of `owner` and hands `done` either the successful (complete
// 2xx) response or the classified error. The returned job can be aborted (then `done` never runs).
// It lives as long as `owner` (a provider job, which ends with its request): deleting it as soon as
// it finished would cost every request another trip through the event loop (issue #13).
HttpJob* startCloudCall(const CloudContext& context, const HttpCall& call, QObject* owner,
                        std::function<void(Result<HttpResponse>)> done);

} // namespace vd
