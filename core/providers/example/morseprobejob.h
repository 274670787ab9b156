#pragma once

#include "core/model/jobs.h"

namespace vd {

// The Morse generator needs nothing outside the process, so its probe always succeeds.
class MorseProbeJob : public ProbeJob
{
    Q_OBJECT

public:
    using ProbeJob::ProbeJob;

protected:
    void doStart() override;
};

} // namespace vd
