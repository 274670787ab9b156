#include "ui/speech/speechtotextpage.h"

#include "core/runtime/runtime.h"
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

SpeechToTextPage::SpeechToTextPage(Runtime& runtime, ActivityLog& activity, QWidget* parent)
    : QWidget(parent), m_runtime(runtime), m_runner(new TranscriptionRunner(runtime, activity, this))
{
    buildUi();
    setAcceptDrops(true);
    connect(m_take, &TakePanel::message, m_banner, &MessageBanner::showMessage);
    connect(m_take, &TakePanel::takeChanged, this, [this] {
        m_banner->clearMessage();
        // Results belong to the take they were made from: none may stand beside a new one.
        m_runner->cancelAll();
        m_result->clear();
        m_compare->clear();
        updateActions();
    });
    connect(m_take, &TakePanel::busyChanged, this, &SpeechToTextPage::updateActions);
    connect(&m_runtime, &Runtime::ready, this, &SpeechToTextPage::updateActions);
    updateActions();
}

SpeechToTextPage::~SpeechToTextPage() = default;

void SpeechToTextPage::buildUi()
{
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("sttMessage"));

    auto* takeBox = new QGroupBox(tr("Take"), this);
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
    layout->addWidget(m_banner);
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
    m_provider = new ProviderPicker(m_runtime, ProviderCategory::Stt, box);
    m_provider->setObjectName(QStringLiteral("sttProvider"));
    m_language = new LanguagePicker(box);
    m_language->setObjectName(QStringLiteral("sttLanguage"));
    m_reference = new QLineEdit(box);
    m_reference->setObjectName(QStringLiteral("referenceText"));
    m_reference->setPlaceholderText(
        tr("Optional: the words actually spoken, to compute the word error rate"));
    m_reference->setAccessibleName(tr("Reference text"));
    m_reference->setClearButtonEnabled(true);
    auto* choices = new QHBoxLayout;
    choices->addWidget(m_provider);
    auto* languageLabel = new QLabel(tr("&Language:"), box);
    languageLabel->setBuddy(m_language);
    choices->addWidget(languageLabel);
    choices->addWidget(m_language);
    choices->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Provider:"), choices);
    qobject_cast<QLabel*>(form->labelForField(choices))->setBuddy(m_provider);
    form->addRow(tr("R&eference:"), m_reference);

    m_transcribeButton =
        new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Transcribe"), box);
    m_transcribeButton->setObjectName(QStringLiteral("transcribeButton"));
    m_transcribeButton->setToolTip(tr("Transcribe the take with the chosen provider (Ctrl+Return)"));
    connect(m_transcribeButton, &QPushButton::clicked, this, &SpeechToTextPage::transcribe);
    m_compareButton = new QPushButton(tr("&Compare all"), box);
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_compareButton->setToolTip(tr("Run every enabled, configured speech-to-text provider on the take at "
                                   "once and show the results side by side (Ctrl+Shift+Return)"));
    connect(m_compareButton, &QPushButton::clicked, this, &SpeechToTextPage::compareAll);
    m_cancelButton = new QPushButton(QIcon::fromTheme(QStringLiteral("process-stop")), tr("C&ancel"), box);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Cancel the requests in flight (Esc)"));
    connect(m_cancelButton, &QPushButton::clicked, this, &SpeechToTextPage::cancel);
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("sttStatus"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_transcribeButton);
    buttons->addWidget(m_compareButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_status, 1);

    m_result = new TranscriptView(box);
    m_compare = new ComparisonView(m_runtime, *m_runner, box);
    connect(m_result, &TranscriptView::message, m_banner, &MessageBanner::showMessage);
    connect(m_compare, &ComparisonView::message, m_banner, &MessageBanner::showMessage);
    connect(m_compare, &ComparisonView::finished, this, [this] {
        m_status->clear();
        updateActions();
        emit comparisonFinished();
    });
    m_tabs = new QTabWidget(box);
    m_tabs->setObjectName(QStringLiteral("sttTabs"));
    m_tabs->addTab(m_result, tr("Res&ult"));
    m_tabs->addTab(m_compare, tr("Compa&rison"));

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
    return m_transcribing || m_compare->isRunning();
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
    m_status->setText(tr("Transcribing %1…").arg(m_take->takeName()));
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
        m_status->setText(tr("Computing the word error rate…"));
        m_runner->computeWer(reference, outcome.text, [this, outcome](double wer) mutable {
            outcome.wer = wer;
            finishTranscription(outcome);
        });
        return;
    }
    m_transcribing = false;
    m_status->clear();
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
    m_status->setText(tr("Comparing providers…"));
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
    const bool ready = m_runtime.isReady();
    const bool canRun =
        ready && m_take->hasTake() && !m_take->isRecording() && !m_take->isLoading() && !isBusy();
    m_transcribeButton->setEnabled(canRun);
    m_compareButton->setEnabled(canRun);
    m_cancelButton->setEnabled(isBusy());
    if (!ready)
        m_status->setText(tr("Loading providers…"));
    else if (!isBusy() && m_status->text() == tr("Loading providers…"))
        m_status->clear();
    emit busyChanged(isBusy());
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
