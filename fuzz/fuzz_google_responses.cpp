// Fuzzes the Google Cloud response parsers (recognize, synthesize, voice list).
#include "core/providers/google/googleresponses.h"
#include "fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const vd::HttpResponse response =
        vd::fuzz::successResponse(vd::fuzz::bytes(data + 1, size - 1), data[0] >> 2);
    static const QString encodings[] = {QStringLiteral("LINEAR16"), QStringLiteral("MP3"),
                                        QStringLiteral("OGG_OPUS"), QStringLiteral("MULAW")};
    switch (data[0] & 3) {
    case 0:
        (void)vd::parseGoogleRecognize(response, QStringLiteral("en-US"));
        break;
    case 1:
        (void)vd::parseGoogleSynthesize(response, encodings[(data[0] >> 2) & 3]);
        break;
    default:
        (void)vd::parseGoogleVoices(response);
        break;
    }
    return 0;
}
