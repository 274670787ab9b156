#pragma once

#include "core/model/jobs.h"
#include "core/network/cloudcalljob.h"

namespace vd {

// What a successful probe answer says, for people ("12 models listed"); an error when the
// answer does not have the expected shape.
using ProbeParser = CloudCallJob<ProbeJob, QString>::Parser;

// An active health probe over HTTP: one request, success when the answer parses.
class CloudProbeJob final : public CloudCallJob<ProbeJob, QString>
{
public:
    CloudProbeJob(CloudContext context, Result<HttpCall> call, ProbeParser parse, QObject* parent = nullptr)
        : CloudCallJob(std::move(context), std::move(call), std::move(parse), parent)
    {}

protected:
    void deliver(QString detail) override { setDetail(std::move(detail)); }
};

} // namespace vd
