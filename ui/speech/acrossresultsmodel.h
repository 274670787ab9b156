#pragma once

#include "core/model/audioclip.h"

#include <QAbstractTableModel>
#include <QList>
#include <functional>
#include <optional>

namespace vd {

// The rows of "Play across providers" on the Text-to-speech page: one TTS provider each, filled
// in as it answers — state, latency, the audio's duration, the voice asked for and the error —
// with the audio kept so that the row can be replayed or saved without synthesizing again.
class AcrossResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ProviderColumn,
        StateColumn,
        LatencyColumn,
        DurationColumn,
        VoiceColumn,
        ErrorColumn,
        ColumnCount
    };
    enum class State
    {
        Waiting,
        Synthesizing,
        Playing,
        Played,
        Failed,
        Stopped
    };

    struct Row
    {
        QString provider;
        State state = State::Waiting;
        std::optional<double> latencyMs;
        std::optional<double> durationSeconds; // known once the audio is decoded
        QString voice;                         // the voice asked for; empty = unknown
        QString error;
        EncodedAudio audio;
        AudioClip clip; // the decoded audio, for replay
    };

    explicit AcrossResultsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A new run: one Waiting row per provider, the previous rows gone.
    void start(const QStringList& providers);
    const QList<Row>& rows() const { return m_rows; }
    int rowOf(const QString& provider) const;
    // Changes the row of `provider` (nothing when it has none) and tells the views.
    void update(const QString& provider, const std::function<void(Row&)>& change);
    // Rows still waiting or in progress become Stopped.
    void stopAll();

private:
    QString stateText(const Row& row) const;

    QList<Row> m_rows;
};

} // namespace vd
