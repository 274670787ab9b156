#pragma once

#include "tests/support/mockserver/recordedrequest.h"
#include "tests/support/mockserver/requestdispatcher.h"

namespace vd::test {

class MockProviderServer;

// JSON control endpoints under /__mock/, so CLI tests and benchmarks in another process can
// drive the server (control requests are not recorded):
//   POST /__mock/fault       {"endpoint":"openai.speech"|"all", "fault":"http_error", "count":2,
//                             "status":429, "code":"rate_limit_exceeded", "retry_after":3,
//                             "retry_after_ms":1500, "delay_ms":..., "duration_ms":..., "bytes":...,
//                             "chunked":false, "queue":false}  (count -1 or absent: always)
//   POST /__mock/config      {"endpoint":"all", "transcript":"...", "keys":["k1","k2"]}
//   POST /__mock/reset       clears records and faults
//   GET  /__mock/requests[?endpoint=name]  {"requests":[...]} (see toJson)
//   GET  /__mock/violations  {"violations":[...]}
class ControlApi
{
public:
    static Reply handle(MockProviderServer& server, const HttpRequest& request);
    // A recorded request as JSON: sequence, endpoint, method, path, query, headers, body
    // (UTF-8 text, or body_base64 for binary), json, parts (without data), form, violations,
    // status, fault.
    static QJsonObject toJson(const RecordedRequest& request);
};

} // namespace vd::test
