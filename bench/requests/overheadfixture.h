#pragma once

#include "bench/support/benchruntime.h"
#include "bench/support/mockcontrol.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <memory>

namespace vd::bench {

// What the request benchmarks share: the mock process, a runtime whose OpenAI providers point
// at it (every other cloud provider disabled, so nothing leaves the machine), and a bare
// QNetworkAccessManager for the baseline. Created once per program on first use.
struct OverheadFixture
{
    MockControl mock;
    std::unique_ptr<BenchRuntime> runtime;
    QNetworkAccessManager bare;

    static OverheadFixture& instance();
    // Empty when ready, else what is wrong (for SkipWithError).
    QString failure() const;

    // The config for openai_stt/openai_tts at the mock with `routing` (merged over the defaults).
    static QJsonObject openAiOnlyConfig(const QUrl& openAiUrl, const QJsonObject& routing = {});
};

} // namespace vd::bench
