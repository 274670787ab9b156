#include "core/providers/cloud/cloudtexttospeech.h"

#include "core/network/cloudsynthesizejob.h"
#include "core/network/cloudvoicelistjob.h"

namespace vd {

CloudTextToSpeech::CloudTextToSpeech(const CloudTextToSpeechRecipe& recipe, const ProviderContext& context,
                                     const Clock& clock)
    : m_recipe(recipe), m_setup(makeCloudSetup(recipe.info(), recipe.vendor, context, clock, recipe.log()))
{}

ProbeJob* CloudTextToSpeech::probe(QObject* parent)
{
    return makeCloudProbe(m_setup, m_recipe.probeCall(m_setup.settings, m_setup.credential),
                          m_recipe.probeAnswer, parent);
}

SynthesizeJob* CloudTextToSpeech::synthesize(const SynthesisRequest& request, QObject* parent)
{
    const QJsonObject settings = m_setup.settings;
    // An unsupported requested format is reported by synthesizeCall(); the format is then unused.
    const QString format = m_recipe.audioFormat(settings, request.format).valueOr(QString());
    qCDebug(m_recipe.log).noquote() << "synthesizing" << request.text.size() << "characters as" << format;
    const auto parse = m_recipe.parseAudio;
    return new CloudSynthesizeJob(
        m_setup.cloud, m_recipe.synthesizeCall(settings, m_setup.credential, request),
        [parse, format, settings](const HttpResponse& response) { return parse(response, format, settings); },
        m_recipe.streamPcmRate(format, settings), parent);
}

VoiceListJob* CloudTextToSpeech::voices(QObject* parent)
{
    if (m_recipe.documentedVoices)
        return new CloudVoiceListJob(m_recipe.documentedVoices(), parent);
    return new CloudVoiceListJob(m_setup.cloud, m_recipe.voicesCall(m_setup.settings, m_setup.credential),
                                 m_recipe.parseVoices, parent);
}

} // namespace vd
