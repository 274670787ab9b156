#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QString>

namespace vd {

// Tells when the configuration file changed on disk — written, replaced atomically (as every
// VoiceDeck save and most editors do), created or removed — so that a running GUI can pick up a
// `voicedeck-cli config set` instead of overwriting it later. QFileSystemWatcher drops a path
// whose file was replaced by a rename; the file is then watched again, and its folder is watched
// too, for a file that did not exist yet. Only says "look again": what changed is the reader's job.
class ConfigWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ConfigWatcher(QString path, QObject* parent = nullptr);

    // Watches the file and its folder again if they did not exist before (the first save
    // creates them).
    void watchFile();

Q_SIGNALS:
    void changed();

private:
    void onFolderChanged();
    QString signature() const;

    QString m_path;
    QFileSystemWatcher m_watcher;
    QString m_signature; // of the file when last reported, to skip the folder's other changes
};

} // namespace vd
