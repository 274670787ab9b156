#include "ui/speech/speechtotextpage.h"

#include "core/runtime/readiness.h"
#include "ui/i18n/retranslator.h"
#include "ui/speech/comparisonview.h"
#include "ui/speech/languagepicker.h"
#include "ui/speech/messagebanner.h"
#include "ui/speech/providerpicker.h"
#include "ui/speech/takepanel.h"
#include "ui/speech/transcriptionrunner.h"
#include "ui/speech/transcriptview.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace vd {

SpeechToTextPage::SpeechToTextPage(const SpeechServices& services, ActivityLog& activity, QWidget* parent)
    : QWidget(parent), m_services(services),
      m_runner(new TranscriptionRunner(services.router, activity, this))
{
    buildUi();
    setAcceptDrops(true);
    connect(m_take, &TakePanel::message, m_banner, &MessageBanner::showMessage);
    connect(m_take, &TakePanel::messageWithdrawn, m_banner, [this](const QString& text) {
        if (m_banner->text() == text)
            m_banner->clearMessage();
    });
    connect(m_take, &TakePanel::takeChanged, this, [this] {
        m_banner->clearMessage();
        // Results belong to the take they were made from: none may stand beside a new one.
        m_runner->cancelAll();
        m_result->clear();
        m_compare->clear();
        updateActions();
    });
    connect(m_take, &TakePanel::busyChanged, this, &SpeechToTextPage::updateActions);
    connect(&m_services.readiness, &Readiness::ready, this, &SpeechToTextPage::updateActions);
    updateActions();
}

SpeechToTextPage::~SpeechToTextPage() = default;

void SpeechToTextPage::buildUi()
{
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("sttMessage"));

    auto* takeBox = new QGroupBox(this);
    Retranslator::keep(takeBox, [takeBox] { takeBox->setTitle(tr("Take")); });
    m_take = new TakePanel(takeBox);
    auto* takeLayout = new QVBoxLayout(takeBox);
    takeLayout->addWidget(m_take);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("sttSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(takeBox);
    m_splitter->addWidget(buildRequestBox());
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter, 1);

    for (auto [keys, slot] :
         {std::pair{QKeySequence(Qt::CTRL | Qt::Key_Return), &SpeechToTextPage::transcribe},
          std::pair{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), &SpeechToTextPage::compareAll},
          std::pair{QKeySequence(Qt::Key_Escape), &SpeechToTextPage::cancel}}) {
        auto* shortcut = new QShortcut(keys, this, this, slot);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    }
}

QWidget* SpeechToTextPage::buildRequestBox()
{
    auto* box = new QWidget(this);
    m_provider = new ProviderPicker(m_services.readiness, m_services.registry, m_services.factory,
                                    ProviderCategory::Stt, box);
    m_provider->setObjectName(QStringLiteral("sttProvider"));
    m_language = new LanguagePicker(box);
    m_language->setObjectName(QStringLiteral("sttLanguage"));
    m_reference = new QLineEdit(box);
    m_reference->setObjectName(QStringLiteral("referenceText"));
    m_reference->setClearButtonEnabled(true);
    auto* choices = new QHBoxLayout;
    choices->addWidget(m_provider);
    auto* languageLabel = new QLabel(box);
    languageLabel->setBuddy(m_language);
    choices->addWidget(languageLabel);
    choices->addWidget(m_language);
    choices->addStretch(1);
    auto* providerLabel = new QLabel(box);
    providerLabel->setBuddy(m_provider);
    auto* referenceLabel = new QLabel(box);
    referenceLabel->setBuddy(m_reference);
    auto* form = new QFormLayout;
    form->addRow(providerLabel, choices);
    form->addRow(referenceLabel, m_reference);

    m_transcribeButton =
        new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), QString(), box);
    m_transcribeButton->setObjectName(QStringLiteral("transcribeButton"));
    connect(m_transcribeButton, &QPushButton::clicked, this, &SpeechToTextPage::transcribe);
    m_compareButton = new QPushButton(box);
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    connect(m_compareButton, &QPushButton::clicked, this, &SpeechToTextPage::compareAll);
    m_cancelButton = new QPushButton(QIcon::fromTheme(QStringLiteral("process-stop")), QString(), box);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(m_cancelButton, &QPushButton::clicked, this, &SpeechToTextPage::cancel);
    m_statusLabel = new QLabel(box);
    m_statusLabel->setObjectName(QStringLiteral("sttStatus"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_transcribeButton);
    buttons->addWidget(m_compareButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_statusLabel, 1);

    m_result = new TranscriptView(box);
    m_compare = new ComparisonView(m_services.providers, *m_runner, box);
    connect(m_result, &TranscriptView::message, m_banner, &MessageBanner::showMessage);
    connect(m_compare, &ComparisonView::message, m_banner, &MessageBanner::showMessage);
    connect(m_compare, &ComparisonView::finished, this, [this] {
        setStatus(StatusLine::Idle);
        updateActions();
        emit comparisonFinished();
    });
    m_tabs = new QTabWidget(box);
    m_tabs->setObjectName(QStringLiteral("sttTabs"));
    m_tabs->addTab(m_result, QString());
    m_tabs->addTab(m_compare, QString());
    Retranslator::keep(this, [=, this] {
        m_reference->setPlaceholderText(
            tr("Optional: the words actually spoken, to compute the word error rate"));
        m_reference->setAccessibleName(tr("Reference text"));
        languageLabel->setText(tr("&Language:"));
        providerLabel->setText(tr("&Provider:"));
        referenceLabel->setText(tr("R&eference:"));
        m_transcribeButton->setText(tr("&Transcribe"));
        m_transcribeButton->setToolTip(tr("Transcribe the take with the chosen provider (Ctrl+Return)"));
        m_compareButton->setText(tr("&Compare all"));
        m_compareButton->setToolTip(tr("Run every enabled, configured speech-to-text provider on the take at "
                                       "once and show the results side by side (Ctrl+Shift+Return)"));
        m_cancelButton->setText(tr("C&ancel"));
        m_cancelButton->setToolTip(tr("Cancel the requests in flight (Esc)"));
        m_tabs->setTabText(0, tr("Res&ult"));
        m_tabs->setTabText(1, tr("Compa&rison"));
        showStatus();
    });

    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);
    return box;
}

QByteArray SpeechToTextPage::savePageState() const
{
    const QJsonObject state{
        {QStringLiteral("provider"), m_provider->currentProvider()},
        {QStringLiteral("language"), m_language->language()},
        {QStringLiteral("reference"), m_reference->text()},
        {QStringLiteral("input_device"), QString::fromLatin1(m_take->deviceId().toBase64())},
        {QStringLiteral("splitter"), QString::fromLatin1(m_splitter->saveState().toBase64())},
        {QStringLiteral("tab"), m_tabs->currentIndex()},
    };
    return QJsonDocument(state).toJson(QJsonDocument::Compact);
}

bool SpeechToTextPage::restorePageState(const QByteArray& state)
{
    const QJsonDocument document = QJsonDocument::fromJson(state);
    if (!document.isObject())
        return false;
    const QJsonObject json = document.object();
    m_provider->setCurrentProvider(json.value(QStringLiteral("provider")).toString());
    m_language->setLanguage(json.value(QStringLiteral("language")).toString());
    m_reference->setText(json.value(QStringLiteral("reference")).toString());
    m_take->setDeviceId(
        QByteArray::fromBase64(json.value(QStringLiteral("input_device")).toString().toLatin1()));
    m_splitter->restoreState(
        QByteArray::fromBase64(json.value(QStringLiteral("splitter")).toString().toLatin1()));
    m_tabs->setCurrentIndex(json.value(QStringLiteral("tab")).toInt());
    return true;
}

void SpeechToTextPage::openFile(const QString& path)
{
    m_take->openFile(path);
}

void SpeechToTextPage::setReference(const QString& text)
{
    m_reference->setText(text);
}

QString SpeechToTextPage::reference() const
{
    return m_reference->text().trimmed();
}

bool SpeechToTextPage::isBusy() const
{
    return m_transcribing || isComparing();
}

bool SpeechToTextPage::isComparing() const
{
    return m_compare->isRunning();
}

const std::optional<TranscriptionOutcome>& SpeechToTextPage::lastOutcome() const
{
    return m_result->outcome();
}

ComparisonModel& SpeechToTextPage::comparison()
{
    return m_compare->model();
}

void SpeechToTextPage::transcribe()
{
    if (!m_transcribeButton->isEnabled())
        return;
    m_banner->clearMessage();
    m_transcribing = true;
    m_tabs->setCurrentWidget(m_result);
    setStatus(StatusLine::Transcribing, m_take->takeName());
    updateActions();
    m_runner->transcribe(m_take->take(), m_language->language(), m_take->takeName(),
                         m_provider->currentProvider(), ActivityEntry::Operation::Transcribe,
                         [this](const TranscriptionOutcome& outcome) { finishTranscription(outcome); });
}

void SpeechToTextPage::finishTranscription(const TranscriptionOutcome& finished)
{
    TranscriptionOutcome outcome = finished;
    outcome.source = m_take->takeName();
    m_result->showOutcome(outcome);
    const QString reference = this->reference();
    if (outcome.ok && !reference.isEmpty() && !outcome.wer) {
        setStatus(StatusLine::ComputingWer);
        // The rate may stay empty (texts over the alignment bound): conclude either way, once.
        m_runner->computeWer(reference, outcome.text,
                             [this, outcome](const std::optional<WordAlignment>& score) mutable {
                                 outcome.setScore(score);
                                 m_result->showOutcome(outcome);
                                 concludeTranscription(outcome);
                             });
        return;
    }
    concludeTranscription(outcome);
}

void SpeechToTextPage::concludeTranscription(const TranscriptionOutcome& outcome)
{
    m_transcribing = false;
    setStatus(StatusLine::Idle);
    if (!outcome.ok) {
        const bool cancelled = outcome.error && outcome.error->kind == ErrorKind::Cancelled;
        m_banner->showMessage(cancelled ? MessageBanner::Level::Information : MessageBanner::Level::Error,
                              cancelled ? tr("Transcription cancelled.") : outcome.errorMessage());
    }
    updateActions();
    emit transcriptionFinished(outcome);
}

void SpeechToTextPage::compareAll()
{
    if (!m_compareButton->isEnabled())
        return;
    m_banner->clearMessage();
    m_tabs->setCurrentWidget(m_compare);
    if (!m_compare->start(m_take->take(), m_language->language(), m_take->takeName(), reference())) {
        emit comparisonFinished();
        return;
    }
    setStatus(StatusLine::Comparing);
    updateActions();
}

void SpeechToTextPage::cancel()
{
    m_runner->cancelAll();
}

void SpeechToTextPage::copyResult() const
{
    m_result->copy();
}

Status SpeechToTextPage::exportResult(const QString& path) const
{
    return m_result->exportTo(path);
}

Status SpeechToTextPage::exportComparison(const QString& path) const
{
    return m_compare->exportTo(path);
}

void SpeechToTextPage::updateActions()
{
    const bool ready = m_services.readiness.isReady();
    const bool canRun =
        ready && m_take->hasTake() && !m_take->isRecording() && !m_take->isLoading() && !isBusy();
    m_transcribeButton->setEnabled(canRun);
    m_compareButton->setEnabled(canRun);
    m_cancelButton->setEnabled(isBusy());
    if (!ready)
        setStatus(StatusLine::Loading);
    else if (m_status == StatusLine::Loading)
        setStatus(StatusLine::Idle);
    emit busyChanged(isBusy());
}

void SpeechToTextPage::setStatus(StatusLine status, const QString& takeName)
{
    m_status = status;
    m_statusTake = takeName;
    showStatus();
}

void SpeechToTextPage::showStatus()
{
    QString text;
    switch (m_status) {
    case StatusLine::Idle:
        break;
    case StatusLine::Loading:
        text = tr("Loading providers…");
        break;
    case StatusLine::Transcribing:
        text = tr("Transcribing %1…").arg(m_statusTake);
        break;
    case StatusLine::ComputingWer:
        text = tr("Computing the word error rate…");
        break;
    case StatusLine::Comparing:
        text = tr("Comparing providers…");
        break;
    }
    m_statusLabel->setText(text);
}

void SpeechToTextPage::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void SpeechToTextPage::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openFile(urls.first().toLocalFile());
}

} // namespace vd
