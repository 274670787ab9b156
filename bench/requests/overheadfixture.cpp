#include "bench/requests/overheadfixture.h"

#include "bench/support/benchmain.h"

namespace vd::bench {

OverheadFixture& OverheadFixture::instance()
{
    static OverheadFixture* fixture = nullptr;
    if (!fixture) {
        fixture = new OverheadFixture;
        teardowns().push_back([] {
            delete fixture;
            fixture = nullptr;
        });
        if (fixture->mock.isReady())
            fixture->runtime = std::make_unique<BenchRuntime>(openAiOnlyConfig(fixture->mock.openAiUrl()));
    }
    return *fixture;
}

QString OverheadFixture::failure() const
{
    if (!mock.isReady())
        return mock.failure();
    if (!runtime || !runtime->isReady())
        return runtime ? runtime->failure() : QStringLiteral("no runtime");
    return {};
}

QJsonObject OverheadFixture::openAiOnlyConfig(const QUrl& openAiUrl, const QJsonObject& routing)
{
    const QJsonObject off{{QStringLiteral("enabled"), false}};
    QJsonObject routingSection{{QStringLiteral("attempt_timeout_ms"), 10000},
                               {QStringLiteral("request_deadline_ms"), 30000}};
    for (auto it = routing.begin(); it != routing.end(); ++it)
        routingSection.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("providers"),
         QJsonObject{
             {QStringLiteral("openai_stt"), BenchRuntime::baseUrl(openAiUrl.toString())},
             {QStringLiteral("openai_tts"), BenchRuntime::baseUrl(openAiUrl.toString())},
             {QStringLiteral("google_stt"), off},
             {QStringLiteral("google_tts"), off},
             {QStringLiteral("yandex_stt"), off},
             {QStringLiteral("yandex_tts"), off},
         }},
        {QStringLiteral("routing"), routingSection},
    };
}

} // namespace vd::bench
