#include "ui/speech/audiofolder.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace vd {

QString audioStartFolder(const QString& lastUsed, const QString& music, const QString& home)
{
    for (const QString& candidate : {lastUsed, music, home}) {
        if (!candidate.isEmpty() && QFileInfo(candidate).isDir())
            return QDir::cleanPath(candidate);
    }
    return QDir::homePath();
}

QString audioStartFolder(const QString& lastUsed)
{
    return audioStartFolder(lastUsed, QStandardPaths::writableLocation(QStandardPaths::MusicLocation),
                            QDir::homePath());
}

} // namespace vd
