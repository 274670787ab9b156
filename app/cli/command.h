#pragma once

#include "app/cli/clioutput.h"

#include <QCommandLineParser>
#include <QObject>
#include <functional>

namespace vd {
class Runtime;
struct AudioClip;
} // namespace vd

namespace vd::cli {

// One voicedeck-cli command. The CLI declares its options, checks its arguments before anything
// starts (usage errors exit 2 at once), then runs once the core is ready and reports its exit code.
class Command : public QObject
{
    Q_OBJECT

public:
    explicit Command(const CliOutput& output) : m_out(output) {}
    // The core, once the config file loaded; set before prepare().
    void setRuntime(Runtime* runtime) { m_runtime = runtime; }

    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual QString arguments() const { return {}; } // for the usage line, e.g. "FILE"
    virtual void addOptions(QCommandLineParser& parser) { Q_UNUSED(parser); }
    // Checks the parsed arguments; returns ExitOk or the exit code of a usage/input error
    // (after printing a message naming the problem and the fix).
    virtual int prepare(const QCommandLineParser& parser) = 0;
    virtual void run() = 0;

Q_SIGNALS:
    void finished(int exitCode);

protected:
    // A provider name given by the user: known (and of `category`, "stt"/"tts", when given), or a
    // usage error naming the valid choices.
    bool checkProviderName(const QString& name, const char* category = nullptr) const;
    // `file` names a readable regular file, or a usage error saying to check the path.
    bool checkReadableFile(const QString& file) const;
    // Decodes `file` as 16 kHz mono on the thread pool; then calls `next` on this thread with the clip, or
    // prints the decoder's message and finishes with ExitUsage.
    void decodeThen(const QString& file, std::function<void(const AudioClip&)> next);

    Runtime* m_runtime = nullptr;
    const CliOutput& m_out;
};

} // namespace vd::cli
