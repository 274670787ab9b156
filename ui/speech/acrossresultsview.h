#pragma once

#include "core/model/audioclip.h"

#include <QWidget>

class QAction;
class QPushButton;
class QTableView;

namespace vd {

class AcrossResultsModel;
class ProviderDirectory;
class SpeechFileWriter;
struct SynthesisOutcome;

// The results of "Play across providers": a table with one row per provider (state, latency,
// duration, voice, error) filled in as each answers, and Replay / Save WAV… for the selected row
// (buttons, Return on the row, and its context menu) that use the audio already received. The
// page plays what replayRequested() hands it; saving goes through the page's SpeechFileWriter.
class AcrossResultsView : public QWidget
{
    Q_OBJECT
public:
    AcrossResultsView(ProviderDirectory& providers, SpeechFileWriter& writer, QWidget* parent = nullptr);

    AcrossResultsModel& model() { return *m_model; }
    QTableView& table() { return *m_table; }

    // A new run over `providers`: the previous rows are cleared.
    void start(const QStringList& providers);
    void setSynthesizing(const QString& provider);
    // The provider answered (audio or error); the duration follows once the audio is decoded.
    void setOutcome(const QString& provider, const SynthesisOutcome& outcome);
    // Its playback ended; `failure` empty = played to the end.
    void setPlayed(const QString& provider, const QString& failure);
    // The run was stopped: what had not finished is marked stopped.
    void stop();

    // The row Replay and Save act on; -1 when none is selected.
    int currentRow() const;
    void replay(int row);
    // Asks where to save the row's audio as WAV and writes it there.
    void save(int row);

signals:
    void replayRequested(const vd::AudioClip& clip, const QString& provider);

private:
    QString voiceAskedFor(const QString& provider, const QString& requested) const;
    void decode(const QString& provider, const EncodedAudio& audio);
    void updateButtons();

    ProviderDirectory& m_providers;
    SpeechFileWriter& m_writer;
    AcrossResultsModel* m_model;
    QTableView* m_table;
    QPushButton* m_replayButton;
    QPushButton* m_saveButton;
    QAction* m_replayAction;
    QAction* m_saveAction;
    quint64 m_run = 0; // decodes of an earlier run are dropped
};

} // namespace vd
