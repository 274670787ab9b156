#pragma once

#include "core/model/jobs.h"
#include "core/network/cloudcalljob.h"

#include <optional>

namespace vd {

using VoiceListParser = CloudCallJob<VoiceListJob, QList<Voice>>::Parser;

// The voices of a cloud TTS provider: from the vendor's voice list call, or, for vendors without
// one, the documented list (delivered asynchronously like any job result).
class CloudVoiceListJob final : public CloudCallJob<VoiceListJob, QList<Voice>>
{
public:
    CloudVoiceListJob(CloudContext context, Result<HttpCall> call, VoiceListParser parse,
                      QObject* parent = nullptr)
        : CloudCallJob(std::move(context), std::move(call), std::move(parse), parent)
    {}
    CloudVoiceListJob(QList<Voice> documentedVoices, QObject* parent = nullptr)
        : CloudCallJob({}, HttpCall{}, {}, parent), m_documented(std::move(documentedVoices))
    {}

protected:
    void deliver(QList<Voice> voices) override { setVoices(std::move(voices)); }
    void doStart() override;

private:
    std::optional<QList<Voice>> m_documented;
};

} // namespace vd
