#pragma once

#include "app/cli/command.h"
#include "core/model/speechtypes.h"

#include <QElapsedTimer>

namespace vd {
class RoutedSynthesizeJob;
}

namespace vd::cli {

// `speak TEXT|- --output FILE [--provider NAME|auto] [--voice V] [--language L] [--speed X]`:
// routes the text through the TTS chain and writes the audio atomically in the format the
// output file's extension names.
class SpeakCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("speak"); }
    QString summary() const override
    {
        return tr("Text to speech: synthesize text (or - for stdin) into an audio file.");
    }
    QString arguments() const override
    {
        return QStringLiteral(
            "TEXT|- --output FILE [--provider NAME|auto] [--voice V] [--language L] [--speed X]");
    }
    void addOptions(QCommandLineParser& parser) override;
    int prepare(const QCommandLineParser& parser) override;
    void run() override;

private:
    void save(const RoutedSynthesizeJob& job);
    // Before any request: the output can be created (its directory exists and takes files; it is
    // not a directory, device or pipe), else a message and false.
    bool checkOutputPath() const;
    // `value` is a finite number in the chosen provider's speed range (every enabled TTS
    // provider's with auto), else a message naming the option, value and range, and false.
    bool checkSpeed(const QString& value);

    SynthesisRequest m_request;
    QString m_provider;
    QString m_output;
    QElapsedTimer m_timer;
};

} // namespace vd::cli
