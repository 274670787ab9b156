#pragma once

#include "core/model/speechtypes.h"
#include "ui/shell/pagestate.h"
#include "ui/speech/speechservices.h"

#include <QByteArray>
#include <QStringList>
#include <QWidget>
#include <functional>

class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;

namespace vd {

class AcrossResultsView;
class ActivityLog;
class LanguagePicker;
class MessageBanner;
class ProviderPicker;
class SpeechFileWriter;
class SpeechPlayback;
class TextLimitCounter;
class VoiceFilter;
class VoicePicker;
struct SynthesisOutcome;

// The Text-to-speech page (PRODUCT.md §5): text with a live counter against the chosen
// provider's limit (over the limit: red, Play disabled, with the reason), provider (Auto or one),
// voice (loaded from the provider, narrowed by a search and a language), language and speed;
// Play/Stop with playback starting as audio arrives where the provider streams; Save as (format
// by extension, written on the thread pool); "Play across providers" speaks the same text with
// each enabled, configured TTS provider in turn, showing which one is playing, and fills a table
// with each one's latency, duration, voice and error whose rows can be replayed or saved as WAV.
// Failures are shown in the page's message banner.
class TextToSpeechPage : public QWidget, public PageState
{
    Q_OBJECT
public:
    TextToSpeechPage(const SpeechServices& services, ActivityLog& activity, QWidget* parent = nullptr);
    ~TextToSpeechPage() override;

    // The user's choices (provider, voice, language, speed, splitter) and the text, for QSettings.
    QByteArray savePageState() const override;
    bool restorePageState(const QByteArray& state) override;

    void setText(const QString& text);
    QString text() const;
    SynthesisRequest request() const;

    // Plays the text with the chosen provider; stops what was playing.
    void play();
    void stop();
    // Speaks the text with every enabled, configured TTS provider, one after another.
    void playAcrossProviders();
    // Saves the text's speech to `path` (format by extension); synthesizes first unless the
    // last result was for the same request. saved() or a message in the banner follows.
    void saveAs(const QString& path);
    // True from Play or "Play across providers" until the last playback ends.
    bool isActive() const;

    // The limit the counter measures against: 0 = none known. Auto uses the largest limit of
    // the providers it may route to (any of them may answer).
    TextLimit textLimit() const;
    bool isOverLimit() const;
    // Why Play is disabled, empty when it is enabled.
    QString playBlockedReason() const;
    // The providers "Play across providers" still has to play, and the one playing.
    QStringList acrossQueue() const { return m_queue; }
    QString playingProvider() const { return m_playing; }

    SpeechPlayback& playback() { return *m_playback; }
    ProviderPicker& providerPicker() { return *m_provider; }
    VoicePicker& voicePicker() { return *m_voice; }
    LanguagePicker& languagePicker() { return *m_language; }
    MessageBanner& messageBanner() { return *m_banner; }

    bool isPlayingAcross() const { return m_acrossTotal > 0; }

signals:
    // Speaking started or ended (the status bar shows it).
    void busyChanged(bool busy);
    // "Play across providers" started its `done`+1-th of `total` providers.
    void acrossProgress(int done, int total);
    // One playback (or one provider of "across") ended; `failure` is empty on success.
    void playbackFinished(const QString& provider, const QString& failure);
    // "Play across providers" went through its whole queue (or was stopped).
    void acrossFinished();
    void saved(const QString& path);
    void saveFailed(const QString& message);

private:
    void buildUi();
    QWidget* buildControls();
    void refreshProvider();
    void updateCounter();
    void updateActions();
    // The status line as code that words it, so that it follows a change of language.
    void showStatus(std::function<QString()> text);
    void onFinished(const QString& failure);
    void onSynthesized(const SynthesisOutcome& outcome);
    void playNextAcross();
    void writeAudio(const EncodedAudio& audio, const QString& path);
    void chooseSavePath();
    void replayResult(const AudioClip& clip, const QString& provider);
    QStringList eligibleProviders() const;

    SpeechServices m_services;
    ActivityLog& m_activity;
    SpeechPlayback* m_playback;
    SpeechFileWriter* m_writer;
    QStringList m_queue;
    QString m_playing;
    int m_acrossTotal = 0;
    bool m_wasActive = false; // what busyChanged() last said
    QString m_pendingSave;
    bool m_replaying = false;

    MessageBanner* m_banner = nullptr;
    QSplitter* m_splitter = nullptr;
    QPlainTextEdit* m_text = nullptr;
    TextLimitCounter* m_counter = nullptr;
    ProviderPicker* m_provider = nullptr;
    VoicePicker* m_voice = nullptr;
    VoiceFilter* m_voiceFilter = nullptr;
    QPushButton* m_reloadVoices = nullptr;
    LanguagePicker* m_language = nullptr;
    QDoubleSpinBox* m_speed = nullptr;
    QPushButton* m_playButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_acrossButton = nullptr;
    QLabel* m_status = nullptr;
    AcrossResultsView* m_results = nullptr;
};

} // namespace vd
