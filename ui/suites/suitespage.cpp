#include "ui/suites/suitespage.h"

#include "core/model/clock.h"
#include "core/model/providerkind.h"
#include "core/registry/providerregistry.h"
#include "core/suites/suiteproviders.h"
#include "ui/i18n/retranslator.h"
#include "ui/speech/messagebanner.h"
#include "ui/suites/suitecasedialog.h"
#include "ui/suites/suitehistorypanel.h"
#include "ui/suites/suiteproblemsbox.h"
#include "ui/suites/suiterunpanel.h"
#include "ui/suites/suitetargetlist.h"
#include "ui/uilog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace vd {

SuitesPage::SuitesPage(Router& router, ProviderRegistry& registry, ProviderDirectory& providers,
                       HistoryRecorder& history, ActivityLog& activity, QWidget* parent)
    : QWidget(parent), m_registry(registry)
{
    m_banner = new MessageBanner(this);
    m_suiteLabel = new QLabel(this);
    m_suiteLabel->setObjectName(QStringLiteral("suiteName"));
    m_suiteLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_suiteLabel->setWordWrap(true);
    const auto button = [this](const char* name) {
        auto* button = new QPushButton(this);
        button->setObjectName(QLatin1String(name));
        return button;
    };
    m_openButton = button("openSuiteButton");
    m_newButton = button("newSuiteButton");
    m_addTakeButton = button("addTakeButton");
    m_addFileButton = button("addFileButton");
    m_problemsBox = new SuiteProblemsBox(this);
    m_runPanel = new SuiteRunPanel(router, providers, history, activity, SystemClock::instance(), this);
    m_historyPanel = new SuiteHistoryPanel(history, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("suiteTabs"));
    m_tabs->addTab(m_runPanel, QString());
    m_tabs->addTab(m_historyPanel, QString());

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_suiteLabel, 1);
    for (QPushButton* button : {m_openButton, m_newButton, m_addTakeButton, m_addFileButton})
        bar->addWidget(button);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_problemsBox);
    layout->addWidget(m_tabs, 1);

    connect(m_openButton, &QPushButton::clicked, this, &SuitesPage::chooseSuite);
    connect(m_newButton, &QPushButton::clicked, this, &SuitesPage::chooseNewSuite);
    connect(m_addTakeButton, &QPushButton::clicked, this, &SuitesPage::addTake);
    connect(m_addFileButton, &QPushButton::clicked, this, &SuitesPage::addFile);
    connect(m_runPanel, &SuiteRunPanel::runRequested, this, &SuitesPage::runSuite);
    connect(m_runPanel, &SuiteRunPanel::runningChanged, this, &SuitesPage::updateActions);
    connect(m_runPanel, &SuiteRunPanel::message, m_banner, &MessageBanner::showMessage);
    connect(m_runPanel, &SuiteRunPanel::runStored, m_historyPanel, &SuiteHistoryPanel::showStoredRun);
    for (auto signal : {&ProviderRegistry::providerChanged, &ProviderRegistry::providerAdded})
        connect(&registry, signal, this, [this] { m_runPanel->targets().refresh(); });
    Retranslator::keep(this, [this] { retranslate(); });
    updateActions();
}

SuitesPage::~SuitesPage() = default;

void SuitesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_runPanel->isRunning()) // credentials may have loaded since: "configured" changes
        m_runPanel->targets().refresh();
}

void SuitesPage::openSuite(const QString& path)
{
    m_busy = true;
    updateActions();
    auto* watcher = new QFutureWatcher<SuiteLoad>(this);
    connect(watcher, &QFutureWatcher<SuiteLoad>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_busy = false;
        applyLoad(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(loadSuite, path));
}

void SuitesPage::newSuite(const QString& folder)
{
    SuiteLoad load;
    load.suite.path = suiteFilePath(folder);
    load.suite.name = QFileInfo(load.suite.path).absoluteDir().dirName();
    applyLoad(load);
    if (QFileInfo::exists(load.suite.path)) // the folder holds a suite already: open it instead
        openSuite(load.suite.path);
}

void SuitesPage::applyLoad(const SuiteLoad& load)
{
    m_load = load;
    m_path = load.suite.path;
    if (QFileInfo::exists(m_path))
        checkSuiteProviders(m_load, m_registry, tr("see the Providers page"));
    qCInfo(lcUiSuites) << "suite" << m_path << ":" << m_load.suite.cases.size() << "cases,"
                       << m_load.problems.size() << "problems";
    m_banner->clearMessage();
    m_problemsBox->setLoad(m_load);
    updateActions();
    retranslate();
    Q_EMIT suiteLoaded();
}

void SuitesPage::addCase(const NewSuiteCase& newCase)
{
    if (m_path.isEmpty())
        return;
    m_busy = true;
    updateActions();
    using Written = Result<SuiteLoad, QString>;
    auto* watcher = new QFutureWatcher<Written>(this);
    connect(watcher, &QFutureWatcher<Written>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_busy = false;
        const Written written = watcher->result();
        if (!written) {
            updateActions();
            m_banner->showError(tr("The case was not added: %1").arg(written.error()));
            return;
        }
        applyLoad(*written);
        const QString id = m_load.suite.cases.isEmpty() ? QString() : m_load.suite.cases.constLast().id;
        m_banner->showMessage(MessageBanner::Level::Information,
                              tr("Case \"%1\" added to %2").arg(id, QDir::toNativeSeparators(m_path)));
        Q_EMIT caseAdded();
    });
    watcher->setFuture(QtConcurrent::run(addSuiteCase, m_path, newCase, m_load.suite.name));
}

void SuitesPage::runSuite()
{
    if (m_load.fatal || m_load.suite.cases.isEmpty() || m_busy)
        return;
    if (!m_load.problems.isEmpty() && !m_problemsBox->keepGoing()) {
        m_banner->showError(tr("%n problem(s) in the suite file; nothing was run. Fix them, or check \"%1\".",
                               nullptr, int(m_load.problems.size()))
                                .arg(m_problemsBox->keepGoingText()));
        return;
    }
    m_banner->clearMessage();
    m_runPanel->start(m_load.suite, m_load.problems);
}

void SuitesPage::setKeepGoing(bool keepGoing)
{
    m_problemsBox->setKeepGoing(keepGoing);
}

void SuitesPage::chooseSuite()
{
    const QString start = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a suite"), start,
                                                      tr("Suite files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openSuite(path);
}

bool SuitesPage::chooseNewSuite()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Choose or create the new suite's folder"), QDir::homePath());
    if (folder.isEmpty())
        return false;
    newSuite(folder);
    return true;
}

std::optional<SuiteTake> SuitesPage::currentTake() const
{
    std::optional<SuiteTake> take = m_takeSource ? m_takeSource() : std::nullopt;
    if (take && take->clip.isEmpty())
        return std::nullopt;
    return take;
}

void SuitesPage::addTake()
{
    const std::optional<SuiteTake> take = currentTake();
    if (!take) {
        m_banner->showMessage(MessageBanner::Level::Warning,
                              tr("There is no take: record or open one on the Speech to text page first."));
        return;
    }
    if (m_path.isEmpty() && !chooseNewSuite())
        return;
    if (std::optional<NewSuiteCase> newCase = SuiteCaseDialog::ask(take->name, take->expected, this)) {
        newCase->clip = take->clip;
        addCase(*newCase);
    }
}

void SuitesPage::addFile()
{
    if (m_path.isEmpty() && !chooseNewSuite())
        return;
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Add an audio file as a case"), QFileInfo(m_path).absolutePath(),
        tr("Audio files (*.wav *.flac *.ogg *.oga *.opus *.mp3);;All files (*)"));
    if (file.isEmpty())
        return;
    if (std::optional<NewSuiteCase> newCase =
            SuiteCaseDialog::ask(QFileInfo(file).fileName(), QString(), this)) {
        newCase->audioFile = file;
        addCase(*newCase);
    }
}

void SuitesPage::updateActions()
{
    const bool running = m_runPanel->isRunning();
    const bool idle = !running && !m_busy;
    for (QPushButton* button : {m_openButton, m_newButton, m_addTakeButton, m_addFileButton})
        button->setEnabled(idle);
    m_problemsBox->setRunning(running);
    m_runPanel->setRunnable(!m_busy && !m_load.fatal && !m_load.suite.cases.isEmpty());
}

QString SuitesPage::suiteText() const
{
    if (m_path.isEmpty())
        return tr("No suite open. Open a suite file, or start a new suite and add recordings to it.");
    const QString path = QDir::toNativeSeparators(m_path);
    if (!QFileInfo::exists(m_path))
        return tr("New suite %1 (%2): add a case to create the file.").arg(m_load.suite.name, path);
    if (m_load.fatal)
        return tr("Suite %1 cannot be used; see the problems below.").arg(path);
    return tr("Suite %1 (%2): %n valid case(s)", nullptr, int(m_load.suite.cases.size()))
        .arg(m_load.suite.name, path);
}

void SuitesPage::retranslate()
{
    m_suiteLabel->setText(suiteText());
    m_openButton->setText(tr("&Open suite…"));
    m_openButton->setToolTip(tr("Open a suite file (suite.json)"));
    m_newButton->setText(tr("&New suite…"));
    m_newButton->setToolTip(
        tr("Start a suite in a folder of your choice; its cases' recordings are kept there"));
    m_addTakeButton->setText(tr("Add &take…"));
    m_addTakeButton->setToolTip(
        tr("Add the Speech to text page's take as a case, with the text it should give"));
    m_addFileButton->setText(tr("Add &file…"));
    m_addFileButton->setToolTip(tr("Add an audio file (WAV, FLAC, OGG, MP3) as a case; it is copied into the "
                                   "suite's folder"));
    m_tabs->setTabText(m_tabs->indexOf(m_runPanel), tr("R&esults"));
    m_tabs->setTabText(m_tabs->indexOf(m_historyPanel), tr("&History"));
}

QByteArray SuitesPage::savePageState() const
{
    const QJsonObject state{
        {QStringLiteral("suite"), m_path},
        {QStringLiteral("providers"), QJsonArray::fromStringList(m_runPanel->targets().checkedNames())},
        {QStringLiteral("keep_going"), m_problemsBox->keepGoing()}};
    return QJsonDocument(state).toJson(QJsonDocument::Compact);
}

bool SuitesPage::restorePageState(const QByteArray& state)
{
    const QJsonDocument document = QJsonDocument::fromJson(state);
    if (!document.isObject())
        return false;
    const QJsonObject object = document.object();
    if (object.contains(QStringLiteral("providers")))
        m_runPanel->targets().setCheckedNames(
            object.value(QStringLiteral("providers")).toVariant().toStringList());
    m_problemsBox->setKeepGoing(object.value(QStringLiteral("keep_going")).toBool());
    const QString suite = object.value(QStringLiteral("suite")).toString();
    if (!suite.isEmpty() && QFileInfo::exists(suite))
        openSuite(suite);
    return true;
}

} // namespace vd
