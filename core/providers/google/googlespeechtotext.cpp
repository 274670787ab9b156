#include "core/providers/google/googlespeechtotext.h"

#include "core/network/cloudprobejob.h"
#include "core/network/cloudtranscribejob.h"
#include "core/providers/google/googledefinitions.h"
#include "core/providers/google/googlelog.h"
#include "core/providers/google/googlerequests.h"
#include "core/providers/google/googleresponses.h"

#include <QCoreApplication>

namespace vd {

GoogleSpeechToText::GoogleSpeechToText(const ProviderContext& context, const Clock& clock)
    : m_settings(googleSpeechToTextInfo().settingsSchema.withDefaults(context.settings)),
      m_credential(context.credential)
{
    ProviderContext filled = context;
    filled.settings = m_settings;
    m_cloud = makeCloudContext(CloudVendor::Google, filled, name());
    m_cloud.clock = &clock;
    if (!m_cloud.configurationProblem.isEmpty())
        qCInfo(lcGoogle).noquote() << m_cloud.configurationProblem;
}

ProbeJob* GoogleSpeechToText::probe(QObject* parent)
{
    const QByteArray silence(kGoogleSttSampleRate / 10 * 2, '\0');
    return new CloudProbeJob(
        m_cloud, googleRecognizeCall(m_settings, m_credential, silence, QString()),
        [](const HttpResponse& response) -> Result<QString> {
            Result<Transcript> transcript = parseGoogleRecognize(response, QString());
            if (!transcript)
                return transcript.error();
            return QCoreApplication::translate(
                "vd::GoogleSpeechToText", "recognize answered for 0.1 s of silence (a billable request)");
        },
        parent);
}

TranscribeJob* GoogleSpeechToText::transcribe(const TranscriptionRequest& request, QObject* parent)
{
    qCDebug(lcGoogle).noquote() << "transcribing" << request.audio.durationSeconds() << "s of"
                                << request.sourceName;
    const QJsonObject settings = m_settings;
    const Credential credential = m_credential;
    const QString language =
        request.language.isEmpty() ? settings.value(QLatin1String("language")).toString() : request.language;
    return new CloudTranscribeJob(
        m_cloud,
        [settings, credential, request] { return googleRecognizeParts(settings, credential, request); },
        [language](const HttpResponse& response) { return parseGoogleRecognize(response, language); },
        parent);
}

} // namespace vd
