#include "core/providers/cloud/cloudrecipe.h"

#include <QCoreApplication>

namespace vd {

QByteArray probeSilence(int sampleRate)
{
    return QByteArray(sampleRate / 10 * 2, '\0');
}

Result<QString> silenceProbeVerdict(const Result<Transcript>& transcript)
{
    if (!transcript)
        return transcript.error();
    return QCoreApplication::translate("vd::CloudSpeechToText",
                                       "recognition answered for 0.1 s of silence (a billable request)");
}

} // namespace vd
