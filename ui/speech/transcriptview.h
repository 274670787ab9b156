#pragma once

#include "core/model/result.h"
#include "ui/speech/messagebanner.h"
#include "ui/speech/transcriptionoutcome.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace vd {

class TranscriptDiffView;

// The result of one transcription: the transcript, who answered in how long (and the WER when
// scored), the transcript marked word by word against the reference when there is one, the
// routing trace, and Copy / Export (.txt or .json in the `transcribe --json` shape).
class TranscriptView : public QWidget
{
    Q_OBJECT
public:
    explicit TranscriptView(QWidget* parent = nullptr);

    void showOutcome(const TranscriptionOutcome& outcome);
    // Forgets the result (a new take was opened or recorded: the old result is not about it).
    void clear();
    const std::optional<TranscriptionOutcome>& outcome() const { return m_outcome; }

    void copy() const;
    Status exportTo(const QString& path) const;

signals:
    void message(vd::MessageBanner::Level level, const QString& text);

private:
    void exportAs();
    void showInfo();

    std::optional<TranscriptionOutcome> m_outcome;
    QPlainTextEdit* m_text;
    QWidget* m_diffBox;
    QLabel* m_legend;
    TranscriptDiffView* m_diff;
    QLabel* m_info;
    QPlainTextEdit* m_trace;
    QPushButton* m_copyButton;
    QPushButton* m_exportButton;
};

} // namespace vd
