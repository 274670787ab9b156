#include "tests/support/mockserver/faultresponses.h"

#include "tests/support/mockserver/gzipbomb.h"
#include "tests/support/mockserver/vendorerrors.h"

namespace vd::test {

namespace {

// Per endpoint: a valid-looking start of its JSON (cut for InvalidJson, padded for OversizedBody),
// the same keys with the wrong types, and a successful-but-empty answer.
struct Shapes
{
    QByteArray prefix;
    QByteArray wrongShape;
    QByteArray empty;
    QByteArray emptyType = "application/json; charset=utf-8";
};

Shapes shapesFor(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::OpenAiTranscriptions:
        return {R"({"text":"hello wor)", R"({"text":{"value":42},"segments":"none"})", R"({"text":""})"};
    case Endpoint::OpenAiSpeech:
        return {R"({"audio":"UklGR)", R"({"audio":42,"format":["mp3"]})", "", "audio/mpeg"};
    case Endpoint::OpenAiModels:
        return {R"({"object":"list","data":[{"id":"whisp)", R"({"object":"list","data":"whisper-1"})",
                R"({"object":"list","data":[]})"};
    case Endpoint::GoogleRecognize:
        return {R"({"results":[{"alternatives":[{"transcript":"hel)",
                R"({"results":{"alternatives":"hello"},"totalBilledTime":3})", "{}"};
    case Endpoint::GoogleSynthesize:
        return {R"({"audioContent":"UklGR)", R"({"audioContent":12345})", "{}"};
    case Endpoint::GoogleVoices:
        return {R"({"voices":[{"name":"en-US-Sta)", R"({"voices":"en-US-Standard-A"})", "{}"};
    case Endpoint::YandexRecognize:
        return {R"({"result":"hel)", R"({"result":["hello"]})", R"({"result":""})"};
    case Endpoint::YandexSynthesize:
        return {R"({"result":"T2dnU)", R"({"result":{"audio":null}})", "", "audio/ogg"};
    default:
        return {R"({"error":{"message":"unterminated)", R"({"unexpected":[1,2,3]})", "{}"};
    }
}

const QByteArray kHtmlPage =
    "<!DOCTYPE html>\n<html><head><title>Network Authentication Required</title></head>\n"
    "<body><h1>Welcome to the guest network</h1><p>Please sign in to continue.</p></body></html>\n";

HttpResponse httpError(Endpoint endpoint, const Fault& fault)
{
    HttpResponse response = VendorErrors::forEndpoint(endpoint, fault.status > 0 ? fault.status : 500,
                                                      fault.message, fault.code, fault.type);
    if (!fault.retryAfter.isEmpty())
        response.setHeader("Retry-After", fault.retryAfter);
    if (fault.retryAfterMs >= 0)
        response.setHeader("retry-after-ms", QByteArray::number(fault.retryAfterMs));
    return response;
}

} // namespace

HttpResponse FaultResponses::build(Endpoint endpoint, const Fault& fault, const HttpResponse& normal)
{
    const Shapes shapes = shapesFor(endpoint);
    switch (fault.kind) {
    case Fault::Kind::HttpError:
        return httpError(endpoint, fault);
    case Fault::Kind::InvalidJson:
        return HttpResponse::bytes(200, shapes.prefix, "application/json; charset=utf-8");
    case Fault::Kind::WrongShape:
        return HttpResponse::bytes(200, shapes.wrongShape, "application/json; charset=utf-8");
    case Fault::Kind::EmptyResult:
        return HttpResponse::bytes(200, shapes.empty, shapes.emptyType);
    case Fault::Kind::WrongContentType:
        return HttpResponse::bytes(fault.status > 0 ? fault.status : 200, kHtmlPage,
                                   "text/html; charset=utf-8");
    case Fault::Kind::OversizedBody: {
        // Audio endpoints stream audio bytes; JSON endpoints an endless string value.
        const bool json = normal.contentType().startsWith("application/json");
        HttpResponse response =
            HttpResponse::bytes(200, json ? shapes.prefix : QByteArray(), normal.contentType());
        response.chunked = fault.chunked;
        response.streamedLength = fault.oversizeBytes;
        return response;
    }
    case Fault::Kind::CompressionBomb: {
        // The endpoint's own content type and answer start, padded with blanks: valid until it
        // is far too large, as a bomb built to pass content checks would be.
        const bool json = normal.contentType().startsWith("application/json");
        HttpResponse response = HttpResponse::bytes(
            200, gzipBomb(json ? shapes.prefix : normal.body.left(64), fault.oversizeBytes),
            normal.contentType());
        response.setHeader("Content-Encoding", "gzip");
        return response;
    }
    default:
        return normal;
    }
}

} // namespace vd::test
