#pragma once

#include "core/model/providererror.h"
#include "core/model/providerkind.h"

namespace vd {

class RoutingTrace;

// The error a routed request ends with when no provider answered, read from its trace so that it
// speaks for every provider considered, not only the last one tried.
namespace RouteFailure {

// Every tried provider failed, or none could be tried. With several failures the most telling
// one leads — a problem with the request itself (an unsupported language, a bad or too large
// input) over a key or quota problem over a network or server failure; the latest among equals —
// and the others follow by name, so "pocketsphinx_stt recognises English only" is not hidden
// behind "openai_stt: connection refused".
ProviderError noAnswer(const RoutingTrace& trace, ProviderCategory category);

// The request deadline passed; names the most telling failure so far, if any.
ProviderError deadline(const RoutingTrace& trace, int deadlineMs);

} // namespace RouteFailure

} // namespace vd
