#include "core/providers/google/googletexttospeech.h"

#include "core/network/cloudprobejob.h"
#include "core/network/cloudsynthesizejob.h"
#include "core/network/cloudvoicelistjob.h"
#include "core/providers/google/googledefinitions.h"
#include "core/providers/google/googlelog.h"
#include "core/providers/google/googlerequests.h"
#include "core/providers/google/googleresponses.h"

#include <QCoreApplication>

namespace vd {

GoogleTextToSpeech::GoogleTextToSpeech(const ProviderContext& context, const Clock& clock)
    : m_settings(googleTextToSpeechInfo().settingsSchema.withDefaults(context.settings)),
      m_credential(context.credential)
{
    ProviderContext filled = context;
    filled.settings = m_settings;
    m_cloud = makeCloudContext(CloudVendor::Google, filled, name());
    m_cloud.clock = &clock;
    if (!m_cloud.configurationProblem.isEmpty())
        qCInfo(lcGoogle).noquote() << m_cloud.configurationProblem;
}

ProbeJob* GoogleTextToSpeech::probe(QObject* parent)
{
    return new CloudProbeJob(
        m_cloud, googleVoicesCall(m_settings, m_credential),
        [](const HttpResponse& response) -> Result<QString> {
            Result<QList<Voice>> voices = parseGoogleVoices(response);
            if (!voices)
                return voices.error();
            return QCoreApplication::translate("vd::GoogleTextToSpeech", "%n voice(s) listed", nullptr,
                                               int(voices->size()));
        },
        parent);
}

SynthesizeJob* GoogleTextToSpeech::synthesize(const SynthesisRequest& request, QObject* parent)
{
    const QString encoding = googleAudioEncoding(m_settings, request.format).valueOr(QString());
    qCDebug(lcGoogle).noquote() << "synthesizing" << request.text.size() << "characters as" << encoding;
    return new CloudSynthesizeJob(
        m_cloud, googleSynthesizeCall(m_settings, m_credential, request),
        [encoding](const HttpResponse& response) { return parseGoogleSynthesize(response, encoding); }, 0,
        parent);
}

VoiceListJob* GoogleTextToSpeech::voices(QObject* parent)
{
    return new CloudVoiceListJob(m_cloud, googleVoicesCall(m_settings, m_credential), parseGoogleVoices,
                                 parent);
}

TextLimit GoogleTextToSpeech::textLimit() const
{
    return {kGoogleMaxInputBytes, TextLimit::Unit::Utf8Bytes};
}

} // namespace vd
