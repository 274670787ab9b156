#include "app/gui/guiapplication.h"

#include "core/config/configfile.h"
#include "core/config/configlocation.h"
#include "core/history/historyrecorder.h"
#include "core/runtime/runtime.h"
#include "ui/activity/activityhistory.h"
#include "ui/activity/activitylog.h"
#include "ui/i18n/translator.h"
#include "ui/shell/configproblemdialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/standardpages.h"
#include "ui/shell/uisettings.h"
#include "ui/uilog.h"

#include <QApplication>
#include <QDesktopServices>
#include <QPixmap>
#include <QTimer>
#include <cstdio>

namespace vd::gui {

namespace {

constexpr int kExitUsage = 2;
constexpr int kExitConfig = 3; // as voicedeck-cli (PRODUCT.md §4)

} // namespace

GuiApplication::GuiApplication(GuiOptions options)
    : m_options(std::move(options)), m_configPath(resolveConfigPath(m_options.configPath)),
      m_translator(std::make_unique<Translator>()), m_activity(std::make_unique<ActivityLog>())
{}

GuiApplication::~GuiApplication()
{
    m_window.reset(); // before the Runtime it refers to
}

int GuiApplication::start()
{
    if (!m_translator->setLanguage(savedLanguage()))
        m_translator->setLanguage(QString());
    return createRuntime();
}

int GuiApplication::createRuntime()
{
    RuntimeOptions options;
    options.configPath = m_configPath;
    auto runtime = Runtime::create(options);
    if (!runtime) {
        askAboutConfig(runtime.error());
        return -1;
    }
    m_runtime = std::move(runtime).value();
    m_translator->reload(); // with the catalogues of the plugins the runtime loaded
    m_runtime->history().setSource(QStringLiteral("gui"));
    // Earlier sessions' requests, read off the GUI thread, appear on the Activity page when ready.
    ActivityHistory::restore(m_runtime->history(), *m_activity);
    for (const ConfigError& warning : m_runtime->configWarnings())
        qCWarning(lcUiShell).noquote() << warning.message();
    return openMainWindow();
}

void GuiApplication::askAboutConfig(const ConfigErrors& errors)
{
    qCWarning(lcUiShell).noquote() << configErrorsMessage(errors);
    // The dialog is the only window for now; closing it must not end the application on its own.
    QGuiApplication::setQuitOnLastWindowClosed(false);
    auto* dialog = new ConfigProblemDialog(m_configPath, errors);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConfigProblemDialog::openFolderRequested, this, [](const QUrl& folder) {
        if (!QDesktopServices::openUrl(folder))
            qCWarning(lcUiShell) << "could not open" << folder.toLocalFile();
    });
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        int code = kExitConfig;
        switch (dialog->choice()) {
        case ConfigProblemDialog::Choice::Quit:
            break;
        case ConfigProblemDialog::Choice::MoveAside:
            if (auto moved = ConfigFile::moveAside(m_configPath); !moved) {
                askAboutConfig({moved.error()});
                return;
            } else {
                qCInfo(lcUiShell).noquote() << "moved the config file aside to" << moved.value();
            }
            code = createRuntime();
            break;
        case ConfigProblemDialog::Choice::TryAgain:
            code = createRuntime();
            break;
        }
        if (code >= 0)
            QCoreApplication::exit(code);
    });
    dialog->open();
}

int GuiApplication::openMainWindow()
{
    m_window = std::make_unique<MainWindow>(*m_runtime, *m_translator);
    addStandardPages(*m_window, *m_runtime, *m_activity);
    m_window->restoreSession();
    if (!m_options.page.isEmpty() && !m_window->showPage(m_options.page)) {
        std::fputs(qPrintable(QStringLiteral("unknown page \"%1\"; use one of: %2\n")
                                  .arg(m_options.page, m_window->pageIds().join(QStringLiteral(", ")))),
                   stderr);
        return kExitUsage;
    }
    if (m_options.exitAfterFirstPaint || !m_options.screenshotPath.isEmpty())
        m_window->installEventFilter(this);
    QGuiApplication::setQuitOnLastWindowClosed(true);
    m_window->show();
    m_runtime->start();
    return -1;
}

bool GuiApplication::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window.get() && event->type() == QEvent::Paint) {
        m_window->removeEventFilter(this);
        // Queued: the exit comes once this paint event has been processed.
        QTimer::singleShot(0, this, [this] { QCoreApplication::exit(saveScreenshot()); });
    }
    return QObject::eventFilter(watched, event);
}

int GuiApplication::saveScreenshot() const
{
    if (m_options.screenshotPath.isEmpty())
        return 0;
    if (m_window->grab().save(m_options.screenshotPath, "PNG"))
        return 0;
    std::fputs(qPrintable(QStringLiteral("cannot write the screenshot to %1; check the folder exists and is "
                                         "writable\n")
                              .arg(m_options.screenshotPath)),
               stderr);
    return 1;
}

} // namespace vd::gui
