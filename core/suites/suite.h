#pragma once

#include "core/suites/suitecase.h"

#include <QList>
#include <QString>

namespace vd {

// A loaded suite file (README "Test suites"): its valid cases and how to run them.
struct Suite
{
    static constexpr int kFormatVersion = 1;

    QString path; // absolute path of the suite file
    QString name; // the file's "name", else the name of its folder
    // The STT provider that transcribes the speech of TTS cases ("stt_for_tts"); empty = auto.
    QString sttForTts;
    // The TTS provider that voices STT cases given as text ("tts_for_stt"); empty = auto.
    QString ttsForStt;
    QList<SuiteCase> cases;

    // The cases carrying at least one of `tags` (all of them when `tags` is empty).
    Suite withTags(const QStringList& tags) const;
    bool has(SuiteCaseKind kind) const;
};

} // namespace vd
