#pragma once

#include "core/model/audioclip.h"

#include <QString>
#include <functional>
#include <optional>

namespace vd {

// The recording another page holds (the Speech to text page's take) that the Suites page can add
// as a case: the audio in memory, a name for the user, and the reference text typed with it.
struct SuiteTake
{
    AudioClip clip;
    QString name;
    QString expected;
};

// Asks for the current take; nothing when there is none.
using SuiteTakeSource = std::function<std::optional<SuiteTake>()>;

} // namespace vd
