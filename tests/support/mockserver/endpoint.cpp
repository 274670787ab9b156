#include "tests/support/mockserver/endpoint.h"

#include <QList>

namespace vd::test {

namespace {

struct EndpointRow
{
    Endpoint endpoint;
    const char* name;
    Vendor vendor;
    const char* suffix;
    const char* method;
};

constexpr EndpointRow kRows[] = {
    {Endpoint::All, "all", Vendor::OpenAi, "", ""},
    {Endpoint::OpenAiTranscriptions, "openai.transcriptions", Vendor::OpenAi, "/audio/transcriptions", "POST"},
    {Endpoint::OpenAiSpeech, "openai.speech", Vendor::OpenAi, "/audio/speech", "POST"},
    {Endpoint::OpenAiModels, "openai.models", Vendor::OpenAi, "/models", "GET"},
    {Endpoint::GoogleRecognize, "google.recognize", Vendor::Google, "/v1/speech:recognize", "POST"},
    {Endpoint::GoogleSynthesize, "google.synthesize", Vendor::Google, "/v1/text:synthesize", "POST"},
    {Endpoint::GoogleVoices, "google.voices", Vendor::Google, "/v1/voices", "GET"},
    {Endpoint::YandexRecognize, "yandex.recognize", Vendor::Yandex, "/speech/v1/stt:recognize", "POST"},
    {Endpoint::YandexSynthesize, "yandex.synthesize", Vendor::Yandex, "/speech/v1/tts:synthesize", "POST"},
    {Endpoint::Unknown, "unknown", Vendor::OpenAi, "", ""},
};

const EndpointRow& row(Endpoint endpoint)
{
    for (const EndpointRow& r : kRows) {
        if (r.endpoint == endpoint)
            return r;
    }
    return kRows[std::size(kRows) - 1];
}

} // namespace

QString endpointName(Endpoint endpoint) { return QString::fromLatin1(row(endpoint).name); }

std::optional<Endpoint> endpointFromName(const QString& name)
{
    for (const EndpointRow& r : kRows) {
        if (name == QLatin1String(r.name))
            return r.endpoint;
    }
    return std::nullopt;
}

Vendor vendorOf(Endpoint endpoint) { return row(endpoint).vendor; }
QString endpointSuffix(Endpoint endpoint) { return QString::fromLatin1(row(endpoint).suffix); }
QString expectedMethod(Endpoint endpoint) { return QString::fromLatin1(row(endpoint).method); }

QList<Endpoint> allEndpoints()
{
    QList<Endpoint> endpoints;
    for (const EndpointRow& r : kRows) {
        if (r.endpoint != Endpoint::All && r.endpoint != Endpoint::Unknown)
            endpoints.append(r.endpoint);
    }
    return endpoints;
}

} // namespace vd::test
