#pragma once

#include "core/model/audioclip.h"
#include "core/model/result.h"
#include "core/suites/suiteloader.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace vd {

// An STT case to add to a suite: a recording on disk, or a take held in memory.
struct NewSuiteCase
{
    QString id;        // empty: from the recording's file name, else "take"; made unique in the suite
    QString audioFile; // a recording on disk (WAV, FLAC, OGG, MP3); empty: `clip` is used
    AudioClip clip;    // an in-memory take, saved into the suite's clips/ folder as WAV
    QString expected;  // the reference transcript
    std::optional<double> tolerance; // unset: the suite's default
    QStringList tags;
};

// Adds `newCase` to the suite file `suitePath` (a suite.json, or the folder holding one), creating
// the file, named `suiteName`, when it does not exist. Audio paths stay relative to the suite's
// folder: a recording elsewhere, or an in-memory take, is first copied to clips/<id>.<ext> (never
// over an existing file). The new file is checked with the suite loader before it replaces the
// old one atomically (QSaveFile); the rest of an existing file is kept as it is (JSON keys are
// written in sorted order). A file the loader cannot read (fatal problems) is never touched: the
// error names its first problem. Does file I/O: call it off the GUI thread. Returns the suite as
// loaded after the write.
Result<SuiteLoad, QString> addSuiteCase(const QString& suitePath, const NewSuiteCase& newCase,
                                        const QString& suiteName = {});

// The suite file a path names: `path`/suite.json for a folder (or a path that does not exist and
// does not end in .json), else `path` itself.
QString suiteFilePath(const QString& path);

} // namespace vd
