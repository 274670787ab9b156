#pragma once

#include "app/cli/command.h"
#include "core/suites/suiteloader.h"

namespace vd {
class SuiteRunner;
}

namespace vd::cli {

class TerminationSignals;

// `suite run SUITE [--provider NAME|auto|all]... [--junit FILE] [--keep-going] [--tag T]...`:
// loads a suite file (or a folder holding suite.json), runs every case against each chosen
// provider through the core's SuiteRunner, and reports per case and per provider (a table, or one
// JSON document with --json), optionally as JUnit XML. Exit 0 when every case passed, 1 when a
// case failed or exceeded its tolerance (or the run was interrupted), 2 when the suite file has
// problems: before anything runs, or after the valid cases ran with --keep-going. Every run is
// stored in the history database; `suite history` lists stored runs and `suite diff RUN_A RUN_B`
// reports what regressed between two of them (exit 1 when something did).
class SuiteCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("suite"); }
    QString summary() const override
    {
        return tr("Run a saved test suite of STT/TTS cases; report WER, latency and JUnit.");
    }
    QString arguments() const override
    {
        return QStringLiteral(
            "run SUITE [--provider NAME|auto|all] [--junit FILE] [--keep-going] [--tag T] | "
            "history [--limit N] | diff RUN_A RUN_B [--wer-threshold X] "
            "[--latency-threshold-ms Y]");
    }
    void addOptions(QCommandLineParser& parser) override;
    int prepare(const QCommandLineParser& parser) override;
    void run() override;

private:
    int prepareHistory(const QCommandLineParser& parser);
    void reportProblems() const;
    void showProgress(int done, int total, const QString& lastCase) const;
    void finish();
    bool writeJUnitFile() const;

    QString m_action; // run, history, diff
    int m_limit = 20;
    std::pair<qint64, qint64> m_runs;
    double m_werThreshold = 0.0;
    double m_latencyThresholdMs = 500.0;
    SuiteLoad m_load;
    QStringList m_providers;
    QString m_junit;
    bool m_keepGoing = false;
    bool m_progress = false;
    SuiteRunner* m_runner = nullptr;
    TerminationSignals* m_signals = nullptr;
};

} // namespace vd::cli
