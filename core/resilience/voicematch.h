#pragma once

#include "core/model/speechtypes.h"

#include <QList>
#include <QString>
#include <optional>

namespace vd {

// The voice a fallback TTS provider should use for a request made with another provider's voice.
struct VoiceChoice
{
    QString voiceId; // empty = the provider's default voice
    QString note;    // for the routing trace: voice "alloy" → "en-US-Standard-C" (same language)
};

// Picks the closest voice among `available`: the requested id itself if the provider has it;
// else one speaking the requested language (the request's language, or the requested voice's
// first language; "en" matches "en-US"), preferring the same gender; else one of the same
// gender; else the provider's default. `requested` is the requested voice's description when known.
VoiceChoice chooseVoice(const QString& requestedId, const std::optional<Voice>& requested,
                        const QString& language, const QList<Voice>& available);

} // namespace vd
