#include "core/providers/yandex/yandexspeechtotext.h"

#include "core/network/cloudprobejob.h"
#include "core/network/cloudtranscribejob.h"
#include "core/providers/yandex/yandexdefinitions.h"
#include "core/providers/yandex/yandexlog.h"
#include "core/providers/yandex/yandexrequests.h"
#include "core/providers/yandex/yandexresponses.h"

#include <QCoreApplication>

namespace vd {

YandexSpeechToText::YandexSpeechToText(const ProviderContext& context, const Clock& clock)
    : m_settings(yandexSpeechToTextInfo().settingsSchema.withDefaults(context.settings)),
      m_credential(context.credential)
{
    ProviderContext filled = context;
    filled.settings = m_settings;
    m_cloud = makeCloudContext(CloudVendor::Yandex, filled, name());
    m_cloud.clock = &clock;
    if (!m_cloud.configurationProblem.isEmpty())
        qCInfo(lcYandex).noquote() << m_cloud.configurationProblem;
}

ProbeJob* YandexSpeechToText::probe(QObject* parent)
{
    const QByteArray silence(kYandexSttSampleRate / 10 * 2, '\0');
    return new CloudProbeJob(
        m_cloud, yandexRecognizeCall(m_settings, m_credential, silence, QString()),
        [](const HttpResponse& response) -> Result<QString> {
            Result<Transcript> transcript = parseYandexRecognize(response, QString());
            if (!transcript)
                return transcript.error();
            return QCoreApplication::translate(
                "vd::YandexSpeechToText", "stt:recognize answered for 0.1 s of silence (a billable request)");
        },
        parent);
}

TranscribeJob* YandexSpeechToText::transcribe(const TranscriptionRequest& request, QObject* parent)
{
    qCDebug(lcYandex).noquote() << "transcribing" << request.audio.durationSeconds() << "s of"
                                << request.sourceName;
    const QJsonObject settings = m_settings;
    const Credential credential = m_credential;
    const QString language =
        request.language.isEmpty() ? settings.value(QLatin1String("language")).toString() : request.language;
    return new CloudTranscribeJob(
        m_cloud,
        [settings, credential, request] { return yandexRecognizeParts(settings, credential, request); },
        [language](const HttpResponse& response) { return parseYandexRecognize(response, language); },
        parent);
}

} // namespace vd
