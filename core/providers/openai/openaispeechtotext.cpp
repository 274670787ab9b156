#include "core/providers/openai/openaispeechtotext.h"

#include "core/network/cloudprobejob.h"
#include "core/network/cloudtranscribejob.h"
#include "core/providers/openai/openaidefinitions.h"
#include "core/providers/openai/openailog.h"
#include "core/providers/openai/openairequests.h"
#include "core/providers/openai/openairesponses.h"

namespace vd {

OpenAiSpeechToText::OpenAiSpeechToText(const ProviderContext& context, const Clock& clock)
    : m_settings(openAiSpeechToTextInfo().settingsSchema.withDefaults(context.settings)),
      m_credential(context.credential)
{
    ProviderContext filled = context;
    filled.settings = m_settings;
    m_cloud = makeCloudContext(CloudVendor::OpenAi, filled, name());
    m_cloud.clock = &clock;
    if (!m_cloud.configurationProblem.isEmpty())
        qCInfo(lcOpenAi).noquote() << m_cloud.configurationProblem;
}

ProbeJob* OpenAiSpeechToText::probe(QObject* parent)
{
    const QString model = m_settings.value(QLatin1String("model")).toString();
    return new CloudProbeJob(
        m_cloud, openAiModelsCall(m_settings, m_credential),
        [model](const HttpResponse& response) { return parseOpenAiModels(response, model); }, parent);
}

TranscribeJob* OpenAiSpeechToText::transcribe(const TranscriptionRequest& request, QObject* parent)
{
    qCDebug(lcOpenAi).noquote() << "transcribing" << request.audio.durationSeconds() << "s of"
                                << request.sourceName;
    const QJsonObject settings = m_settings;
    const Credential credential = m_credential;
    const QString language =
        request.language.isEmpty() ? settings.value(QLatin1String("language")).toString() : request.language;
    return new CloudTranscribeJob(
        m_cloud,
        [settings, credential, request] { return openAiTranscriptionParts(settings, credential, request); },
        [language](const HttpResponse& response) { return parseOpenAiTranscription(response, language); },
        parent);
}

} // namespace vd
