#include "ui/speech/texttospeechpage.h"

#include "core/audio/audioencoder.h"
#include "core/model/provider.h"
#include "core/registry/providerregistry.h"
#include "core/resilience/providerdirectory.h"
#include "core/runtime/readiness.h"
#include "ui/i18n/retranslator.h"
#include "ui/speech/acrossresultsview.h"
#include "ui/speech/languagepicker.h"
#include "ui/speech/messagebanner.h"
#include "ui/speech/providerpicker.h"
#include "ui/speech/speechfilewriter.h"
#include "ui/speech/speechplayback.h"
#include "ui/speech/textlimitcounter.h"
#include "ui/speech/voicefilter.h"
#include "ui/speech/voicepicker.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace vd {

TextToSpeechPage::TextToSpeechPage(const SpeechServices& services, ActivityLog& activity, QWidget* parent)
    : QWidget(parent), m_services(services), m_activity(activity),
      m_playback(new SpeechPlayback(services.router, activity, this)), m_writer(new SpeechFileWriter(this))
{
    buildUi();
    connect(m_playback, &SpeechPlayback::synthesized, this, &TextToSpeechPage::onSynthesized);
    connect(m_playback, &SpeechPlayback::finished, this, &TextToSpeechPage::onFinished);
    connect(m_playback, &SpeechPlayback::playbackStarted, this, [this](const QString& provider) {
        m_playing = provider;
        if (m_acrossTotal > 0)
            showStatus([provider, done = m_acrossTotal - m_queue.size(), total = m_acrossTotal] {
                return tr("Playing %1 (%2 of %3)…").arg(provider).arg(done).arg(total);
            });
        else
            showStatus([provider] { return tr("Playing %1…").arg(provider); });
    });
    connect(m_provider, &ProviderPicker::providerChanged, this, &TextToSpeechPage::refreshProvider);
    connect(&m_services.readiness, &Readiness::ready, this, &TextToSpeechPage::refreshProvider);
    // Auto's limit and voices depend on which providers are enabled and in what order.
    connect(&m_services.registry, &ProviderRegistry::providerChanged, this,
            &TextToSpeechPage::refreshProvider);
    connect(&m_services.registry, &ProviderRegistry::orderChanged, this, &TextToSpeechPage::refreshProvider);
    connect(m_voice, &VoicePicker::stateChanged, this, &TextToSpeechPage::updateActions);
    connect(m_voice, &VoicePicker::voiceUnavailable, this,
            [this](const QString& why) { m_banner->showMessage(MessageBanner::Level::Warning, why); });
    connect(m_writer, &SpeechFileWriter::written, this, [this](const QString& path) {
        showStatus([path] { return tr("Saved %1.").arg(QDir::toNativeSeparators(path)); });
        updateActions();
        emit saved(path);
    });
    connect(m_writer, &SpeechFileWriter::failed, this, [this](const QString& message) {
        showStatus({});
        m_banner->showError(message);
        updateActions();
        emit saveFailed(message);
    });
    refreshProvider();
}

TextToSpeechPage::~TextToSpeechPage() = default;

void TextToSpeechPage::buildUi()
{
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("ttsMessage"));

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("ttsText"));
    m_text->setTabChangesFocus(true);
    m_text->setPlainText(tr("Turn on the kitchen lights and set a timer for ten minutes."));
    connect(m_text, &QPlainTextEdit::textChanged, this, &TextToSpeechPage::updateCounter);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("ttsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_text);
    m_splitter->addWidget(buildControls());
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter, 1);

    auto* playShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    playShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(playShortcut, &QShortcut::activated, this, [this] { isActive() ? stop() : play(); });
    auto* stopShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &TextToSpeechPage::stop);
    stopShortcut->setContext(Qt::WidgetWithChildrenShortcut);
}

QWidget* TextToSpeechPage::buildControls()
{
    auto* box = new QWidget(this);
    m_counter = new TextLimitCounter(box);
    m_counter->setObjectName(QStringLiteral("ttsCounter"));

    m_provider = new ProviderPicker(m_services.readiness, m_services.registry, m_services.factory,
                                    ProviderCategory::Tts, box);
    m_provider->setObjectName(QStringLiteral("ttsProvider"));
    m_voice = new VoicePicker(m_services.providers, m_activity, box);
    m_voice->setObjectName(QStringLiteral("ttsVoice"));
    m_reloadVoices = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), QString(), box);
    m_reloadVoices->setObjectName(QStringLiteral("reloadVoicesButton"));
    connect(m_reloadVoices, &QPushButton::clicked, this, [this] { m_voice->load(m_voice->provider()); });
    m_voiceFilter = new VoiceFilter(*m_voice, box);
    m_language = new LanguagePicker(LanguagePicker::Use::Synthesis, box);
    m_language->setObjectName(QStringLiteral("ttsLanguage"));
    m_speed = new QDoubleSpinBox(box);
    m_speed->setObjectName(QStringLiteral("ttsSpeed"));
    m_speed->setRange(0.25, 4.0);
    m_speed->setSingleStep(0.05);
    m_speed->setDecimals(2);
    m_speed->setValue(1.0);
    m_speed->setSuffix(QStringLiteral(" ×"));

    auto* voiceRow = new QHBoxLayout;
    voiceRow->addWidget(m_voice, 1);
    voiceRow->addWidget(m_reloadVoices);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow); // short fields keep their size
    auto addRow = [box, form](QWidget* buddy, auto* field) {
        auto* label = new QLabel(box);
        label->setBuddy(buddy);
        form->addRow(label, field);
        return label;
    };
    QLabel* const labels[] = {addRow(m_provider, m_provider), addRow(m_voice, voiceRow),
                              addRow(m_voiceFilter->searchField(), m_voiceFilter),
                              addRow(m_language, m_language), addRow(m_speed, m_speed)};

    m_playButton = new QPushButton(box);
    m_playButton->setObjectName(QStringLiteral("playButton"));
    connect(m_playButton, &QPushButton::clicked, this, [this] { isActive() ? stop() : play(); });
    m_saveButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save-as")), QString(), box);
    m_saveButton->setObjectName(QStringLiteral("saveAsButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &TextToSpeechPage::chooseSavePath);
    m_acrossButton = new QPushButton(box);
    m_acrossButton->setObjectName(QStringLiteral("playAcrossButton"));
    connect(m_acrossButton, &QPushButton::clicked, this, &TextToSpeechPage::playAcrossProviders);
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("ttsStatus"));
    m_results = new AcrossResultsView(m_services.providers, *m_writer, box);
    m_results->hide(); // until the first run across providers
    connect(m_results, &AcrossResultsView::replayRequested, this, &TextToSpeechPage::replayResult);
    Retranslator::keep(box, [this, labels] {
        m_text->setAccessibleName(tr("Text to speak"));
        m_text->setPlaceholderText(tr("Type or paste the text to speak."));
        m_reloadVoices->setText(tr("Reload"));
        m_reloadVoices->setToolTip(tr("Load the provider's voices again"));
        m_reloadVoices->setAccessibleName(tr("Reload voices"));
        m_speed->setAccessibleName(tr("Speed"));
        m_speed->setToolTip(tr("Speaking rate: 1.00 is normal, 2.00 twice as fast"));
        labels[0]->setText(tr("&Provider:"));
        labels[1]->setText(tr("&Voice:"));
        labels[2]->setText(tr("Fin&d voice:"));
        labels[3]->setText(tr("&Language:"));
        labels[4]->setText(tr("&Speed:"));
        m_saveButton->setText(tr("Save &as…"));
        m_saveButton->setToolTip(tr("Save the speech as an audio file; the format follows the extension "
                                    "(.wav, .flac, .ogg, .mp3)"));
        m_acrossButton->setText(tr("Play a&cross providers"));
        m_acrossButton->setToolTip(
            tr("Speak the text with every enabled, configured provider, one after another, "
               "each with its default voice, to compare them"));
        updateActions();
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_playButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_acrossButton);
    buttons->addWidget(m_status, 1);

    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_counter);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_results, 1);
    layout->addStretch(1);
    return box;
}

QByteArray TextToSpeechPage::savePageState() const
{
    const QJsonObject state{
        {QStringLiteral("provider"), m_provider->currentProvider()},
        {QStringLiteral("voice"), m_voice->currentVoice()},
        {QStringLiteral("language"), m_language->language()},
        {QStringLiteral("speed"), m_speed->value()},
        {QStringLiteral("splitter"), QString::fromLatin1(m_splitter->saveState().toBase64())},
        {QStringLiteral("text"), m_text->toPlainText()},
    };
    return QJsonDocument(state).toJson(QJsonDocument::Compact);
}

bool TextToSpeechPage::restorePageState(const QByteArray& state)
{
    const QJsonDocument document = QJsonDocument::fromJson(state);
    if (!document.isObject())
        return false;
    const QJsonObject json = document.object();
    // The provider first: the voice is looked for in its list, not in the one shown now.
    m_provider->setCurrentProvider(json.value(QStringLiteral("provider")).toString());
    m_voice->setCurrentVoice(json.value(QStringLiteral("voice")).toString());
    m_language->setLanguage(json.value(QStringLiteral("language")).toString());
    m_speed->setValue(json.value(QStringLiteral("speed")).toDouble(1.0));
    if (const QJsonValue text = json.value(QStringLiteral("text")); text.isString())
        m_text->setPlainText(text.toString());
    m_splitter->restoreState(
        QByteArray::fromBase64(json.value(QStringLiteral("splitter")).toString().toLatin1()));
    return true;
}

void TextToSpeechPage::setText(const QString& text)
{
    m_text->setPlainText(text);
}

QString TextToSpeechPage::text() const
{
    return m_text->toPlainText();
}

SynthesisRequest TextToSpeechPage::request() const
{
    SynthesisRequest request;
    request.text = text();
    request.voice = m_voice->currentVoice();
    request.language = m_language->language();
    request.speed = m_speed->value();
    return request;
}

QStringList TextToSpeechPage::eligibleProviders() const
{
    QStringList names;
    for (const RouteCandidate& candidate : m_services.providers.candidates(ProviderCategory::Tts)) {
        if (candidate.info.enabled && candidate.configured && candidate.instance)
            names.append(candidate.info.name);
    }
    return names;
}

void TextToSpeechPage::refreshProvider()
{
    if (!m_services.readiness.isReady()) {
        updateCounter();
        return;
    }
    const QString chosen = m_provider->currentProvider();
    const QStringList names = chosen.isEmpty() ? eligibleProviders() : QStringList{chosen};
    m_counter->setLimitOf(m_services.providers, names, chosen.isEmpty());
    // Auto speaks with the first eligible provider's voices (the router maps them onward).
    const QString voicesOf = chosen.isEmpty() ? names.value(0) : chosen;
    if (voicesOf != m_voice->provider() || m_voice->state() == VoicePicker::State::Empty)
        m_voice->load(voicesOf);
    updateCounter();
}

TextLimit TextToSpeechPage::textLimit() const
{
    return m_counter->limit();
}

bool TextToSpeechPage::isOverLimit() const
{
    return m_counter->isOver();
}

QString TextToSpeechPage::playBlockedReason() const
{
    if (!m_services.readiness.isReady())
        return tr("Loading providers…");
    if (text().trimmed().isEmpty())
        return tr("Type some text to speak.");
    return m_counter->overReason();
}

void TextToSpeechPage::updateCounter()
{
    m_counter->measure(text());
    updateActions();
}

void TextToSpeechPage::updateActions()
{
    const QString blocked = playBlockedReason();
    const bool active = isActive();
    m_playButton->setText(active ? tr("Stop") : tr("Play"));
    m_playButton->setIcon(QIcon::fromTheme(active ? QStringLiteral("media-playback-stop")
                                                  : QStringLiteral("media-playback-start")));
    m_playButton->setAccessibleName(active ? tr("Stop") : tr("Play"));
    m_playButton->setEnabled(active || blocked.isEmpty());
    m_playButton->setToolTip(active              ? tr("Stop playback (Esc)")
                             : blocked.isEmpty() ? tr("Speak the text (Ctrl+Return)")
                                                 : blocked);
    m_saveButton->setEnabled(blocked.isEmpty() && !active && !m_writer->isWriting());
    m_acrossButton->setEnabled(blocked.isEmpty() && !active);
    m_reloadVoices->setEnabled(!m_voice->provider().isEmpty() &&
                               m_voice->state() != VoicePicker::State::Loading);
    if (active != std::exchange(m_wasActive, active))
        emit busyChanged(active);
}

bool TextToSpeechPage::isActive() const
{
    return m_playback->isActive() || !m_queue.isEmpty();
}

void TextToSpeechPage::play()
{
    if (!playBlockedReason().isEmpty())
        return;
    m_banner->clearMessage();
    m_queue.clear();
    m_acrossTotal = 0;
    m_pendingSave.clear();
    const QString provider = m_provider->currentProvider();
    showStatus(
        [provider] { return tr("Synthesizing with %1…").arg(provider.isEmpty() ? tr("Auto") : provider); });
    m_playback->start(request(), provider);
    updateActions();
}

void TextToSpeechPage::stop()
{
    const bool across = m_acrossTotal > 0;
    if (across)
        m_results->stop();
    m_replaying = false;
    m_queue.clear();
    m_acrossTotal = 0;
    m_playing.clear();
    m_pendingSave.clear();
    m_playback->stop();
    showStatus([] { return tr("Stopped."); });
    updateActions();
    if (across)
        emit acrossFinished();
}

void TextToSpeechPage::playAcrossProviders()
{
    if (!playBlockedReason().isEmpty())
        return;
    m_banner->clearMessage();
    m_pendingSave.clear();
    m_queue = eligibleProviders();
    m_acrossTotal = int(m_queue.size());
    m_results->start(m_queue);
    m_results->setVisible(!m_queue.isEmpty());
    if (m_queue.isEmpty()) {
        m_banner->showMessage(MessageBanner::Level::Warning,
                              tr("No enabled, configured text-to-speech provider. Enable or configure one on "
                                 "the Providers page."));
        emit acrossFinished();
        return;
    }
    playNextAcross();
}

void TextToSpeechPage::playNextAcross()
{
    const QString name = m_queue.takeFirst();
    m_playing = name;
    m_results->setSynthesizing(name);
    emit acrossProgress(m_acrossTotal - int(m_queue.size()) - 1, m_acrossTotal);
    showStatus([name, done = m_acrossTotal - m_queue.size(), total = m_acrossTotal] {
        return tr("Synthesizing with %1 (%2 of %3)…").arg(name).arg(done).arg(total);
    });
    SynthesisRequest each = request();
    each.voice.clear(); // each provider's own default voice: that is what is being compared
    // Keep m_queue non-empty in isActive() terms while this one plays: start() is synchronous.
    m_playback->start(each, name);
    updateActions();
}

void TextToSpeechPage::onSynthesized(const SynthesisOutcome& outcome)
{
    if (m_acrossTotal > 0)
        m_results->setOutcome(outcome.requestedProvider, outcome);
    if (m_pendingSave.isEmpty() || !outcome.ok)
        return;
    const QString path = m_pendingSave;
    m_pendingSave.clear();
    writeAudio(outcome.audio, path);
}

void TextToSpeechPage::onFinished(const QString& failure)
{
    const QString provider =
        m_playing.isEmpty() && m_playback->lastOutcome() ? m_playback->lastOutcome()->provider : m_playing;
    m_playing.clear();
    if (!failure.isEmpty()) {
        m_banner->showError(failure);
        m_pendingSave.clear();
    }
    if (m_acrossTotal > 0)
        m_results->setPlayed(provider, failure);
    emit playbackFinished(provider, failure);
    if (std::exchange(m_replaying, false)) {
        showStatus({});
        updateActions();
        return;
    }
    if (!m_queue.isEmpty()) {
        playNextAcross();
        return;
    }
    if (m_acrossTotal > 0) {
        showStatus(
            [total = m_acrossTotal] { return tr("Played the text with %n provider(s).", nullptr, total); });
        m_acrossTotal = 0;
        updateActions();
        emit acrossFinished();
        return;
    }
    if (!m_writer->isWriting() && failure.isEmpty() && m_playback->lastOutcome())
        showStatus([provider, latencyMs = m_playback->lastOutcome()->latencyMs] {
            return tr("Spoken by %1 in %2 ms.").arg(provider).arg(latencyMs, 0, 'f', 0);
        });
    else if (!m_writer->isWriting())
        showStatus({});
    updateActions();
}

void TextToSpeechPage::showStatus(std::function<QString()> text)
{
    Retranslator::setText(m_status, std::move(text));
}

void TextToSpeechPage::chooseSavePath()
{
    const QString path = m_writer->askPath(tr("Save speech"), QStringLiteral("speech.wav"),
                                           tr("WAV (*.wav);;FLAC (*.flac);;OGG Vorbis (*.ogg);;MP3 (*.mp3)"),
                                           {}, QStringLiteral("wav"));
    if (!path.isEmpty())
        saveAs(path);
}

void TextToSpeechPage::replayResult(const AudioClip& clip, const QString& provider)
{
    stop();
    m_banner->clearMessage();
    m_replaying = true;
    m_playback->replay(clip, provider);
    updateActions();
}

void TextToSpeechPage::saveAs(const QString& path)
{
    if (audioFormatForPath(path).isEmpty()) {
        const QString message =
            tr("Cannot tell the audio format of \"%1\"; use a .wav, .flac, .ogg or .mp3 file name.")
                .arg(path);
        m_banner->showError(message);
        emit saveFailed(message);
        return;
    }
    m_banner->clearMessage();
    const std::optional<SynthesisOutcome>& last = m_playback->lastOutcome();
    const SynthesisRequest wanted = request();
    if (last && last->ok && last->requestedProvider == m_provider->currentProvider() &&
        last->request.text == wanted.text && last->request.voice == wanted.voice &&
        last->request.language == wanted.language && qFuzzyCompare(last->request.speed, wanted.speed)) {
        writeAudio(last->audio, path);
        return;
    }
    m_pendingSave = path;
    showStatus([file = QFileInfo(path).fileName()] { return tr("Synthesizing for %1…").arg(file); });
    m_playback->start(wanted, m_provider->currentProvider(), false);
    updateActions();
}

void TextToSpeechPage::writeAudio(const EncodedAudio& audio, const QString& path)
{
    showStatus([file = QFileInfo(path).fileName()] { return tr("Saving %1…").arg(file); });
    m_writer->write(audio, path);
    updateActions();
}

} // namespace vd
