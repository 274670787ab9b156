#pragma once

#include "tests/support/mockserver/exchange.h"

#include <QJsonArray>

namespace vd::test {

// GET {google}/v1/voices[?languageCode=xx-YY]: a realistic voice list, filtered like Google
// filters it ("en" matches every en-* voice). Also the source of valid names for synthesize.
HttpResponse handleGoogleVoices(Exchange& exchange);

// Every voice the mock knows, in the API's JSON shape.
QJsonArray googleVoiceList();
// The voice entry with this name, or an empty object.
QJsonObject googleVoice(const QString& name);

} // namespace vd::test
