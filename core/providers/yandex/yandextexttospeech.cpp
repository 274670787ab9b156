#include "core/providers/yandex/yandextexttospeech.h"

#include "core/network/cloudprobejob.h"
#include "core/network/cloudsynthesizejob.h"
#include "core/network/cloudvoicelistjob.h"
#include "core/providers/yandex/yandexdefinitions.h"
#include "core/providers/yandex/yandexlog.h"
#include "core/providers/yandex/yandexrequests.h"
#include "core/providers/yandex/yandexresponses.h"

#include <QCoreApplication>

namespace vd {

YandexTextToSpeech::YandexTextToSpeech(const ProviderContext& context, const Clock& clock)
    : m_settings(yandexTextToSpeechInfo().settingsSchema.withDefaults(context.settings)),
      m_credential(context.credential)
{
    ProviderContext filled = context;
    filled.settings = m_settings;
    m_cloud = makeCloudContext(CloudVendor::Yandex, filled, name());
    m_cloud.clock = &clock;
    if (!m_cloud.configurationProblem.isEmpty())
        qCInfo(lcYandex).noquote() << m_cloud.configurationProblem;
}

ProbeJob* YandexTextToSpeech::probe(QObject* parent)
{
    SynthesisRequest request;
    request.text = QStringLiteral("ok");
    const QString format = yandexSpeechFormat(m_settings, QString()).valueOr(QString());
    const int rate = m_settings.value(QLatin1String("sample_rate_hertz")).toInt(48000);
    return new CloudProbeJob(
        m_cloud, yandexSynthesizeCall(m_settings, m_credential, request),
        [format, rate](const HttpResponse& response) -> Result<QString> {
            Result<EncodedAudio> audio = parseYandexSynthesize(response, format, rate);
            if (!audio)
                return audio.error();
            return QCoreApplication::translate(
                       "vd::YandexTextToSpeech",
                       "tts:synthesize answered with %1 bytes of audio (a billable request)")
                .arg(audio->data.size());
        },
        parent);
}

SynthesizeJob* YandexTextToSpeech::synthesize(const SynthesisRequest& request, QObject* parent)
{
    const QString format = yandexSpeechFormat(m_settings, request.format).valueOr(QString());
    const int rate = m_settings.value(QLatin1String("sample_rate_hertz")).toInt(48000);
    qCDebug(lcYandex).noquote() << "synthesizing" << request.text.size() << "characters as" << format;
    return new CloudSynthesizeJob(
        m_cloud, yandexSynthesizeCall(m_settings, m_credential, request),
        [format, rate](const HttpResponse& response) {
            return parseYandexSynthesize(response, format, rate);
        },
        format == QLatin1String("lpcm") ? rate : 0, parent);
}

VoiceListJob* YandexTextToSpeech::voices(QObject* parent)
{
    return new CloudVoiceListJob(yandexVoices(), parent);
}

TextLimit YandexTextToSpeech::textLimit() const
{
    return {kYandexMaxInputCharacters, TextLimit::Unit::Characters};
}

} // namespace vd
