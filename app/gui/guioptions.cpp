#include "app/gui/guioptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>
#include <cstring>

namespace vd::gui {

namespace {

const QString kConfig = QStringLiteral("config");
const QString kPage = QStringLiteral("page");
const QString kExitAfterFirstPaint = QStringLiteral("exit-after-first-paint");
const QString kScreenshot = QStringLiteral("screenshot");

void describe(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "vd::gui::GuiOptions",
        "VoiceDeck: manage, test and monitor speech-to-text and text-to-speech providers."));
    parser.addOption({kConfig, QCoreApplication::translate("vd::gui::GuiOptions", "Use this config file."),
                      QStringLiteral("FILE")});
    parser.addOption({kPage,
                      QCoreApplication::translate("vd::gui::GuiOptions",
                                                  "Open on this page: speech-to-text, text-to-speech, "
                                                  "providers, health or activity."),
                      QStringLiteral("ID")});
    parser.addOption({kExitAfterFirstPaint,
                      QCoreApplication::translate("vd::gui::GuiOptions",
                                                  "Exit with status 0 as soon as the main window has been "
                                                  "painted once (for start-up benchmarks).")});
    parser.addOption(
        {kScreenshot,
         QCoreApplication::translate("vd::gui::GuiOptions",
                                     "Save the main window as a PNG image once it has been painted, "
                                     "then exit (to check an installation without a display, with "
                                     "QT_QPA_PLATFORM=offscreen)."),
         QStringLiteral("FILE")});
    parser.addHelpOption();
    parser.addVersionOption();
}

} // namespace

bool asksOnlyForText(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char* flag : {"-h", "-?", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

std::variant<GuiOptions, int> parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    describe(parser);
    if (!parser.parse(arguments)) {
        std::fputs(qPrintable(parser.errorText() + QStringLiteral(" See voicedeck --help.\n")), stderr);
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::fputs(qPrintable(QStringLiteral("voicedeck %1\n").arg(QCoreApplication::applicationVersion())),
                   stdout);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fputs(qPrintable(QStringLiteral("unexpected argument \"%1\"; see voicedeck --help\n")
                                  .arg(parser.positionalArguments().first())),
                   stderr);
        return 2;
    }
    GuiOptions options;
    options.configPath = parser.value(kConfig);
    options.page = parser.value(kPage);
    options.exitAfterFirstPaint = parser.isSet(kExitAfterFirstPaint);
    options.screenshotPath = parser.value(kScreenshot);
    return options;
}

} // namespace vd::gui
