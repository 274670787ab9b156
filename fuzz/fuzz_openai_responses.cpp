// Fuzzes the OpenAI response parsers (transcription JSON, speech audio, model list) with what a
// hostile or broken server could answer.
#include "core/providers/openai/openairesponses.h"
#include "fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const vd::HttpResponse response =
        vd::fuzz::successResponse(vd::fuzz::bytes(data + 1, size - 1), data[0] >> 2);
    static const QString formats[] = {QStringLiteral("wav"), QStringLiteral("pcm"), QStringLiteral("mp3"),
                                      QStringLiteral("opus")};
    switch (data[0] & 3) {
    case 0:
        (void)vd::parseOpenAiTranscription(response, QStringLiteral("en"));
        break;
    case 1:
        (void)vd::parseOpenAiTranscription(response, QString());
        break;
    case 2:
        (void)vd::parseOpenAiSpeech(response, formats[(data[0] >> 2) & 3]);
        break;
    default:
        (void)vd::parseOpenAiModels(response, QStringLiteral("whisper-1"));
        break;
    }
    return 0;
}
