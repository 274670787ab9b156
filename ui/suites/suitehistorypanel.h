#pragma once

#include "core/history/suitediff.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableView;

namespace vd {

class HistoryRecorder;
class SuiteDiffModel;
class SuiteRunsModel;

// The history of suite runs on the Suites page: the stored runs, newest first, and what changed
// between two selected ones (SuiteDiff, with the WER and latency thresholds of `suite diff`).
// Everything is read through the HistoryRecorder, on its worker thread.
class SuiteHistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SuiteHistoryPanel(HistoryRecorder& history, QWidget* parent = nullptr);

    // Reads the stored runs again; refreshed() follows.
    void refresh();
    // Reads the stored runs again and selects the run with this id (a run just stored).
    void showStoredRun(qint64 id);
    // Selects the runs with these ids (those listed).
    void selectRuns(const QList<qint64>& ids);
    // Compares the two selected runs, older to newer; compared() follows.
    void compareSelected();

    SuiteRunsModel& runs() { return *m_runs; }
    SuiteDiffModel& diff() { return *m_diff; }

Q_SIGNALS:
    void refreshed();
    void compared();

protected:
    // The list is read again whenever the panel is shown: other processes (the CLI) store runs too.
    void showEvent(QShowEvent* event) override;

private:
    QList<qint64> selectedIds() const;
    void showDiff(const StoredSuiteRun& a, const StoredSuiteRun& b);
    void updateActions();
    void retranslate();

    HistoryRecorder& m_history;
    SuiteRunsModel* m_runs = nullptr;
    SuiteDiffModel* m_diff = nullptr;
    QString m_error;    // of the last read; shown until the next one
    QString m_compared; // "run 3 → run 5: ..." of the diff shown, recomposed on language change
    qint64 m_comparedRuns[2] = {0, 0};
    QLabel* m_runsLabel = nullptr;
    QTableView* m_runsView = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QPushButton* m_compareButton = nullptr;
    QLabel* m_werLabel = nullptr;
    QDoubleSpinBox* m_werThreshold = nullptr;
    QLabel* m_latencyLabel = nullptr;
    QDoubleSpinBox* m_latencyThreshold = nullptr;
    QLabel* m_diffStatus = nullptr;
    QTableView* m_diffView = nullptr;
};

} // namespace vd
