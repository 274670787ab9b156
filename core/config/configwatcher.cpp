#include "core/config/configwatcher.h"

#include "core/corelog.h"

#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>

namespace vd {

ConfigWatcher::ConfigWatcher(QString path, QObject* parent)
    : QObject(parent), m_path(QFileInfo(path).absoluteFilePath())
{
    watchFile();
    m_signature = signature();
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        watchFile(); // an atomic replace removed the old file from the watch list
        m_signature = signature();
        Q_EMIT changed();
    });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &ConfigWatcher::onFolderChanged);
}

void ConfigWatcher::watchFile()
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!m_watcher.directories().contains(folder) && QFileInfo(folder).isDir() && !m_watcher.addPath(folder))
        qCWarning(lcConfig) << "cannot watch" << folder << "for changes of" << m_path;
    if (!m_watcher.files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
}

// The folder also changes for lock and temporary files: report only what concerns the file.
void ConfigWatcher::onFolderChanged()
{
    watchFile();
    const QString now = signature();
    if (now == m_signature)
        return;
    m_signature = now;
    Q_EMIT changed();
}

QString ConfigWatcher::signature() const
{
    struct stat status = {};
    if (::stat(QFile::encodeName(m_path).constData(), &status) != 0)
        return {};
    return QStringLiteral("%1:%2:%3.%4")
        .arg(status.st_ino)
        .arg(status.st_size)
        .arg(status.st_mtim.tv_sec)
        .arg(status.st_mtim.tv_nsec);
}

} // namespace vd
