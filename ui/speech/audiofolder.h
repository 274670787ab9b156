#pragma once

#include <QString>

namespace vd {

// Where the Open and Save dialogs of a take start: the folder last used, else the Music folder,
// else home — whichever exists first. A folder that does not exist must never be passed to
// QFileDialog: it starts somewhere else and prefills the missing folder's name as the file name.
QString audioStartFolder(const QString& lastUsed, const QString& music, const QString& home);
// The same with the user's Music and home folders from QStandardPaths.
QString audioStartFolder(const QString& lastUsed);

} // namespace vd
