#pragma once

#include "core/model/result.h"

#include <QByteArray>
#include <QString>

namespace vd {

// Writes `data` to `path` atomically (QSaveFile): on failure the old file, or none, remains.
// The error names the file and what to do. Safe to call from any thread.
Status saveTextFile(const QString& path, const QByteArray& data);

} // namespace vd
