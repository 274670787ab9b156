#pragma once

#include <QString>
#include <QStringList>
#include <variant>

namespace vd::gui {

// What `voicedeck` was asked to do on its command line.
struct GuiOptions
{
    QString configPath;               // --config FILE; empty: the contract's default location
    QString page;                     // --page ID; empty: the page of the last session
    bool exitAfterFirstPaint = false; // --exit-after-first-paint (start-up benchmarks)
    QString screenshotPath;           // --screenshot FILE: save the first paint as PNG, then exit
};

// True when the arguments ask only for text (--help, --version): then no display is needed, and
// the caller answers with a QCoreApplication instead of a QApplication.
bool asksOnlyForText(int argc, char* argv[]);

// Parses the arguments (the application instance must exist). Returns the options, or the exit
// code to stop with: 0 after printing --help or --version on stdout, 2 after a usage error on stderr.
std::variant<GuiOptions, int> parseCommandLine(const QStringList& arguments);

} // namespace vd::gui
