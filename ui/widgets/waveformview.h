#pragma once

#include "ui/widgets/waveformenvelope.h"

#include <QWidget>

namespace vd {

// The waveform of a take: a min/max envelope line per pixel column, an optional selection and
// playhead. The envelope is computed once per clip (on the thread pool when the clip is long)
// and only reduced again on resize, so repaints never touch the samples.
class WaveformView : public QWidget
{
    Q_OBJECT
public:
    // Columns of the envelope kept per clip: enough for any screen width.
    static constexpr int envelopeColumns = 4096;
    // Clips with more sample values than this are enveloped off the GUI thread.
    static constexpr qint64 asyncThreshold = 16000 * 30;

    explicit WaveformView(QWidget* parent = nullptr);

    void setClip(const AudioClip& clip);
    void setEnvelope(const WaveformEnvelope& envelope);
    void clear();
    const WaveformEnvelope& envelope() const { return m_envelope; }
    bool isComputing() const { return m_computing; }
    double durationSeconds() const { return m_envelope.durationSeconds; }

    // Seconds from the start; a negative value hides the playhead.
    void setPlayhead(double seconds);
    double playhead() const { return m_playhead; }
    void setSelection(double fromSeconds, double toSeconds);
    void clearSelection();
    bool hasSelection() const { return m_selectionTo > m_selectionFrom; }
    double selectionFrom() const { return m_selectionFrom; }
    double selectionTo() const { return m_selectionTo; }

    QSize sizeHint() const override;

signals:
    void envelopeReady();
    // The user clicked at this time (e.g. to seek).
    void positionClicked(double seconds);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    double xForSeconds(double seconds) const;

    WaveformEnvelope m_envelope;
    WaveformEnvelope m_columns; // m_envelope reduced to the current width
    quint64 m_generation = 0;   // drops results of computations for an older clip
    bool m_computing = false;
    double m_playhead = -1.0;
    double m_selectionFrom = 0.0;
    double m_selectionTo = 0.0;
};

} // namespace vd
