#pragma once

#include "core/model/audioclip.h"

#include <QObject>

class QWidget;

namespace vd {

// Writes synthesized speech to audio files for the Text-to-speech page: asks for the file name
// (the dialog starts in the folder last saved to, else Music, else home: audiofolder.h) and
// writes on the thread pool, the format following the extension.
class SpeechFileWriter : public QObject
{
    Q_OBJECT
public:
    explicit SpeechFileWriter(QWidget* dialogParent);

    // The path the user chose, `.defaultSuffix` added when it has no suffix, or (when `suffixes`
    // is not empty) none of them; empty when cancelled. `filters` as QFileDialog takes them.
    QString askPath(const QString& title, const QString& fileName, const QString& filters,
                    const QStringList& suffixes, const QString& defaultSuffix);
    QString folder() const;
    // Starts writing; written() or failed() follows.
    void write(const EncodedAudio& audio, const QString& path);
    bool isWriting() const { return m_writes > 0; }

signals:
    void written(const QString& path);
    void failed(const QString& message);

private:
    QWidget* m_dialogParent;
    QString m_folder; // of the file last written; empty until then
    int m_writes = 0; // started and not yet finished
};

} // namespace vd
