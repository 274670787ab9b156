#pragma once

#include "app/cli/clioutput.h"

#include <QObject>
#include <QStringList>
#include <memory>

namespace vd {
class Runtime;
}

namespace vd::cli {

class Command;

// voicedeck-cli: parses the global options and the command (PRODUCT.md §4), loads the core, runs
// the command on the event loop, saves breaker/health state, and exits with the command's code.
class CliApplication : public QObject
{
    Q_OBJECT

public:
    CliApplication();
    ~CliApplication() override;

    // Returns an exit code to end with now, or -1 when the command was started and will call
    // QCoreApplication::exit() itself.
    int start(const QStringList& arguments);

private:
    std::unique_ptr<Command> makeCommand(const QString& name);
    QString commandList();
    void finish(int exitCode);

    std::unique_ptr<CliOutput> m_out;
    std::unique_ptr<Runtime> m_runtime;
    std::unique_ptr<Command> m_command;
};

} // namespace vd::cli
