#pragma once

#include "core/model/result.h"
#include "ui/shell/pagestate.h"
#include "ui/speech/speechservices.h"
#include "ui/speech/transcriptionoutcome.h"

#include <QByteArray>
#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace vd {

class ActivityLog;
class ComparisonModel;
class ComparisonView;
class LanguagePicker;
class MessageBanner;
class ProviderPicker;
class TakePanel;
class TranscriptView;
class TranscriptionRunner;

// The Speech-to-text page (PRODUCT.md §5): a take recorded from a microphone or opened from a
// file (TakePanel), a provider (Auto = the routing chain, or one) and language, Transcribe with
// the result, its provider, latency and routing trace; "Compare all" runs every enabled,
// configured STT provider on the take at once and lists them side by side with the WER against
// an optional reference. Results can be copied and exported as .txt or .json. Every request is
// recorded in the ActivityLog; every failure is shown in the page's message banner.
class SpeechToTextPage : public QWidget, public PageState
{
    Q_OBJECT
public:
    SpeechToTextPage(const SpeechServices& services, ActivityLog& activity, QWidget* parent = nullptr);
    ~SpeechToTextPage() override;

    // The user's choices (provider, language, reference, microphone, splitter, tab) for
    // QSettings; restorePageState() ignores what it does not understand.
    QByteArray savePageState() const override;
    bool restorePageState(const QByteArray& state) override;

    void openFile(const QString& path);
    // Transcribes the take with the chosen provider; transcriptionFinished() follows.
    void transcribe();
    // Runs every enabled, configured STT provider on the take; comparisonFinished() follows.
    void compareAll();
    // Cancels the requests in flight.
    void cancel();
    bool isBusy() const;
    // A "Compare all" is running (isBusy() too); comparison().progress() says how far it is.
    bool isComparing() const;

    // Writes the last result (.json: the `transcribe --json` shape, else plain text).
    Status exportResult(const QString& path) const;
    // Writes the comparison (.json: {"results": [...]}, else a plain table).
    Status exportComparison(const QString& path) const;
    void copyResult() const;

    const std::optional<TranscriptionOutcome>& lastOutcome() const;
    ComparisonModel& comparison();
    TakePanel& takePanel() { return *m_take; }
    ProviderPicker& providerPicker() { return *m_provider; }
    LanguagePicker& languagePicker() { return *m_language; }
    MessageBanner& messageBanner() { return *m_banner; }
    void setReference(const QString& text);
    QString reference() const;

signals:
    void transcriptionFinished(const vd::TranscriptionOutcome& outcome);
    void comparisonFinished();
    void busyChanged(bool busy);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildUi();
    QWidget* buildRequestBox();
    void finishTranscription(const TranscriptionOutcome& outcome);
    void concludeTranscription(const TranscriptionOutcome& outcome);
    void updateActions();
    // What the status line says, kept as a state (not read back from the label, whose text
    // follows the language).
    enum class StatusLine
    {
        Idle,
        Loading,
        Transcribing,
        ComputingWer,
        Comparing
    };
    void setStatus(StatusLine status, const QString& takeName = {});
    void showStatus();

    SpeechServices m_services;
    TranscriptionRunner* m_runner;
    bool m_transcribing = false;

    MessageBanner* m_banner = nullptr;
    TakePanel* m_take = nullptr;
    QSplitter* m_splitter = nullptr;
    ProviderPicker* m_provider = nullptr;
    LanguagePicker* m_language = nullptr;
    QLineEdit* m_reference = nullptr;
    QPushButton* m_transcribeButton = nullptr;
    QPushButton* m_compareButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    StatusLine m_status = StatusLine::Idle;
    QString m_statusTake;
    QLabel* m_statusLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    TranscriptView* m_result = nullptr;
    ComparisonView* m_compare = nullptr;
};

} // namespace vd
