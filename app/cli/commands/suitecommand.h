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
// problems: before anything runs, or after the valid cases ran with --keep-going.
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
        return QStringLiteral("run SUITE [--provider NAME|auto|all] [--junit FILE] [--keep-going] [--tag T]");
    }
    void addOptions(QCommandLineParser& parser) override;
    int prepare(const QCommandLineParser& parser) override;
    void run() override;

private:
    void checkSuiteProviders();
    void reportProblems() const;
    void showProgress(int done, int total, const QString& lastCase) const;
    void finish();
    bool writeJUnitFile() const;

    SuiteLoad m_load;
    QStringList m_providers;
    QString m_junit;
    bool m_keepGoing = false;
    bool m_progress = false;
    SuiteRunner* m_runner = nullptr;
    TerminationSignals* m_signals = nullptr;
};

} // namespace vd::cli
