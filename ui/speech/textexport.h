#pragma once

#include "core/model/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class QWidget;

namespace vd {

// Writes `data` to `path` atomically (QSaveFile): on failure the old file, or none, remains.
// The error names the file and what to do. Safe to call from any thread.
Status saveTextFile(const QString& path, const QByteArray& data);

// What an export to `path` contains: indented `json` for a .json file, else `text` as UTF-8.
QByteArray exportDocument(const QString& path, const QJsonObject& json, const QString& text);

// Asks where to export (.txt or .json, the filter's extension added when none was typed);
// empty when the user cancelled.
QString askExportPath(QWidget* parent, const QString& title, const QString& baseName);

} // namespace vd
