#include "ui/suites/suitespage.h"

#include "core/model/clock.h"
#include "core/model/providerkind.h"
#include "core/registry/providerregistry.h"
#include "ui/i18n/retranslator.h"
#include "ui/speech/messagebanner.h"
#include "ui/suites/suitecasedialog.h"
#include "ui/suites/suitehistorypanel.h"
#include "ui/suites/suiterunpanel.h"
#include "ui/suites/suitespagelog.h"
#include "ui/suites/suitetargetlist.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace vd {

SuitesPage::SuitesPage(Router& router, ProviderRegistry& registry, ProviderDirectory& providers,
                       HistoryRecorder& history, QWidget* parent)
    : QWidget(parent), m_router(router), m_registry(registry)
{
    m_banner = new MessageBanner(this);
    m_suiteLabel = new QLabel(this);
    m_suiteLabel->setObjectName(QStringLiteral("suiteName"));
    m_suiteLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_suiteLabel->setWordWrap(true);
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("openSuiteButton"));
    m_newButton = new QPushButton(this);
    m_newButton->setObjectName(QStringLiteral("newSuiteButton"));
    m_addTakeButton = new QPushButton(this);
    m_addTakeButton->setObjectName(QStringLiteral("addTakeButton"));
    m_addFileButton = new QPushButton(this);
    m_addFileButton->setObjectName(QStringLiteral("addFileButton"));
    m_problemsBox = new QGroupBox(this);
    m_problems = new QListWidget(m_problemsBox);
    m_problems->setObjectName(QStringLiteral("suiteProblems"));
    m_problems->setMaximumHeight(120);
    m_keepGoing = new QCheckBox(m_problemsBox);
    m_keepGoing->setObjectName(QStringLiteral("keepGoingCheck"));
    auto* problems = new QVBoxLayout(m_problemsBox);
    problems->addWidget(m_problems);
    problems->addWidget(m_keepGoing);
    m_problemsBox->hide();
    m_runPanel = new SuiteRunPanel(router, providers, history, SystemClock::instance(), this);
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
    layout->addWidget(m_banner);
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
    connect(m_runPanel, &SuiteRunPanel::runStored, m_historyPanel, [this](qint64 id) {
        connect(
            m_historyPanel, &SuiteHistoryPanel::refreshed, this,
            [this, id] { m_historyPanel->selectRuns({id}); }, Qt::SingleShotConnection);
        m_historyPanel->refresh();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_historyPanel)
            m_historyPanel->refresh();
    });
    connect(&registry, &ProviderRegistry::providerChanged, this, [this] { m_runPanel->targets().refresh(); });
    connect(&registry, &ProviderRegistry::providerAdded, this, [this] { m_runPanel->targets().refresh(); });
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
        checkSuiteProviders(m_load);
    qCInfo(lcUiSuites) << "suite" << m_path << ":" << m_load.suite.cases.size() << "cases,"
                       << m_load.problems.size() << "problems";
    m_banner->clearMessage();
    showProblems();
    updateActions();
    retranslate();
    Q_EMIT suiteLoaded();
}

// The suite names providers for the other end of round trips; an unknown name is the file's fault.
void SuitesPage::checkSuiteProviders(SuiteLoad& load) const
{
    const auto check = [&](const QString& field, const QString& name, ProviderCategory category) {
        const std::optional<ProviderInfo> info = m_registry.info(name);
        if (name.isEmpty() || (info && info->category == category))
            return;
        load.problems.append(SuiteProblem{0, QString(), field,
                                          tr("\"%1\" is not a known %2 provider; see the Providers page")
                                              .arg(name, categoryName(category))});
        load.fatal = true;
    };
    check(QStringLiteral("stt_for_tts"), load.suite.sttForTts, ProviderCategory::Stt);
    check(QStringLiteral("tts_for_stt"), load.suite.ttsForStt, ProviderCategory::Tts);
}

void SuitesPage::showProblems()
{
    m_problems->clear();
    for (const SuiteProblem& problem : std::as_const(m_load.problems))
        m_problems->addItem(problem.toString());
    m_problemsBox->setVisible(!m_load.problems.isEmpty());
    m_keepGoing->setVisible(!m_load.fatal);
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
    if (!m_load.problems.isEmpty() && !m_keepGoing->isChecked()) {
        m_banner->showError(tr("%n problem(s) in the suite file; nothing was run. Fix them, or check \"%1\".",
                               nullptr, int(m_load.problems.size()))
                                .arg(m_keepGoing->text().remove(QLatin1Char('&'))));
        return;
    }
    m_banner->clearMessage();
    m_runPanel->start(m_load.suite, m_load.problems);
}

void SuitesPage::setKeepGoing(bool keepGoing)
{
    m_keepGoing->setChecked(keepGoing);
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

void SuitesPage::addTake()
{
    const std::optional<SuiteTake> take = m_takeSource ? m_takeSource() : std::nullopt;
    if (!take || take->clip.isEmpty()) {
        m_banner->showMessage(MessageBanner::Level::Warning,
                              tr("There is no take: record or open one on the Speech to text page first."));
        return;
    }
    if (m_path.isEmpty() && !chooseNewSuite())
        return;
    SuiteCaseDialog dialog(take->name, take->expected, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    NewSuiteCase newCase = dialog.newCase();
    newCase.clip = take->clip;
    addCase(newCase);
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
    SuiteCaseDialog dialog(QFileInfo(file).fileName(), QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    NewSuiteCase newCase = dialog.newCase();
    newCase.audioFile = file;
    addCase(newCase);
}

void SuitesPage::updateActions()
{
    const bool running = m_runPanel->isRunning();
    const bool idle = !running && !m_busy;
    m_openButton->setEnabled(idle);
    m_newButton->setEnabled(idle);
    m_addTakeButton->setEnabled(idle);
    m_addFileButton->setEnabled(idle);
    m_keepGoing->setEnabled(!running);
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
    m_problemsBox->setTitle(tr("Problems in the suite file"));
    m_problems->setAccessibleName(tr("Problems in the suite file"));
    m_keepGoing->setText(tr("Run the valid cases an&yway"));
    m_keepGoing->setToolTip(tr("Run the cases without problems and report the others with the run"));
    m_tabs->setTabText(m_tabs->indexOf(m_runPanel), tr("R&esults"));
    m_tabs->setTabText(m_tabs->indexOf(m_historyPanel), tr("&History"));
}

QByteArray SuitesPage::savePageState() const
{
    const QJsonObject state{
        {QStringLiteral("suite"), m_path},
        {QStringLiteral("providers"), QJsonArray::fromStringList(m_runPanel->targets().checkedNames())},
        {QStringLiteral("keep_going"), m_keepGoing->isChecked()}};
    return QJsonDocument(state).toJson(QJsonDocument::Compact);
}

bool SuitesPage::restorePageState(const QByteArray& state)
{
    const QJsonDocument document = QJsonDocument::fromJson(state);
    if (!document.isObject())
        return false;
    const QJsonObject object = document.object();
    if (object.contains(QStringLiteral("providers"))) {
        QStringList names;
        for (const QJsonValue& name : object.value(QStringLiteral("providers")).toArray())
            names << name.toString();
        m_runPanel->targets().setCheckedNames(names);
    }
    m_keepGoing->setChecked(object.value(QStringLiteral("keep_going")).toBool());
    const QString suite = object.value(QStringLiteral("suite")).toString();
    if (!suite.isEmpty() && QFileInfo::exists(suite))
        openSuite(suite);
    return true;
}

} // namespace vd
