#pragma once

#include "app/gui/guioptions.h"
#include "core/config/configerror.h"

#include <QObject>
#include <memory>

namespace vd {
class ActivityLog;
class MainWindow;
class Runtime;
class Translator;
} // namespace vd

namespace vd::gui {

// Starts the desktop application: the interface language, the Runtime (a config file it cannot
// use is explained in a ConfigProblemDialog and never overwritten), the main window with the
// standard pages and the last session, then the Runtime's asynchronous loading of the keychain
// and state.
class GuiApplication : public QObject
{
    Q_OBJECT

public:
    explicit GuiApplication(GuiOptions options);
    ~GuiApplication() override;

    // Returns an exit code when start-up already ended (e.g. an unknown --page), else -1: the
    // caller runs the event loop, which ends with QCoreApplication::exit().
    int start();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Returns an exit code when the program must stop, -1 when it runs on.
    int createRuntime();
    void askAboutConfig(const ConfigErrors& errors);
    int openMainWindow();
    // --screenshot: saves the painted main window; the exit code (0, or 1 when it cannot be written).
    int saveScreenshot() const;

    GuiOptions m_options;
    QString m_configPath;
    std::unique_ptr<Translator> m_translator;
    std::unique_ptr<ActivityLog> m_activity;
    std::unique_ptr<Runtime> m_runtime; // outlives the window, which shows its state
    std::unique_ptr<MainWindow> m_window;
};

} // namespace vd::gui
