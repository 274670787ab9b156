#pragma once

#include "core/audio/audioclip.h"
#include "core/model/result.h"
#include "core/model/speechtypes.h"

#include <QList>
#include <QMutex>

#include <atomic>
#include <optional>

namespace vd {

// The process's one eSpeak NG: initialised once in synchronous mode, and used under one mutex,
// because its state (voice, rate, output callback) is global. Safe to use from any thread.
class EspeakEngine
{
public:
    static EspeakEngine& instance();

    // Every installed voice; `id` is its primary language name ("en-us", "ru"), which eSpeak
    // accepts as a voice name, and `languages` are BCP-47 ("en-US").
    Result<QList<Voice>> voices();

    // The id of a voice for a BCP-47 language ("ru-RU" → "ru"), when one is installed.
    std::optional<QString> voiceForLanguage(const QString& language);

    // Speaks `text` with `voiceId` at `wordsPerMinute` into mono 16-bit audio; synthesis stops
    // soon after `cancelled` is set.
    Result<AudioClip> synthesize(const QString& text, const QString& voiceId, int wordsPerMinute,
                                 const std::atomic_bool& cancelled);

private:
    EspeakEngine() = default;
    Status initialize(); // call with m_mutex held
    QList<Voice> listVoices() const; // call with m_mutex held, after initialize()

    QMutex m_mutex;
    std::optional<Status> m_initialized;
    int m_sampleRate = 0;
};

} // namespace vd
