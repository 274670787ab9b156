#pragma once

#include "core/model/audioclip.h"
#include "core/model/result.h"
#include "core/model/speechtypes.h"

#include <QList>
#include <QMutex>
#include <QString>
#include <atomic>

struct cst_voice_struct;

namespace vd {

// The process's one Flite: its voices are registered once, and every synthesis is serialised,
// because Flite keeps global state and is not thread-safe. Safe to use from any thread.
class FliteEngine
{
public:
    static FliteEngine& instance();

    // slt, rms, awb, kal.
    static QList<Voice> voices();

    // Speaks `text` with `voiceId` at `speed` (1.0 normal) into mono audio at the voice's own
    // rate. Long text is spoken sentence by sentence, checking `cancelled` in between.
    Result<AudioClip> synthesize(const QString& text, const QString& voiceId, double speed,
                                 const std::atomic_bool& cancelled);

private:
    FliteEngine() = default;
    cst_voice_struct* voice(const QString& id); // registers on first use; call with m_mutex held

    QMutex m_mutex;
    bool m_initialized = false;
    QList<QPair<QString, cst_voice_struct*>> m_registered;
};

} // namespace vd
