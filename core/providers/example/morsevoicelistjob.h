#pragma once

#include "core/model/jobs.h"

namespace vd {

// Lists the one voice of the Morse provider.
class MorseVoiceListJob : public VoiceListJob
{
    Q_OBJECT

public:
    using VoiceListJob::VoiceListJob;

protected:
    void doStart() override;
};

} // namespace vd
