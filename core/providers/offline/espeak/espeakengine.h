#pragma once

#include "core/model/audioclip.h"
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

    // Every installed voice; `id` is eSpeak's identifier ("gmw/en", "zle/ru"), unique and always
    // accepted, and `languages` are BCP-47 ("en-GB", "en"), the voice's own language first. (The
    // first language is no id: "en-gb" names no voice file, and two voices list "yue" first.)
    Result<QList<Voice>> voices();

    // The voice a person names: its id ("gmw/en"), its name ("English (Great Britain)") or a
    // language it speaks ("en-gb", "ru-RU"): a voice whose own language that is first, then one
    // that also speaks it, then one of the same base language ("pt-AO" → "pt"). Case-insensitive.
    std::optional<Voice> findVoice(const QString& wanted);

    // Speaks `text` with the voice `wanted` names (as findVoice) at `wordsPerMinute` into mono
    // 16-bit audio; synthesis stops soon after `cancelled` is set.
    Result<AudioClip> synthesize(const QString& text, const QString& wanted, int wordsPerMinute,
                                 const std::atomic_bool& cancelled);

private:
    EspeakEngine() = default;
    Status initialize(); // call with m_mutex held
    // Call with m_mutex held, after initialize(). Read once: eSpeak scans its voice files on
    // every espeak_ListVoices, and synthesize() looks the voice up each time.
    const QList<Voice>& listVoices();

    QMutex m_mutex;
    std::optional<Status> m_initialized;
    int m_sampleRate = 0;
    std::optional<QList<Voice>> m_voices;
};

} // namespace vd
