#pragma once

#include "core/model/audioclip.h"
#include "core/model/result.h"
#include "ui/speech/messagebanner.h"
#include "ui/speech/transcriptionoutcome.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace vd {

class ComparisonModel;
class ProviderDirectory;
class TranscriptionRunner;

// "Compare all": runs every enabled, configured STT provider on one take at once (each through
// the router by name, so breakers and the activity log see it) and shows them side by side in a
// table — text, latency, outcome and the WER against an optional reference, scored on the thread
// pool. Providers that are enabled but not configured are listed as skipped. Exports as .txt/.json.
class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    ComparisonView(ProviderDirectory& providers, TranscriptionRunner& runner, QWidget* parent = nullptr);

    // Starts the comparison; false (and a message) when no provider can take part.
    bool start(const AudioClip& clip, const QString& language, const QString& source,
               const QString& reference);
    bool isRunning() const { return m_running; }
    // Forgets the rows (a new take: they compared the old one).
    void clear();
    ComparisonModel& model() { return *m_model; }
    Status exportTo(const QString& path) const;

signals:
    void finished();
    void message(vd::MessageBanner::Level level, const QString& text);

private:
    void finishRow(const QString& provider, const TranscriptionOutcome& outcome, bool scored = false);
    void exportAs();

    ProviderDirectory& m_providers;
    TranscriptionRunner& m_runner;
    ComparisonModel* m_model;
    QTableView* m_table;
    QPushButton* m_exportButton;
    QString m_reference;
    QString m_source;
    bool m_running = false;
};

} // namespace vd
