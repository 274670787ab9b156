#include "core/providers/example/morsettsprovider.h"

#include "core/providers/example/morseprobejob.h"
#include "core/providers/example/morsesynthesizejob.h"
#include "core/providers/example/morsevoicelistjob.h"

namespace vd {

MorseTtsProvider::MorseTtsProvider(const MorseSettings& settings) : m_settings(settings) {}

QString MorseTtsProvider::name() const
{
    return QStringLiteral("example_morse_tts");
}

ProbeJob* MorseTtsProvider::probe(QObject* parent)
{
    return new MorseProbeJob(parent);
}

SynthesizeJob* MorseTtsProvider::synthesize(const SynthesisRequest& request, QObject* parent)
{
    return new MorseSynthesizeJob(m_settings, request, kTextLimit, parent);
}

VoiceListJob* MorseTtsProvider::voices(QObject* parent)
{
    return new MorseVoiceListJob(parent);
}

TextLimit MorseTtsProvider::textLimit() const
{
    return TextLimit{kTextLimit, TextLimit::Unit::Characters};
}

} // namespace vd
