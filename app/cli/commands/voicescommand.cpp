#include "app/cli/commands/voicescommand.h"

#include "core/registry/providerregistry.h"
#include "core/runtime/configuredproviders.h"
#include "core/runtime/runtime.h"

namespace vd::cli {

void VoicesCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("provider"),
         tr("Only this TTS provider (repeatable; default: every enabled, configured TTS provider)."),
         QStringLiteral("NAME")});
}

int VoicesCommand::prepare(const QCommandLineParser& parser)
{
    m_providers = parser.values(QStringLiteral("provider"));
    for (const QString& name : std::as_const(m_providers)) {
        if (!checkProviderName(name, "tts"))
            return ExitUsage;
    }
    return ExitOk;
}

void VoicesCommand::run()
{
    const bool named = !m_providers.isEmpty();
    if (!named)
        m_providers = m_runtime->registry().priorityList(ProviderCategory::Tts);
    QList<std::pair<QString, VoiceListJob*>> jobs;
    for (const QString& name : std::as_const(m_providers)) {
        const std::optional<RouteCandidate> candidate = m_runtime->providers().candidate(name);
        auto* tts = candidate ? dynamic_cast<TextToSpeechProvider*>(candidate->instance.get()) : nullptr;
        if (!tts) {
            const ProviderError error =
                candidate ? candidate->unavailable
                          : ProviderError::make(ErrorKind::BadRequest, tr("unknown provider"));
            m_errors.append(
                QJsonObject{{QStringLiteral("provider"), name}, {QStringLiteral("error"), error.toJson()}});
            // Listing what is available is the point: unconfigured providers are noted, and only
            // fail the command when the user asked for them by name.
            const QString line = QStringLiteral("%1: %2").arg(name, error.message);
            if (named)
                m_out.error(line);
            else
                m_out.diagnostic(line);
            m_failed = m_failed || named;
            continue;
        }
        jobs.append({name, tts->voices(this)});
    }
    m_pending = int(jobs.size());
    for (const auto& [name, job] : jobs) {
        connect(job, &ProviderJob::finished, this, [this, name, job] {
            if (job->hasError()) {
                m_failed = true;
                m_out.error(QStringLiteral("%1: %2").arg(name, job->error().message));
                m_errors.append(QJsonObject{{QStringLiteral("provider"), name},
                                            {QStringLiteral("error"), job->error().toJson()}});
            }
            for (const Voice& voice : job->voices()) {
                m_voices.append(
                    QJsonObject{{QStringLiteral("provider"), name},
                                {QStringLiteral("id"), voice.id},
                                {QStringLiteral("name"), voice.displayName},
                                {QStringLiteral("languages"), QJsonArray::fromStringList(voice.languages)},
                                {QStringLiteral("gender"),
                                 voice.gender.isEmpty() ? QJsonValue() : QJsonValue(voice.gender)}});
                if (!m_out.json())
                    m_out.printLine(QStringLiteral("%1 %2 %3 %4")
                                        .arg(name, -14)
                                        .arg(voice.id, -28)
                                        .arg(voice.languages.join(QLatin1Char(',')), -14)
                                        .arg(voice.gender));
            }
            finishOne();
        });
        job->start();
    }
    if (m_pending == 0) {
        ++m_pending;
        finishOne();
    }
}

void VoicesCommand::finishOne()
{
    if (--m_pending > 0)
        return;
    if (m_out.json())
        m_out.printJson(
            QJsonObject{{QStringLiteral("voices"), m_voices}, {QStringLiteral("errors"), m_errors}});
    Q_EMIT finished(m_failed ? ExitProvidersFailed : ExitOk);
}

} // namespace vd::cli
