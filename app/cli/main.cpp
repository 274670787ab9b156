// voicedeck-cli: the command-line tool of PRODUCT.md §4. All logic lives in CliApplication and
// the core; this only sets up the Qt application.
#include "app/cli/cliapplication.h"
#include "app/cli/rawarguments.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    if (const QString problem = vd::cli::undecodableArgument(argc, argv); !problem.isEmpty()) {
        vd::cli::CliOutput(false, false).error(problem);
        return vd::cli::ExitUsage;
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("voicedeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VOICEDECK_VERSION));
    vd::cli::CliApplication cli;
    const int immediate = cli.start(QCoreApplication::arguments());
    // Output lost to a full disk must not pass for success.
    return vd::cli::CliOutput::finishStdout(immediate >= 0 ? immediate : app.exec());
}
