#include "core/providers/openai/openaitexttospeech.h"

#include "core/network/cloudprobejob.h"
#include "core/network/cloudsynthesizejob.h"
#include "core/network/cloudvoicelistjob.h"
#include "core/providers/openai/openaidefinitions.h"
#include "core/providers/openai/openailog.h"
#include "core/providers/openai/openairequests.h"
#include "core/providers/openai/openairesponses.h"

namespace vd {

OpenAiTextToSpeech::OpenAiTextToSpeech(const ProviderContext& context, const Clock& clock)
    : m_settings(openAiTextToSpeechInfo().settingsSchema.withDefaults(context.settings)),
      m_credential(context.credential)
{
    ProviderContext filled = context;
    filled.settings = m_settings;
    m_cloud = makeCloudContext(CloudVendor::OpenAi, filled, name());
    m_cloud.clock = &clock;
    if (!m_cloud.configurationProblem.isEmpty())
        qCInfo(lcOpenAi).noquote() << m_cloud.configurationProblem;
}

ProbeJob* OpenAiTextToSpeech::probe(QObject* parent)
{
    const QString model = m_settings.value(QLatin1String("model")).toString();
    return new CloudProbeJob(
        m_cloud, openAiModelsCall(m_settings, m_credential),
        [model](const HttpResponse& response) { return parseOpenAiModels(response, model); }, parent);
}

SynthesizeJob* OpenAiTextToSpeech::synthesize(const SynthesisRequest& request, QObject* parent)
{
    const QString format = openAiSpeechFormat(m_settings, request.format).valueOr(QString());
    qCDebug(lcOpenAi).noquote() << "synthesizing" << request.text.size() << "characters as" << format;
    return new CloudSynthesizeJob(
        m_cloud, openAiSpeechCall(m_settings, m_credential, request),
        [format](const HttpResponse& response) { return parseOpenAiSpeech(response, format); },
        format == QLatin1String("pcm") ? kOpenAiPcmSampleRate : 0, parent);
}

VoiceListJob* OpenAiTextToSpeech::voices(QObject* parent)
{
    return new CloudVoiceListJob(openAiVoices(), parent);
}

TextLimit OpenAiTextToSpeech::textLimit() const
{
    return {kOpenAiMaxInputCharacters, TextLimit::Unit::Characters};
}

QList<Voice> openAiVoices()
{
    QList<Voice> voices;
    for (const QString& id : openAiVoiceIds()) {
        QString display = id;
        display[0] = display[0].toUpper();
        // The voices are multilingual and OpenAI documents no gender for them.
        voices.append(Voice{id, display, {}, {}});
    }
    return voices;
}

} // namespace vd
