#pragma once

#include "core/model/result.h"
#include "core/model/speechtypes.h"
#include "core/network/httpresponse.h"

namespace vd {

// Defensive parsing of Google's 2xx answers. A recognize answer without `results` is a valid
// "nothing recognised" (Google omits the field then), not an error; a wrongly shaped one is
// invalid_response naming the field.

Result<Transcript> parseGoogleRecognize(const HttpResponse& response, const QString& requestedLanguage);
// `audioEncoding` is what was asked for (LINEAR16, MP3, OGG_OPUS).
Result<EncodedAudio> parseGoogleSynthesize(const HttpResponse& response, const QString& audioEncoding);
Result<QList<Voice>> parseGoogleVoices(const HttpResponse& response);

} // namespace vd
