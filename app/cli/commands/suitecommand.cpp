#include "app/cli/commands/suitecommand.h"

#include "app/cli/commands/suitereport.h"
#include "app/cli/terminationsignals.h"
#include "core/model/clock.h"
#include "core/registry/providerregistry.h"
#include "core/runtime/configuredproviders.h"
#include "core/runtime/runtime.h"
#include "core/suites/junitwriter.h"
#include "core/suites/suiterunner.h"

#include <QFileInfo>
#include <QSaveFile>
#include <cstdio>
#include <unistd.h>

namespace vd::cli {

void SuiteCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("run"), tr("The action: run."));
    parser.addPositionalArgument(QStringLiteral("SUITE"),
                                 tr("A suite file, or a folder holding suite.json."));
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
}

int SuiteCommand::prepare(const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 2 || arguments.first() != QLatin1String("run")) {
        m_out.error(
            tr("use: voicedeck-cli suite run SUITE, e.g. voicedeck-cli suite run examples/suites/smoke"));
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
    checkSuiteProviders();
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

void SuiteCommand::checkSuiteProviders()
{
    // The suite names providers for the other end of round trips; an unknown name is the file's fault.
    const auto check = [this](const QString& field, const QString& name, ProviderCategory category) {
        const std::optional<ProviderInfo> info = m_runtime->registry().info(name);
        if (name.isEmpty() || (info && info->category == category))
            return;
        m_load.problems.append(
            SuiteProblem{0, QString(), field,
                         tr("\"%1\" is not a known %2 provider; see voicedeck-cli providers")
                             .arg(name, categoryName(category))});
        m_load.fatal = true;
    };
    check(QStringLiteral("stt_for_tts"), m_load.suite.sttForTts, ProviderCategory::Stt);
    check(QStringLiteral("tts_for_stt"), m_load.suite.ttsForStt, ProviderCategory::Tts);
}

void SuiteCommand::reportProblems() const
{
    for (const SuiteProblem& problem : m_load.problems)
        m_out.error(QStringLiteral("%1: %2").arg(m_load.suite.path, problem.toString()));
}

void SuiteCommand::run()
{
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
    Q_EMIT finished(code);
}

} // namespace vd::cli
