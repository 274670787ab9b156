#include "ui/speech/takepanel.h"

#include "core/audio/audiodecoder.h"
#include "core/audio/audioencoder.h"
#include "ui/audio/inputdevicemodel.h"
#include "ui/audio/recorder.h"
#include "ui/i18n/retranslator.h"
#include "ui/speech/audiofolder.h"
#include "ui/speech/microphonewatch.h"
#include "ui/speech/takeplayer.h"
#include "ui/uilog.h"
#include "ui/widgets/levelmeter.h"
#include "ui/widgets/waveformview.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QtConcurrent>
#include <memory>

namespace vd {

namespace {
// While recording, the waveform follows the take this often, as long as redrawing stays cheap.
constexpr qint64 kLiveWaveformStepMs = 1000;
constexpr qint64 kLiveWaveformMaxMs = 120000;

QString formatElapsed(qint64 ms)
{
    return QStringLiteral("%1:%2.%3")
        .arg(ms / 60000)
        .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'))
        .arg((ms / 100) % 10);
}
} // namespace

TakePanel::TakePanel(QWidget* parent)
    : QWidget(parent), m_devices(new InputDeviceModel(this)), m_recorder(new Recorder(this)),
      m_watch(new MicrophoneWatch(*m_devices, *m_recorder, this))
{
    buildUi();
    connect(m_recorder, &Recorder::levelChanged, m_meter, &LevelMeter::setLevel);
    connect(m_recorder, &Recorder::elapsedChanged, this, &TakePanel::updateElapsed);
    connect(m_recorder, &Recorder::stopped, this, &TakePanel::onRecordingStopped);
    connect(m_recorder, &Recorder::failed, this, [this] { // m_watch shows the message
        updateButtons();
        emit recordingChanged(false);
    });
    connect(m_recorder, &Recorder::limitReached, this,
            [this](const QString& text) { emit message(MessageBanner::Level::Warning, text); });
    connect(m_devices, &QAbstractItemModel::modelReset, this, &TakePanel::selectDeviceRow);
    connect(m_watch, &MicrophoneWatch::message, this, &TakePanel::message);
    connect(m_watch, &MicrophoneWatch::messageWithdrawn, this, &TakePanel::messageWithdrawn);
    selectDeviceRow();
    updateButtons();
}

TakePanel::~TakePanel() = default;

void TakePanel::buildUi()
{
    m_deviceBox = new QComboBox(this);
    m_deviceBox->setModel(m_devices);
    m_deviceBox->setObjectName(QStringLiteral("inputDevice"));
    m_deviceBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_deviceBox->setMinimumContentsLength(20);
    connect(m_deviceBox, &QComboBox::activated, this, [this](int row) {
        m_devices->setSelectedId(
            m_devices->data(m_devices->index(row), InputDeviceModel::IdRole).toByteArray());
    });
    auto* deviceLabel = new QLabel(this);
    deviceLabel->setBuddy(m_deviceBox);

    m_recordButton = new QPushButton(this);
    m_recordButton->setObjectName(QStringLiteral("recordButton"));
    connect(m_recordButton, &QPushButton::clicked, this, &TakePanel::toggleRecording);
    // A shortcut object of its own: QAbstractButton::setText() replaces a button's shortcut with
    // the mnemonic of the new text, and this button's text changes with the state.
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), m_recordButton, this, &TakePanel::toggleRecording);

    m_playButton = new QPushButton(this);
    m_playButton->setObjectName(QStringLiteral("playTakeButton"));

    m_openButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), QString(), this);
    m_openButton->setObjectName(QStringLiteral("openFileButton"));
    connect(m_openButton, &QPushButton::clicked, this, &TakePanel::chooseFile);
    // Its own shortcut, beside the button's Alt+O: a button holds one key, and its text sets it.
    new QShortcut(QKeySequence::Open, m_openButton, m_openButton, &QPushButton::click);

    m_saveButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save-as")), QString(), this);
    m_saveButton->setObjectName(QStringLiteral("saveTakeButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &TakePanel::saveTakeAs);

    m_meter = new LevelMeter(this);
    m_meter->setObjectName(QStringLiteral("levelMeter"));
    m_elapsed = new QLabel(formatElapsed(0), this);
    m_elapsed->setObjectName(QStringLiteral("elapsed"));
    m_elapsed->setMinimumWidth(m_elapsed->fontMetrics().horizontalAdvance(QStringLiteral("00:00.0 ")));
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("takeInfo"));
    m_info->setWordWrap(true);

    m_waveform = new WaveformView(this);
    m_waveform->setObjectName(QStringLiteral("waveform"));
    m_waveform->setMinimumHeight(60);
    m_waveform->setCursor(Qt::PointingHandCursor);
    m_player = new TakePlayer(*m_waveform, this);
    connect(m_playButton, &QPushButton::clicked, m_player, &TakePlayer::toggle);
    connect(m_player, &TakePlayer::playingChanged, this, &TakePanel::updateButtons);
    connect(m_player, &TakePlayer::failed, this,
            [this](const QString& text) { emit message(MessageBanner::Level::Error, text); });

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto* deviceRow = new QHBoxLayout;
    deviceRow->addWidget(deviceLabel);
    deviceRow->addWidget(m_deviceBox, 1);
    deviceRow->addWidget(m_recordButton);
    deviceRow->addWidget(m_playButton);
    deviceRow->addWidget(m_openButton);
    deviceRow->addWidget(m_saveButton);
    grid->addLayout(deviceRow, 0, 0, 1, 2);
    grid->addWidget(m_meter, 1, 0);
    grid->addWidget(m_elapsed, 1, 1);
    grid->addWidget(m_waveform, 2, 0, 1, 2);
    grid->addWidget(m_info, 3, 0, 1, 2);
    grid->setRowStretch(2, 1);
    grid->setColumnStretch(0, 1);

    Retranslator::setText(m_info, [] { return tr("No take yet: record or open a file."); });
    Retranslator::keep(this, [this, deviceLabel] {
        m_deviceBox->setAccessibleName(tr("Microphone"));
        m_deviceBox->setToolTip(
            tr("The microphone to record from. The list follows devices being plugged in and out."));
        deviceLabel->setText(tr("&Microphone:"));
        m_openButton->setText(tr("&Open file…"));
        m_openButton->setToolTip(tr("Open a WAV, FLAC, OGG/Opus or MP3 file to transcribe (Ctrl+O). You can "
                                    "also drop a file on this page."));
        m_saveButton->setText(tr("&Save take…"));
        m_saveButton->setToolTip(tr("Save the take as an audio file (the format follows the extension: .wav, "
                                    ".flac, .ogg, .mp3)."));
        m_meter->setAccessibleName(tr("Input level"));
        m_meter->setToolTip(tr("Loudness of the microphone while recording"));
        m_elapsed->setAccessibleName(tr("Elapsed time"));
        m_waveform->setAccessibleName(tr("Waveform of the take"));
        m_waveform->setToolTip(tr("Click to move the playback cursor there"));
        selectDeviceRow();
        updateButtons();
    });
}

bool TakePanel::isRecording() const
{
    return m_recorder->isRecording();
}

void TakePanel::startRecording()
{
    if (isRecording())
        return;
    m_player->stop(); // the speaker must not play into the new take
    m_devices->refresh();
    m_recorder->setDeviceId(m_devices->selectedId());
    m_meter->reset();
    if (!m_recorder->start()) {
        qCInfo(lcUiSpeech).noquote() << "recording did not start:" << m_recorder->errorString();
        return; // failed() was emitted and shown
    }
    ++m_generation; // a file still being decoded no longer replaces the take
    m_loading = false;
    m_watch->recordingStarted();
    m_player->setClip({});
    m_waveform->clear();
    m_liveWaveformMs = 0;
    Retranslator::setText(m_info, [] { return tr("Recording…"); });
    updateElapsed(0);
    updateButtons();
    emit recordingChanged(true);
}

void TakePanel::stopRecording()
{
    m_recorder->stop(); // emits stopped() when it was recording
}

void TakePanel::toggleRecording()
{
    if (isRecording())
        stopRecording();
    else
        startRecording();
}

void TakePanel::onRecordingStopped()
{
    m_meter->reset();
    setTake(m_recorder->take(), tr("recording"));
    m_watch->recordingStopped(hasTake());
    emit recordingChanged(false);
}

void TakePanel::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open audio file"), dialogFolder(),
        tr("Audio files (*.wav *.flac *.ogg *.oga *.opus *.mp3);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

QString TakePanel::dialogFolder() const
{
    return audioStartFolder(m_folder);
}

void TakePanel::openFile(const QString& path)
{
    m_folder = QFileInfo(path).absolutePath();
    if (isRecording())
        stopRecording();
    const quint64 generation = ++m_generation;
    m_loading = true;
    Retranslator::setText(m_info,
                          [file = QFileInfo(path).fileName()] { return tr("Opening %1…").arg(file); });
    updateButtons();
    using Decoded = std::shared_ptr<Result<AudioClip>>;
    auto* watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, watcher, generation, path] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_loading = false;
        const Decoded decoded = watcher->result();
        if (!decoded->hasValue()) {
            Retranslator::setText(m_info, [name = hasTake() ? m_takeName : QString()] {
                return name.isEmpty() ? tr("No take yet: record or open a file.") : tr("Take: %1").arg(name);
            });
            updateButtons();
            emit message(MessageBanner::Level::Error, decoded->error().message);
            return;
        }
        setTake(decoded->value(), QFileInfo(path).fileName());
    });
    watcher->setFuture(
        QtConcurrent::run([path] { return std::make_shared<Result<AudioClip>>(decodeAudioFile(path)); }));
}

void TakePanel::saveTakeAs()
{
    if (!hasTake())
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save take"), dialogFolder() + QStringLiteral("/take.wav"),
                                     tr("WAV (*.wav);;FLAC (*.flac);;OGG Vorbis (*.ogg);;MP3 (*.mp3)"));
    if (!path.isEmpty())
        saveTake(path);
}

void TakePanel::saveTake(const QString& path)
{
    if (!hasTake() || m_saving)
        return;
    m_saving = true;
    m_folder = QFileInfo(path).absolutePath();
    updateButtons();
    auto* watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_saving = false;
        updateButtons();
        const Status saved = watcher->result();
        if (!saved) {
            emit message(MessageBanner::Level::Error, saved.error().message);
            return;
        }
        emit message(MessageBanner::Level::Information, tr("Saved the take to %1.").arg(path));
        emit takeSaved(path);
    });
    watcher->setFuture(QtConcurrent::run([clip = m_take, path] { return writeAudioFile(clip, path); }));
}

QByteArray TakePanel::deviceId() const
{
    return m_devices->selectedId();
}

void TakePanel::setDeviceId(const QByteArray& id)
{
    m_devices->setSelectedId(id);
    selectDeviceRow();
}

void TakePanel::selectDeviceRow()
{
    m_deviceBox->setCurrentIndex(m_devices->selectedRow());
    // Shown when no row is current: none at all, or the chosen one is unplugged.
    m_deviceBox->setPlaceholderText(m_devices->rowCount() == 0
                                        ? tr("No microphone found")
                                        : tr("The chosen microphone is not connected"));
}

void TakePanel::setTake(const AudioClip& clip, const QString& name)
{
    m_take = clip;
    m_takeName = name;
    m_waveform->setClip(clip);
    m_player->setClip(clip);
    updateElapsed(qint64(clip.durationSeconds() * 1000.0));
    Retranslator::setText(
        m_info, [name, seconds = clip.durationSeconds(), rate = clip.sampleRate, channels = clip.channels] {
            return tr("Take: %1, %2 s, %3 Hz, %n channel(s)", nullptr, channels)
                .arg(name)
                .arg(seconds, 0, 'f', 1)
                .arg(rate);
        });
    updateButtons();
    emit takeChanged();
}

void TakePanel::updateElapsed(qint64 ms)
{
    m_elapsed->setText(formatElapsed(ms));
    if (isRecording() && ms <= kLiveWaveformMaxMs && ms - m_liveWaveformMs >= kLiveWaveformStepMs) {
        m_liveWaveformMs = ms;
        m_waveform->setClip(m_recorder->take());
    }
}

void TakePanel::updateButtons()
{
    const bool recording = isRecording();
    m_recordButton->setText(recording ? tr("Stop") : tr("Record"));
    m_recordButton->setIcon(
        QIcon::fromTheme(recording ? QStringLiteral("media-playback-stop") : QStringLiteral("media-record")));
    m_recordButton->setToolTip(recording ? tr("Stop recording and keep the take (Ctrl+R)")
                                         : tr("Record a new take from the microphone (Ctrl+R)"));
    m_recordButton->setAccessibleName(recording ? tr("Stop recording") : tr("Record"));
    const bool playing = m_player->isPlaying();
    m_playButton->setText(playing ? tr("Stop playbac&k") : tr("Play ta&ke"));
    m_playButton->setIcon(QIcon::fromTheme(playing ? QStringLiteral("media-playback-stop")
                                                   : QStringLiteral("media-playback-start")));
    m_playButton->setToolTip(playing
                                 ? tr("Stop playing the take (Alt+K)")
                                 : tr("Play the take on the sound output, from the cursor on the waveform "
                                      "(click the waveform to move it) (Alt+K)"));
    m_playButton->setEnabled(hasTake() && !recording);
    m_openButton->setEnabled(!m_loading);
    m_saveButton->setEnabled(hasTake() && !recording && !m_saving);
    m_deviceBox->setEnabled(!recording);
    emit busyChanged();
}

} // namespace vd
