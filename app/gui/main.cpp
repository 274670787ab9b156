// voicedeck: the desktop application of PRODUCT.md §5. All logic lives in GuiApplication, ui/
// and the core; this only sets up the Qt application.
#include "app/gui/guiapplication.h"
#include "app/gui/guioptions.h"
#include "ui/widgets/applicationicon.h"

#include <QApplication>
#include <QLoggingCategory>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VoiceDeck"));
    QCoreApplication::setApplicationName(QStringLiteral("voicedeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VOICEDECK_VERSION));
}

} // namespace

int main(int argc, char* argv[])
{
    if (vd::gui::asksOnlyForText(argc, argv)) {
        // --help and --version work without a display.
        QCoreApplication app(argc, argv);
        setIdentity();
        const auto parsed = vd::gui::parseCommandLine(QCoreApplication::arguments());
        return std::holds_alternative<int>(parsed) ? std::get<int>(parsed) : 2;
    }
    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("VoiceDeck"));
    QGuiApplication::setDesktopFileName(QStringLiteral("voicedeck"));
    QApplication::setWindowIcon(vd::applicationIcon());
    // Debug and info output on request only (QT_LOGGING_RULES overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("voicedeck.*.debug=false\nvoicedeck.*.info=false"));

    const auto parsed = vd::gui::parseCommandLine(QCoreApplication::arguments());
    if (const int* code = std::get_if<int>(&parsed))
        return *code;
    vd::gui::GuiApplication gui(std::get<vd::gui::GuiOptions>(parsed));
    const int immediate = gui.start();
    return immediate >= 0 ? immediate : app.exec();
}
