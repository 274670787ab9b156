#include "core/providers/cloud/cloudsetup.h"

#include "core/network/cloudprobejob.h"

namespace vd {

CloudSetup makeCloudSetup(const ProviderInfo& info, CloudVendor vendor, const ProviderContext& context,
                          const Clock& clock, const QLoggingCategory& log)
{
    CloudSetup setup;
    setup.name = info.name;
    setup.settings = info.settingsSchema.withDefaults(context.settings);
    setup.credential = context.credential;
    ProviderContext filled = context;
    filled.settings = setup.settings;
    setup.cloud = makeCloudContext(vendor, filled, setup.name);
    setup.cloud.clock = &clock;
    if (!setup.cloud.configurationProblem.isEmpty())
        qCInfo(log).noquote() << setup.cloud.configurationProblem;
    return setup;
}

ProbeJob* makeCloudProbe(const CloudSetup& setup, Result<HttpCall> call,
                         Result<QString> (*answer)(const HttpResponse&, const QJsonObject& settings),
                         QObject* parent)
{
    return new CloudProbeJob(
        setup.cloud, std::move(call),
        [answer, settings = setup.settings](const HttpResponse& response) {
            return answer(response, settings);
        },
        parent);
}

} // namespace vd
