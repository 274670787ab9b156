#pragma once

#include "core/model/speechtypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace vd {

class TextToSpeechProvider;
class VoiceListJob;

// Voice lists of TTS providers, fetched once per provider and kept, for mapping a requested voice
// onto a fallback provider. Concurrent requests for one provider share one fetch; a failed or
// timed-out fetch yields an empty list and is not kept.
class VoiceCatalog : public QObject
{
    Q_OBJECT

public:
    explicit VoiceCatalog(QObject* parent = nullptr);

    // Calls `done` (through the event loop, never from inside this call) with the voices of
    // `provider`, unless `context` was destroyed meanwhile.
    void voices(const QString& name, const std::shared_ptr<TextToSpeechProvider>& provider, QObject* context,
                std::function<void(const QList<Voice>&)> done);
    // Looks a voice id up in every list fetched so far.
    std::optional<Voice> find(const QString& voiceId) const;
    bool has(const QString& name) const { return m_lists.contains(name); }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(const QList<Voice>&)> done;
    };
    void deliver(const QString& name, const QList<Voice>& voices);

    QHash<QString, QList<Voice>> m_lists;
    QHash<QString, QList<Waiter>> m_waiting;
    std::chrono::milliseconds m_timeout{10000};
};

} // namespace vd
