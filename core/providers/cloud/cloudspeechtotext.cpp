#include "core/providers/cloud/cloudspeechtotext.h"

#include "core/network/cloudtranscribejob.h"

namespace vd {

CloudSpeechToText::CloudSpeechToText(const CloudSpeechToTextRecipe& recipe, const ProviderContext& context,
                                     const Clock& clock)
    : m_recipe(recipe), m_setup(makeCloudSetup(recipe.info(), recipe.vendor, context, clock, recipe.log()))
{}

ProbeJob* CloudSpeechToText::probe(QObject* parent)
{
    return makeCloudProbe(m_setup, m_recipe.probeCall(m_setup.settings, m_setup.credential),
                          m_recipe.probeAnswer, parent);
}

TranscribeJob* CloudSpeechToText::transcribe(const TranscriptionRequest& request, QObject* parent)
{
    qCDebug(m_recipe.log).noquote() << "transcribing" << request.audio.durationSeconds() << "s of"
                                    << request.sourceName;
    const QJsonObject settings = m_setup.settings;
    const Credential credential = m_setup.credential;
    const QString language =
        request.language.isEmpty() ? settings.value(QLatin1String("language")).toString() : request.language;
    const auto prepare = m_recipe.recognizeParts;
    const auto parse = m_recipe.parseTranscript;
    return new CloudTranscribeJob(
        m_setup.cloud,
        [prepare, settings, credential, request] { return prepare(settings, credential, request); },
        [parse, language](const HttpResponse& response) { return parse(response, language); }, parent);
}

} // namespace vd
