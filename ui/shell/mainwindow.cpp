#include "ui/shell/mainwindow.h"

#include "core/runtime/runtime.h"
#include "ui/activity/worktracker.h"
#include "ui/shell/audiodevicechoice.h"
#include "ui/shell/pagestate.h"
#include "ui/shell/preferencesdialog.h"
#include "ui/shell/uisettings.h"
#include "ui/shell/workstatus.h"
#include "ui/uilog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace vd {

namespace {

// Wide enough for every page's controls on a 1280x800 screen, small enough to fit one.
constexpr QSize kDefaultSize(1120, 720);
constexpr int kNumberedPages = 9;

// A warning's words without the file path, which the status bar's tooltip already gives.
QString shortWarning(const ConfigError& warning)
{
    return warning.key.isEmpty() ? warning.problem : warning.key + QStringLiteral(": ") + warning.problem;
}

} // namespace

MainWindow::MainWindow(Runtime& runtime, Translator& translator, QWidget* parent)
    : QMainWindow(parent), m_runtime(runtime), m_translator(translator), m_work(new WorkTracker(this)),
      m_audioDevices(new AudioDeviceChoice(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_pageList = new QListWidget(central);
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setIconSize(QSize(24, 24));
    m_pageList->setSpacing(2);
    m_pageList->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_pageList->setFrameShape(QFrame::NoFrame);
    m_pageList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    // A page's minimum width grows with the language's words; in a scroll area it cannot push
    // the window wider (a window made narrower than a page scrolls instead).
    auto* pageArea = new QScrollArea(central);
    pageArea->setObjectName(QStringLiteral("pageArea"));
    pageArea->setFrameShape(QFrame::NoFrame);
    pageArea->setWidgetResizable(true);
    pageArea->setWidget(m_stack);
    layout->addWidget(m_pageList);
    layout->addWidget(pageArea, 1);
    setCentralWidget(central);
    connect(m_pageList, &QListWidget::currentRowChanged, this, &MainWindow::onCurrentRowChanged);

    createMenus();
    createStatusBar();
    retranslateUi();
    connect(&m_runtime.readiness(), &Readiness::ready, this, &MainWindow::updateReadiness);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_preferencesAction = m_settingsMenu->addAction(QString(), this, &MainWindow::showPreferences);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setShortcut(QKeySequence(Qt::Key_F1));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    m_readinessLabel = new QLabel(this);
    m_readinessLabel->setObjectName(QStringLiteral("readiness"));
    m_warningsLabel = new QLabel(this);
    m_warningsLabel->setObjectName(QStringLiteral("configWarnings"));
    m_warningsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long warning (or a language with longer words) is cut, not allowed to widen the window;
    // the tooltip has it all.
    m_warningsLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_readinessLabel);
    statusBar()->addWidget(m_warningsLabel, 1);
    statusBar()->addPermanentWidget(new WorkStatus(*m_work, this));
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("VoiceDeck"));
    m_pageList->setAccessibleName(tr("Pages"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About VoiceDeck"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_readinessLabel->setAccessibleName(tr("Status"));
    m_warningsLabel->setAccessibleName(tr("Configuration warnings"));
    updateReadiness();
    updateConfigWarnings();
}

void MainWindow::updateReadiness()
{
    m_readinessLabel->setText(m_runtime.isReady() ? tr("Ready") : tr("Loading keychain and state…"));
}

void MainWindow::updateConfigWarnings()
{
    const ConfigErrors& warnings = m_runtime.configWarnings();
    m_warningsLabel->setVisible(!warnings.isEmpty());
    if (warnings.isEmpty())
        return;
    m_warningsLabel->setText(warnings.size() == 1
                                 ? tr("Config file warning: %1").arg(shortWarning(warnings.first()))
                                 : tr("%n config file warnings; the first: %1", nullptr, int(warnings.size()))
                                       .arg(shortWarning(warnings.first())));
    m_warningsLabel->setToolTip(configErrorsMessage(warnings));
}

void MainWindow::addPage(const QString& id, const QString& title, const QIcon& icon, QWidget* page)
{
    Q_ASSERT(page && indexOf(id) < 0);
    page->setObjectName(id);
    Page entry{id, title, page, nullptr, nullptr};
    entry.item = new QListWidgetItem(icon, title);
    entry.item->setData(Qt::UserRole, id);
    entry.action = m_viewMenu->addAction(icon, title);
    entry.action->setCheckable(true);
    entry.action->setData(id);
    m_pageActions->addAction(entry.action);
    if (m_pages.size() < kNumberedPages)
        entry.action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + m_pages.size())));
    connect(entry.action, &QAction::triggered, this, [this, id] { showPage(id); });
    m_pages.append(entry);
    m_stack->addWidget(page);
    m_pageList->addItem(entry.item);
    fitPageList();
    if (m_pages.size() == 1)
        m_pageList->setCurrentRow(0);
}

bool MainWindow::showPage(const QString& id)
{
    const int index = indexOf(id);
    if (index < 0) {
        qCWarning(lcUiShell) << "no page" << id;
        return false;
    }
    m_pageList->setCurrentRow(index);
    return true;
}

void MainWindow::setPageTitle(const QString& id, const QString& title)
{
    const int index = indexOf(id);
    if (index < 0)
        return;
    Page& page = m_pages[index];
    page.title = title;
    page.item->setText(title);
    page.action->setText(title);
    fitPageList();
}

void MainWindow::fitPageList()
{
    int widest = 0;
    for (int row = 0; row < m_pageList->count(); ++row)
        widest = qMax(widest, m_pageList->sizeHintForIndex(m_pageList->model()->index(row, 0)).width());
    // Room for the items' spacing on both sides, the frame, a vertical scroll bar should the
    // window be too short for every page, and a little air.
    const int chrome = 2 * m_pageList->spacing() + 2 * m_pageList->frameWidth() +
                       m_pageList->verticalScrollBar()->sizeHint().width() + 8;
    m_pageList->setFixedWidth(qMax(widest + chrome, 160));
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (const Page& page : m_pages)
        ids << page.id;
    return ids;
}

QString MainWindow::currentPageId() const
{
    const int row = m_pageList->currentRow();
    return row >= 0 && row < m_pages.size() ? m_pages[row].id : QString();
}

QWidget* MainWindow::page(const QString& id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : m_pages[index].widget;
}

int MainWindow::indexOf(const QString& id) const
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i].id == id)
            return i;
    }
    return -1;
}

void MainWindow::onCurrentRowChanged(int row)
{
    if (row < 0 || row >= m_pages.size())
        return;
    m_stack->setCurrentIndex(row);
    m_pages[row].action->setChecked(true);
    Q_EMIT currentPageChanged(m_pages[row].id);
}

void MainWindow::restoreSession()
{
    const WindowSession session = savedWindowSession();
    if (session.geometry.isEmpty() || !restoreGeometry(session.geometry)) {
        const QSize available = screen() ? screen()->availableSize() : kDefaultSize;
        resize(kDefaultSize.boundedTo(available));
    }
    if (!session.state.isEmpty())
        restoreState(session.state);
    if (!session.currentPage.isEmpty() && indexOf(session.currentPage) >= 0)
        showPage(session.currentPage);
    for (const Page& page : std::as_const(m_pages)) {
        auto* stateful = dynamic_cast<PageState*>(page.widget);
        const QByteArray state = stateful ? savedPageState(page.id) : QByteArray();
        if (!state.isEmpty() && !stateful->restorePageState(state))
            qCInfo(lcUiShell) << "page" << page.id << "could not use its saved state; it starts afresh";
    }
}

void MainWindow::saveSession() const
{
    saveWindowSession({saveGeometry(), saveState(), currentPageId()});
    for (const Page& page : m_pages) {
        if (const auto* stateful = dynamic_cast<const PageState*>(page.widget))
            savePageState(page.id, stateful->savePageState());
    }
}

void MainWindow::showAbout()
{
    const QString text =
        tr("<h3>VoiceDeck %1</h3>"
           "<p>Manage, test and monitor speech-to-text and text-to-speech providers.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>"
           "<p>VoiceDeck is free software: you can redistribute it and/or modify it under the terms of "
           "the GNU General Public License as published by the Free Software Foundation, either "
           "version 3 of the License, or (at your option) any later version.</p>"
           "<p>It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without "
           "even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See "
           "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">the GNU General Public License</a> "
           "for more details.</p>")
            .arg(QCoreApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion()));
    // Not QMessageBox::about(): its exec() would nest an event loop.
    auto* box = new QMessageBox(QMessageBox::NoIcon, tr("About VoiceDeck"), text, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showPreferences()
{
    if (!m_preferences) {
        m_preferences = new PreferencesDialog(m_translator, m_runtime, *m_audioDevices, this);
        m_preferences->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_preferences->open();
    m_preferences->raise();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        Q_EMIT languageChanged();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSession();
    QMainWindow::closeEvent(event);
}

} // namespace vd
