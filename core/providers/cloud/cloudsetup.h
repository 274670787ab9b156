#pragma once

#include "core/model/clock.h"
#include "core/model/credential.h"
#include "core/model/jobs.h"
#include "core/model/providerdefinition.h"
#include "core/model/providerinfo.h"
#include "core/network/cloudcontext.h"
#include "core/network/httpcall.h"
#include "core/network/httpresponse.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>

namespace vd {

// What every cloud provider instance holds: its name, its settings with the schema's defaults
// filled in, its credential and the context its jobs talk to the vendor through.
struct CloudSetup
{
    QString name;
    QJsonObject settings;
    Credential credential;
    CloudContext cloud;
};

// The instance's setup; a provider that cannot make calls (no key, base_url rejected) is still
// created, logs why once, and fails every job with that reason (CloudContext::configurationProblem).
CloudSetup makeCloudSetup(const ProviderInfo& info, CloudVendor vendor, const ProviderContext& context,
                          const Clock& clock, const QLoggingCategory& log);

// The provider's health probe: `call`, its answer judged by `answer` (CloudProbeJob).
ProbeJob* makeCloudProbe(const CloudSetup& setup, Result<HttpCall> call,
                         Result<QString> (*answer)(const HttpResponse&, const QJsonObject& settings),
                         QObject* parent);

} // namespace vd
