#include "ui/speech/speechfilewriter.h"

#include "core/audio/audioencoder.h"
#include "ui/speech/audiofolder.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace vd {

SpeechFileWriter::SpeechFileWriter(QWidget* dialogParent)
    : QObject(dialogParent), m_dialogParent(dialogParent)
{}

QString SpeechFileWriter::folder() const
{
    return audioStartFolder(m_folder);
}

QString SpeechFileWriter::askPath(const QString& title, const QString& fileName, const QString& filters,
                                  const QStringList& suffixes, const QString& defaultSuffix)
{
    QString path =
        QFileDialog::getSaveFileName(m_dialogParent, title, folder() + QLatin1Char('/') + fileName, filters);
    const QString suffix = QFileInfo(path).suffix();
    if (!path.isEmpty() &&
        (suffix.isEmpty() || (!suffixes.isEmpty() && !suffixes.contains(suffix, Qt::CaseInsensitive))))
        path += QLatin1Char('.') + defaultSuffix;
    return path;
}

void SpeechFileWriter::write(const EncodedAudio& audio, const QString& path)
{
    m_folder = QFileInfo(path).absolutePath();
    ++m_writes;
    auto* watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        --m_writes;
        const Status result = watcher->result();
        if (result)
            emit written(path);
        else
            emit failed(result.error().message);
    });
    watcher->setFuture(QtConcurrent::run([audio, path] { return saveEncodedAudio(audio, path); }));
}

} // namespace vd
