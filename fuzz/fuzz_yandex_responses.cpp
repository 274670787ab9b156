// Fuzzes the Yandex SpeechKit response parsers (recognize JSON, synthesized audio).
#include "core/providers/yandex/yandexresponses.h"
#include "fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const vd::HttpResponse response =
        vd::fuzz::successResponse(vd::fuzz::bytes(data + 1, size - 1), data[0] >> 2);
    static const QString formats[] = {QStringLiteral("lpcm"), QStringLiteral("oggopus"),
                                      QStringLiteral("mp3"), QStringLiteral("wav")};
    if (data[0] & 1)
        (void)vd::parseYandexRecognize(response, QStringLiteral("ru-RU"));
    else
        (void)vd::parseYandexSynthesize(response, formats[(data[0] >> 1) & 3], 8000 * ((data[0] >> 3) & 7));
    return 0;
}
