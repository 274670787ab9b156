#pragma once

#include "app/cli/command.h"
#include "core/model/speechtypes.h"

#include <QElapsedTimer>

namespace vd::cli {

// `transcribe FILE [--provider NAME|auto] [--language CODE] [--reference TEXT]`: decodes the file
// off the main thread, routes it through the STT chain (or one provider) and prints the text.
class TranscribeCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("transcribe"); }
    QString summary() const override
    {
        return tr("Speech to text: transcribe an audio file (WAV, FLAC, OGG/Opus, MP3).");
    }
    QString arguments() const override
    {
        return QStringLiteral("FILE [--provider NAME|auto] [--language CODE] [--reference TEXT]");
    }
    void addOptions(QCommandLineParser& parser) override;
    int prepare(const QCommandLineParser& parser) override;
    void run() override;

private:
    void transcribe(const AudioClip& clip);

    QString m_file;
    QString m_provider;
    QString m_language;
    std::optional<QString> m_reference;
    QElapsedTimer m_timer;
};

} // namespace vd::cli
