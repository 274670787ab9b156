// voicedeck-cli: the command-line tool of PRODUCT.md §4. All logic lives in CliApplication and
// the core; this only sets up the Qt application.
#include "app/cli/cliapplication.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("voicedeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VOICEDECK_VERSION));
    vd::cli::CliApplication cli;
    const int immediate = cli.start(QCoreApplication::arguments());
    return immediate >= 0 ? immediate : app.exec();
}
