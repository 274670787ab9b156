#include "app/cli/commands/suitereport.h"

namespace vd::cli {

namespace {

QString number(std::optional<double> value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("-");
}

void printCases(const CliOutput& out, const SuiteRun& run)
{
    const QString format = QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8");
    out.printLine(format.arg(QStringLiteral("CASE"), -22)
                      .arg(QStringLiteral("PROVIDER"), -18)
                      .arg(QStringLiteral("OUTCOME"), -14)
                      .arg(QStringLiteral("WER"), 6)
                      .arg(QStringLiteral("MAX"), 6)
                      .arg(QStringLiteral("LATENCY"), 9)
                      .arg(QStringLiteral("TRIES"), 5)
                      .arg(QStringLiteral("TEXT / ERROR")));
    for (const CaseResult& result : run.results) {
        const QString provider = result.provider.isEmpty() ? result.target : result.provider;
        const QString detail =
            result.outcome == CaseOutcome::Failed || result.outcome == CaseOutcome::Cancelled
                ? result.failureMessage()
                : result.text;
        out.printLine(format.arg(QStringLiteral("%1 %2").arg(result.caseIndex).arg(result.caseId), -22)
                          .arg(provider, -18)
                          .arg(caseOutcomeName(result.outcome), -14)
                          .arg(number(result.wer ? std::optional(result.wer->rate) : std::nullopt, 3), 6)
                          .arg(QString::number(result.tolerance, 'f', 3), 6)
                          .arg(QStringLiteral("%1 ms").arg(result.latencyMs, 0, 'f', 0), 9)
                          .arg(result.attempts(), 5)
                          .arg(detail));
    }
}

void printProviders(const CliOutput& out, const SuiteRun& run)
{
    const QString format = QStringLiteral("%1 %2 %3 %4 %5 %6 %7");
    out.printLine(format.arg(QStringLiteral("PROVIDER"), -18)
                      .arg(QStringLiteral("CASES"), 5)
                      .arg(QStringLiteral("PASSED"), 6)
                      .arg(QStringLiteral("FAILED"), 6)
                      .arg(QStringLiteral("WER"), 6)
                      .arg(QStringLiteral("P50 ms"), 8)
                      .arg(QStringLiteral("P95 ms"), 8));
    for (const ProviderSummary& summary : run.summaries())
        out.printLine(format.arg(summary.label(), -18)
                          .arg(summary.cases, 5)
                          .arg(summary.passed, 6)
                          .arg(summary.cases - summary.passed, 6)
                          .arg(number(summary.corpusWer(), 3), 6)
                          .arg(number(summary.latencyPercentile(0.50), 0), 8)
                          .arg(number(summary.latencyPercentile(0.95), 0), 8));
}

} // namespace

void printSuiteReport(const CliOutput& out, const SuiteRun& run)
{
    printCases(out, run);
    out.printLine(QString());
    printProviders(out, run);
    out.printLine(QString());
    const auto passed = std::count_if(run.results.cbegin(), run.results.cend(),
                                      [](const CaseResult& result) { return result.passed(); });
    QString verdict =
        QStringLiteral("%1: %2 of %3 passed").arg(run.suiteName).arg(passed).arg(run.results.size());
    if (!run.problems.isEmpty())
        verdict += QStringLiteral(", %1 invalid case(s) not run").arg(run.problems.size());
    out.printLine(verdict);
}

} // namespace vd::cli
