#pragma once

#include "tests/support/mockserver/endpoint.h"
#include "tests/support/mockserver/fault.h"
#include "tests/support/mockserver/httpresponse.h"

namespace vd::test {

// The bytes a content fault sends instead of the endpoint's normal answer, shaped per endpoint:
// the vendor's error body (+ Retry-After), a broken or wrong-shaped variant of the endpoint's
// JSON, an empty result, an HTML page, a gzip bomb, or the head of an oversized body (generated
// while sent).
class FaultResponses
{
public:
    // For content faults and OversizedBody; other kinds keep `normal`.
    static HttpResponse build(Endpoint endpoint, const Fault& fault, const HttpResponse& normal);
};

} // namespace vd::test
