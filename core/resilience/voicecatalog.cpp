#include "core/resilience/voicecatalog.h"

#include "core/corelog.h"
#include "core/model/provider.h"

#include <QTimer>

namespace vd {

VoiceCatalog::VoiceCatalog(QObject* parent) : QObject(parent) {}

void VoiceCatalog::voices(const QString& name, const std::shared_ptr<TextToSpeechProvider>& provider,
                          QObject* context, std::function<void(const QList<Voice>&)> done)
{
    if (m_lists.contains(name)) {
        QMetaObject::invokeMethod(
            context, [done = std::move(done), list = m_lists.value(name)] { done(list); },
            Qt::QueuedConnection);
        return;
    }
    const bool fetching = m_waiting.contains(name);
    m_waiting[name].append({context, std::move(done)});
    if (fetching)
        return;
    VoiceListJob* job = provider->voices(this);
    auto* timeout = new QTimer(job);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, job, [job] {
        job->abort(ProviderError::make(ErrorKind::Timeout, tr("The voice list did not arrive in time.")));
    });
    // The job keeps the provider alive while it runs.
    connect(job, &ProviderJob::finished, this, [this, name, provider](ProviderJob* finished) {
        const auto* list = static_cast<VoiceListJob*>(finished);
        if (finished->hasError()) {
            qCInfo(lcRouter) << "voice list of" << name << "unavailable:" << finished->error().summary();
            deliver(name, {});
            return;
        }
        m_lists.insert(name, list->voices());
        deliver(name, list->voices());
    });
    timeout->start(m_timeout);
    job->start();
}

std::optional<Voice> VoiceCatalog::find(const QString& voiceId) const
{
    for (const QList<Voice>& list : m_lists) {
        for (const Voice& voice : list) {
            if (voice.id == voiceId)
                return voice;
        }
    }
    return std::nullopt;
}

void VoiceCatalog::deliver(const QString& name, const QList<Voice>& voices)
{
    const QList<Waiter> waiters = m_waiting.take(name);
    for (const Waiter& waiter : waiters) {
        if (waiter.context)
            waiter.done(voices);
    }
}

} // namespace vd
