#include "app/cli/commands/suitecommand.h"

#include "app/cli/commands/suitehistory.h"
#include "app/cli/commands/suitereport.h"
#include "app/cli/terminationsignals.h"
#include "core/history/historyrecorder.h"
#include "core/model/clock.h"
#include "core/registry/providerregistry.h"
#include "core/runtime/configuredproviders.h"
#include "core/runtime/runtime.h"
#include "core/suites/junitwriter.h"
#include "core/suites/suiteproviders.h"
#include "core/suites/suiterunner.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QSaveFile>
#include <cmath>
#include <cstdio>
#include <unistd.h>

namespace vd::cli {

void SuiteCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("run|history|diff"),
                                 tr("The action: run a suite, list stored runs, or compare two runs."));
    parser.addPositionalArgument(QStringLiteral("SUITE|RUN_A RUN_B"),
                                 tr("run: a suite file, or a folder holding suite.json; diff: two run ids "
                                    "from suite history."));
    parser.addOption({QStringLiteral("provider"),
                      tr("Run the cases against this provider (repeatable); auto for the priority chain, all "
                         "for every enabled, configured provider (default: auto)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("junit"), tr("Also write the results as JUnit XML to FILE."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("keep-going"),
                      tr("Run the valid cases even when some cases of the suite file are invalid.")});
    parser.addOption(
        {QStringLiteral("tag"), tr("Run only the cases with this tag (repeatable)."), QStringLiteral("T")});
    parser.addOption(
        {QStringLiteral("limit"), tr("history: at most N runs (default 20)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("wer-threshold"),
                      tr("diff: a case regressed when its WER rose by more than X (default 0)."),
                      QStringLiteral("X")});
    parser.addOption({QStringLiteral("latency-threshold-ms"),
                      tr("diff: a case regressed when its latency rose by more than Y ms (default 500)."),
                      QStringLiteral("Y")});
}

int SuiteCommand::prepareHistory(const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    const auto number = [&](const QString& option, double minimum, double& value) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        value = parser.value(option).toDouble(&ok);
        if (ok && std::isfinite(value) && value >= minimum)
            return true;
        m_out.error(tr("--%1 must be a number of at least %2, not \"%3\"")
                        .arg(option)
                        .arg(minimum)
                        .arg(parser.value(option)));
        return false;
    };
    if (arguments.first() == QLatin1String("history")) {
        double limit = m_limit;
        if (arguments.size() != 1 || !number(QStringLiteral("limit"), 1, limit)) {
            if (arguments.size() != 1)
                m_out.error(tr("use: voicedeck-cli suite history [--limit N]"));
            return ExitUsage;
        }
        m_limit = int(limit);
        return ExitOk;
    }
    bool okA = false;
    bool okB = false;
    if (arguments.size() == 3) {
        m_runs = {arguments.at(1).toLongLong(&okA), arguments.at(2).toLongLong(&okB)};
    }
    if (!okA || !okB) {
        m_out.error(tr("use: voicedeck-cli suite diff RUN_A RUN_B, with two run ids from voicedeck-cli suite "
                       "history"));
        return ExitUsage;
    }
    if (!number(QStringLiteral("wer-threshold"), 0, m_werThreshold) ||
        !number(QStringLiteral("latency-threshold-ms"), 0, m_latencyThresholdMs))
        return ExitUsage;
    return ExitOk;
}

int SuiteCommand::prepare(const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    m_action = arguments.value(0);
    if (m_action == QLatin1String("history") || m_action == QLatin1String("diff"))
        return prepareHistory(parser);
    if (arguments.size() != 2 || m_action != QLatin1String("run")) {
        m_out.error(
            tr("use: voicedeck-cli suite run SUITE (e.g. voicedeck-cli suite run examples/suites/smoke), "
               "suite history, or suite diff RUN_A RUN_B"));
        return ExitUsage;
    }
    m_providers = parser.values(QStringLiteral("provider"));
    m_providers.removeDuplicates();
    for (const QString& name : std::as_const(m_providers)) {
        if (name != QLatin1String("auto") && name != QLatin1String("all") && !checkProviderName(name))
            return ExitUsage;
    }
    m_junit = parser.value(QStringLiteral("junit"));
    if (parser.isSet(QStringLiteral("junit")) && !QFileInfo(QFileInfo(m_junit).absolutePath()).isDir()) {
        m_out.error(tr("cannot write the JUnit report \"%1\": its folder does not exist").arg(m_junit));
        return ExitUsage;
    }
    m_keepGoing = parser.isSet(QStringLiteral("keep-going"));

    m_load = loadSuite(arguments.at(1));
    const QStringList tags = parser.values(QStringLiteral("tag"));
    m_load.suite = m_load.suite.withTags(tags);
    checkSuiteProviders(m_load, m_runtime->registry(), tr("see voicedeck-cli providers"));
    reportProblems();
    if (m_load.fatal)
        return ExitUsage;
    if (!m_load.problems.isEmpty() && !m_keepGoing) {
        m_out.error(
            tr("%n problem(s) in %1; nothing was run. Fix them, or run the valid cases with --keep-going",
               nullptr, int(m_load.problems.size()))
                .arg(m_load.suite.path));
        return ExitUsage;
    }
    if (m_load.suite.cases.isEmpty()) {
        m_out.error(tags.isEmpty() ? tr("%1 has no valid case to run").arg(m_load.suite.path)
                                   : tr("no valid case of %1 has the tag %2")
                                         .arg(m_load.suite.path, tags.join(QStringLiteral(" or "))));
        return ExitUsage;
    }
    return ExitOk;
}

void SuiteCommand::reportProblems() const
{
    for (const SuiteProblem& problem : m_load.problems)
        m_out.error(QStringLiteral("%1: %2").arg(m_load.suite.path, problem.toString()));
}

void SuiteCommand::run()
{
    if (m_action == QLatin1String("history")) {
        Q_EMIT finished(printSuiteHistory(*m_runtime, m_out, m_limit));
        return;
    }
    if (m_action == QLatin1String("diff")) {
        Q_EMIT finished(printSuiteDiff(*m_runtime, m_out, m_runs.first, m_runs.second, m_werThreshold,
                                       m_latencyThresholdMs));
        return;
    }
    const SuiteTargets targets = SuiteTargets::resolve(m_providers, m_runtime->providers());
    for (SuiteCaseKind kind : {SuiteCaseKind::Stt, SuiteCaseKind::Tts}) {
        if (m_load.suite.has(kind) && targets.of(kind).isEmpty()) {
            m_out.error(tr("no %1 provider is both enabled and configured for the suite's %1 cases; see "
                           "voicedeck-cli providers")
                            .arg(suiteCaseKindName(kind).toUpper()));
            Q_EMIT finished(ExitProvidersFailed);
            return;
        }
    }
    m_runner = new SuiteRunner(m_runtime->router(), m_load.suite, targets, SystemClock::instance(), this);
    if (m_keepGoing)
        m_runner->setProblems(m_load.problems);
    // A progress line only for a person watching a terminal; never mixed into --verbose logs.
    m_progress = ::isatty(STDERR_FILENO) == 1 && !m_out.verbose();
    connect(m_runner, &SuiteRunner::caseFinished, this, [this](const CaseResult& result) {
        m_out.diagnostic(QStringLiteral("case %1 (%2) on %3: %4")
                             .arg(result.caseIndex)
                             .arg(result.caseId, result.target, caseOutcomeName(result.outcome)));
        showProgress(m_runner->done(), m_runner->total(),
                     QStringLiteral("%1 on %2").arg(result.caseId, result.target));
    });
    connect(m_runner, &SuiteRunner::finished, this, &SuiteCommand::finish);
    m_signals = new TerminationSignals(this);
    connect(m_signals, &TerminationSignals::received, m_runner, &SuiteRunner::cancel);
    showProgress(0, m_runner->total(), QString());
    m_runner->start();
}

void SuiteCommand::showProgress(int done, int total, const QString& lastCase) const
{
    if (!m_progress)
        return;
    const QString line = done < total ? tr("[%1/%2] %3").arg(done).arg(total).arg(lastCase) : QString();
    // \r and "erase line" rewrite one line in place; the last call clears it.
    std::fputs(qPrintable(QStringLiteral("\r\x1b[2K") + line), stderr);
    std::fflush(stderr);
}

bool SuiteCommand::writeJUnitFile() const
{
    QSaveFile file(m_junit);
    if (!file.open(QIODevice::WriteOnly) || !writeJUnit(m_runner->run(), &file) || !file.flush() ||
        !file.commit()) {
        m_out.error(tr("cannot write the JUnit report \"%1\": %2").arg(m_junit, file.errorString()));
        return false;
    }
    return true;
}

void SuiteCommand::finish()
{
    const SuiteRun& run = m_runner->run();
    if (m_out.json())
        m_out.printJson(run.toJson());
    else
        printSuiteReport(m_out, run);
    const bool written = m_junit.isEmpty() || writeJUnitFile();
    const bool casesPassed = std::all_of(run.results.cbegin(), run.results.cend(),
                                         [](const CaseResult& result) { return result.passed(); });
    if (run.cancelled)
        m_out.error(tr("interrupted; the cases that had not finished are reported as cancelled"));
    int code = ExitOk;
    if (!casesPassed || run.cancelled)
        code = ExitProvidersFailed;
    else if (!run.problems.isEmpty() || !written)
        code = ExitUsage;
    // The run goes into the history for `suite history` and `suite diff`; failing to store it
    // is reported (by the CLI's final flush) but does not change the run's verdict.
    using Stored = HistoryStore::Outcome<qint64>;
    auto* watcher = new QFutureWatcher<Stored>(this);
    connect(watcher, &QFutureWatcher<Stored>::finished, this, [this, watcher, code] {
        if (const Stored id = watcher->result(); id)
            m_out.diagnostic(tr("stored as suite run %1 in %2").arg(*id).arg(m_runtime->history().path()));
        Q_EMIT finished(code);
    });
    watcher->setFuture(m_runtime->history().recordSuiteRun(run));
}

} // namespace vd::cli
