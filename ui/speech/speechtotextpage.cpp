#include "ui/speech/speechtotextpage.h"

#include "core/runtime/configuredproviders.h"
#include "core/runtime/runtime.h"
#include "ui/speech/comparisonmodel.h"
#include "ui/speech/languagepicker.h"
#include "ui/speech/messagebanner.h"
#include "ui/speech/providerpicker.h"
#include "ui/speech/takepanel.h"
#include "ui/speech/textexport.h"
#include "ui/speech/transcriptionrunner.h"

#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace vd {

namespace {
QByteArray exportBytes(const QString& path, const QJsonObject& json, const QString& text)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return QJsonDocument(json).toJson(QJsonDocument::Indented);
    return text.toUtf8();
}

QString askExportPath(QWidget* parent, const QString& title, const QString& baseName)
{
    QString filter;
    QString path = QFileDialog::getSaveFileName(
        parent, title,
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') + baseName,
        SpeechToTextPage::tr("Text (*.txt);;JSON (*.json)"), &filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += filter.contains(QLatin1String("json")) ? QStringLiteral(".json") : QStringLiteral(".txt");
    return path;
}
} // namespace

SpeechToTextPage::SpeechToTextPage(Runtime& runtime, ActivityLog& activity, QWidget* parent)
    : QWidget(parent), m_runtime(runtime), m_runner(new TranscriptionRunner(runtime, activity, this)),
      m_comparison(new ComparisonModel(this))
{
    buildUi();
    setAcceptDrops(true);
    connect(m_take, &TakePanel::message, m_banner, &MessageBanner::showMessage);
    connect(m_take, &TakePanel::takeChanged, this, [this] {
        m_banner->clearMessage();
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

    auto* requestBox = new QWidget(this);
    m_provider = new ProviderPicker(m_runtime, ProviderCategory::Stt, requestBox);
    m_provider->setObjectName(QStringLiteral("sttProvider"));
    m_language = new LanguagePicker(requestBox);
    m_language->setObjectName(QStringLiteral("sttLanguage"));
    m_reference = new QLineEdit(requestBox);
    m_reference->setObjectName(QStringLiteral("referenceText"));
    m_reference->setPlaceholderText(
        tr("Optional: the words actually spoken, to compute the word error rate"));
    m_reference->setAccessibleName(tr("Reference text"));
    m_reference->setClearButtonEnabled(true);
    auto* form = new QFormLayout;
    auto* choices = new QHBoxLayout;
    choices->addWidget(m_provider);
    auto* languageLabel = new QLabel(tr("&Language:"), requestBox);
    languageLabel->setBuddy(m_language);
    choices->addWidget(languageLabel);
    choices->addWidget(m_language);
    choices->addStretch(1);
    form->addRow(tr("&Provider:"), choices);
    qobject_cast<QLabel*>(form->labelForField(choices))->setBuddy(m_provider);
    form->addRow(tr("R&eference:"), m_reference);

    m_transcribeButton = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")),
                                         tr("&Transcribe"), requestBox);
    m_transcribeButton->setObjectName(QStringLiteral("transcribeButton"));
    m_transcribeButton->setToolTip(tr("Transcribe the take with the chosen provider (Ctrl+Return)"));
    m_transcribeButton->setDefault(true);
    connect(m_transcribeButton, &QPushButton::clicked, this, &SpeechToTextPage::transcribe);
    m_compareButton = new QPushButton(tr("&Compare all"), requestBox);
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_compareButton->setToolTip(
        tr("Run every enabled, configured speech-to-text provider on the take at once "
           "and show the results side by side (Ctrl+Shift+Return)"));
    connect(m_compareButton, &QPushButton::clicked, this, &SpeechToTextPage::compareAll);
    m_cancelButton =
        new QPushButton(QIcon::fromTheme(QStringLiteral("process-stop")), tr("C&ancel"), requestBox);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Cancel the requests in flight (Esc)"));
    connect(m_cancelButton, &QPushButton::clicked, this, &SpeechToTextPage::cancel);
    m_status = new QLabel(requestBox);
    m_status->setObjectName(QStringLiteral("sttStatus"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_transcribeButton);
    buttons->addWidget(m_compareButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_status, 1);

    m_tabs = new QTabWidget(requestBox);
    m_tabs->setObjectName(QStringLiteral("sttTabs"));
    m_tabs->addTab(buildResultTab(), tr("Res&ult"));
    m_tabs->addTab(buildCompareTab(), tr("Compa&rison"));

    auto* requestLayout = new QVBoxLayout(requestBox);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    requestLayout->addLayout(form);
    requestLayout->addLayout(buttons);
    requestLayout->addWidget(m_tabs, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("sttSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(takeBox);
    m_splitter->addWidget(requestBox);
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

QWidget* SpeechToTextPage::buildResultTab()
{
    auto* tab = new QWidget(this);
    m_resultText = new QPlainTextEdit(tab);
    m_resultText->setObjectName(QStringLiteral("resultText"));
    m_resultText->setReadOnly(true);
    m_resultText->setAccessibleName(tr("Transcript"));
    m_resultText->setPlaceholderText(tr("The transcript appears here."));
    m_resultInfo = new QLabel(tab);
    m_resultInfo->setObjectName(QStringLiteral("resultInfo"));
    m_resultInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trace = new QPlainTextEdit(tab);
    m_trace->setObjectName(QStringLiteral("routingTrace"));
    m_trace->setReadOnly(true);
    m_trace->setAccessibleName(tr("Routing trace"));
    m_trace->setToolTip(tr("Every provider the request considered, in order, and what happened"));
    m_trace->setMaximumBlockCount(200);
    m_trace->setPlaceholderText(tr("The routing trace appears here."));
    m_copyButton = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Cop&y"), tab);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setToolTip(tr("Copy the transcript to the clipboard"));
    connect(m_copyButton, &QPushButton::clicked, this, &SpeechToTextPage::copyResult);
    m_exportButton =
        new QPushButton(QIcon::fromTheme(QStringLiteral("document-export")), tr("E&xport…"), tab);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setToolTip(tr("Save the result as text (.txt) or JSON (.json)"));
    connect(m_exportButton, &QPushButton::clicked, this, &SpeechToTextPage::exportResultAs);

    auto* splitter = new QSplitter(Qt::Vertical, tab);
    splitter->addWidget(m_resultText);
    splitter->addWidget(m_trace);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_resultInfo, 1);
    row->addWidget(m_copyButton);
    row->addWidget(m_exportButton);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(splitter, 1);
    layout->addLayout(row);
    return tab;
}

QWidget* SpeechToTextPage::buildCompareTab()
{
    auto* tab = new QWidget(this);
    m_table = new QTableView(tab);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setAccessibleName(tr("Comparison of providers"));
    m_table->setModel(m_comparison);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ComparisonModel::TextColumn, QHeaderView::Stretch);
    m_exportComparisonButton =
        new QPushButton(QIcon::fromTheme(QStringLiteral("document-export")), tr("Export &comparison…"), tab);
    m_exportComparisonButton->setObjectName(QStringLiteral("exportComparisonButton"));
    m_exportComparisonButton->setToolTip(tr("Save the comparison as text (.txt) or JSON (.json)"));
    connect(m_exportComparisonButton, &QPushButton::clicked, this, &SpeechToTextPage::exportComparisonAs);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_exportComparisonButton);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    return tab;
}

QByteArray SpeechToTextPage::saveState() const
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

bool SpeechToTextPage::restoreState(const QByteArray& state)
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
    return m_transcribing || m_comparing;
}

void SpeechToTextPage::transcribe()
{
    if (!m_transcribeButton->isEnabled())
        return;
    m_banner->clearMessage();
    m_transcribing = true;
    m_tabs->setCurrentIndex(0);
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
    const QString reference = this->reference();
    if (outcome.ok && !reference.isEmpty() && !outcome.wer) {
        showOutcome(outcome);
        m_status->setText(tr("Computing the word error rate…"));
        m_runner->computeWer(reference, outcome.text, [this, outcome](double wer) mutable {
            outcome.wer = wer;
            finishTranscription(outcome);
        });
        return;
    }
    m_transcribing = false;
    showOutcome(outcome);
    updateActions();
    emit transcriptionFinished(outcome);
}

void SpeechToTextPage::showOutcome(const TranscriptionOutcome& outcome)
{
    m_outcome = outcome;
    m_status->clear();
    m_resultText->setPlainText(outcome.ok ? outcome.text : QString());
    QString info = outcome.ok
                       ? tr("Provider: %1 · %2 ms").arg(outcome.provider).arg(outcome.latencyMs, 0, 'f', 0)
                       : tr("Failed after %1 ms").arg(outcome.latencyMs, 0, 'f', 0);
    if (outcome.wer)
        info += tr(" · WER %1").arg(*outcome.wer, 0, 'f', 3);
    m_resultInfo->setText(info);
    m_trace->setPlainText(outcome.trace.toText().join(QLatin1Char('\n')));
    if (!outcome.ok) {
        const bool cancelled = outcome.error && outcome.error->kind == ErrorKind::Cancelled;
        m_banner->showMessage(cancelled ? MessageBanner::Level::Information : MessageBanner::Level::Error,
                              cancelled ? tr("Transcription cancelled.") : outcome.errorMessage());
    }
}

void SpeechToTextPage::compareAll()
{
    if (!m_compareButton->isEnabled())
        return;
    m_banner->clearMessage();
    QList<ComparisonModel::Row> rows;
    QStringList toRun;
    for (const RouteCandidate& candidate : m_runtime.providers().candidates(ProviderCategory::Stt)) {
        if (!candidate.info.enabled)
            continue;
        ComparisonModel::Row row;
        row.provider = candidate.info.name;
        if (!candidate.configured) {
            row.state = ComparisonModel::State::Skipped;
            row.skipReason = QStringLiteral("not_configured");
            row.outcome.error = candidate.unavailable;
        } else {
            toRun.append(row.provider);
        }
        rows.append(row);
    }
    m_comparison->setRows(rows);
    m_tabs->setCurrentIndex(1);
    if (toRun.isEmpty()) {
        m_banner->showMessage(MessageBanner::Level::Warning,
                              tr("No enabled, configured speech-to-text provider to compare. Enable or "
                                 "configure one on the Providers page."));
        emit comparisonFinished();
        return;
    }
    m_comparing = true;
    m_status->setText(tr("Comparing %n provider(s)…", nullptr, int(toRun.size())));
    updateActions();
    for (const QString& name : std::as_const(toRun)) {
        m_runner->transcribe(
            m_take->take(), m_language->language(), m_take->takeName(), name,
            ActivityEntry::Operation::Compare,
            [this, name](const TranscriptionOutcome& outcome) { finishComparisonRow(name, outcome); });
    }
}

void SpeechToTextPage::finishComparisonRow(const QString& provider, const TranscriptionOutcome& outcome)
{
    const int index = m_comparison->rowOf(provider);
    if (index < 0)
        return;
    ComparisonModel::Row row = m_comparison->row(index);
    row.state = ComparisonModel::State::Done;
    row.outcome = outcome;
    row.outcome.source = m_take->takeName();
    const QString reference = this->reference();
    row.werPending = outcome.ok && !reference.isEmpty() && !outcome.wer;
    m_comparison->updateRow(index, row);
    if (row.werPending) {
        m_runner->computeWer(reference, outcome.text, [this, provider, outcome](double wer) {
            TranscriptionOutcome scored = outcome;
            scored.wer = wer;
            finishComparisonRow(provider, scored);
        });
        return;
    }
    if (m_comparing && !m_comparison->isRunning()) {
        m_comparing = false;
        m_status->clear();
        updateActions();
        emit comparisonFinished();
    }
}

void SpeechToTextPage::cancel()
{
    m_runner->cancelAll();
}

void SpeechToTextPage::copyResult() const
{
    if (m_outcome)
        QGuiApplication::clipboard()->setText(m_outcome->ok ? m_outcome->text : m_outcome->toText());
}

Status SpeechToTextPage::exportResult(const QString& path) const
{
    if (!m_outcome)
        return ProviderError::make(ErrorKind::BadRequest,
                                   tr("There is no result to export yet; transcribe first."));
    return saveTextFile(path, exportBytes(path, m_outcome->toJson(), m_outcome->toText()));
}

Status SpeechToTextPage::exportComparison(const QString& path) const
{
    return saveTextFile(path, exportBytes(path, m_comparison->toJson(), m_comparison->toText()));
}

void SpeechToTextPage::exportResultAs()
{
    const QString path = askExportPath(this, tr("Export transcript"), QStringLiteral("transcript"));
    if (path.isEmpty())
        return;
    if (const Status written = exportResult(path); !written)
        m_banner->showError(written.error().message);
    else
        m_banner->showMessage(MessageBanner::Level::Information, tr("Exported to %1.").arg(path));
}

void SpeechToTextPage::exportComparisonAs()
{
    const QString path = askExportPath(this, tr("Export comparison"), QStringLiteral("comparison"));
    if (path.isEmpty())
        return;
    if (const Status written = exportComparison(path); !written)
        m_banner->showError(written.error().message);
    else
        m_banner->showMessage(MessageBanner::Level::Information, tr("Exported to %1.").arg(path));
}

void SpeechToTextPage::updateActions()
{
    const bool ready = m_runtime.isReady();
    const bool canRun =
        ready && m_take->hasTake() && !m_take->isRecording() && !m_take->isLoading() && !isBusy();
    m_transcribeButton->setEnabled(canRun);
    m_compareButton->setEnabled(canRun);
    m_cancelButton->setEnabled(isBusy());
    m_copyButton->setEnabled(m_outcome.has_value());
    m_exportButton->setEnabled(m_outcome.has_value());
    m_exportComparisonButton->setEnabled(m_comparison->rowCount() > 0 && !m_comparing);
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
