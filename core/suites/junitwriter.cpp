#include "core/suites/junitwriter.h"

#include <QXmlStreamWriter>

namespace vd {

namespace {

// XML 1.0 cannot hold most control characters, even escaped; QXmlStreamWriter drops them but
// flags an error. Text from providers and suite files (transcripts, ids) is cleaned first, so an
// error means the device failed.
QString clean(QString text)
{
    text.removeIf([](QChar c) { return c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r'; });
    return text;
}

QString seconds(double value)
{
    return QString::number(value, 'f', 3);
}

void writeCase(QXmlStreamWriter& xml, const QString& classname, const CaseResult& result)
{
    xml.writeStartElement(QStringLiteral("testcase"));
    xml.writeAttribute(QStringLiteral("name"),
                       clean(QStringLiteral("%1 %2").arg(result.caseIndex).arg(result.caseId)));
    xml.writeAttribute(QStringLiteral("classname"), clean(classname));
    xml.writeAttribute(QStringLiteral("time"), seconds(result.latencyMs / 1000.0));
    if (result.outcome == CaseOutcome::Cancelled) {
        xml.writeEmptyElement(QStringLiteral("skipped"));
        xml.writeAttribute(QStringLiteral("message"), clean(result.failureMessage()));
    } else if (!result.passed()) {
        xml.writeStartElement(QStringLiteral("failure"));
        xml.writeAttribute(QStringLiteral("message"), clean(result.failureMessage()));
        xml.writeAttribute(QStringLiteral("type"), result.error ? errorKindName(result.error->kind)
                                                                : caseOutcomeName(result.outcome));
        xml.writeCharacters(
            clean(QStringLiteral("expected: %1\nheard: %2\n").arg(result.expected, result.text)));
        for (const QString& line : result.trace.toText())
            xml.writeCharacters(clean(QStringLiteral("route: %1\n").arg(line)));
        xml.writeEndElement();
    }
    if (result.wer)
        xml.writeTextElement(QStringLiteral("system-out"),
                             clean(QStringLiteral("provider: %1\nheard: %2\nwer: %3\nattempts: %4\n")
                                       .arg(result.provider, result.text)
                                       .arg(result.wer->rate, 0, 'f', 3)
                                       .arg(result.attempts())));
    xml.writeEndElement();
}

void writeProblems(QXmlStreamWriter& xml, const SuiteRun& run)
{
    xml.writeStartElement(QStringLiteral("testsuite"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("suite file"));
    xml.writeAttribute(QStringLiteral("tests"), QString::number(run.problems.size()));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(run.problems.size()));
    xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("skipped"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("time"), seconds(0));
    for (const SuiteProblem& problem : run.problems) {
        xml.writeStartElement(QStringLiteral("testcase"));
        xml.writeAttribute(
            QStringLiteral("name"),
            problem.caseIndex > 0
                ? clean(QStringLiteral("%1 %2").arg(problem.caseIndex).arg(problem.caseId).trimmed())
                : QStringLiteral("file"));
        xml.writeAttribute(QStringLiteral("classname"), clean(run.suiteName + QStringLiteral(".suite file")));
        xml.writeAttribute(QStringLiteral("time"), seconds(0));
        xml.writeStartElement(QStringLiteral("failure"));
        xml.writeAttribute(QStringLiteral("message"), clean(problem.toString()));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("invalid_case"));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

} // namespace

bool writeJUnit(const SuiteRun& run, QIODevice* device)
{
    QXmlStreamWriter xml(device);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    const QList<ProviderSummary> summaries = run.summaries();
    int tests = int(run.problems.size());
    int failures = int(run.problems.size());
    int skipped = 0;
    for (const ProviderSummary& summary : summaries) {
        tests += summary.cases;
        failures += summary.overTolerance + summary.failed;
        skipped += summary.cancelled;
    }
    const QString timestamp = run.startedAt.toUTC().toString(Qt::ISODate);
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), clean(run.suiteName));
    xml.writeAttribute(QStringLiteral("tests"), QString::number(tests));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("skipped"), QString::number(skipped));
    xml.writeAttribute(QStringLiteral("time"), seconds(run.wallMs / 1000.0));
    xml.writeAttribute(QStringLiteral("timestamp"), timestamp);
    for (const ProviderSummary& summary : summaries) {
        xml.writeStartElement(QStringLiteral("testsuite"));
        xml.writeAttribute(QStringLiteral("name"), summary.label());
        xml.writeAttribute(QStringLiteral("tests"), QString::number(summary.cases));
        xml.writeAttribute(QStringLiteral("failures"),
                           QString::number(summary.overTolerance + summary.failed));
        xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("skipped"), QString::number(summary.cancelled));
        xml.writeAttribute(QStringLiteral("time"), seconds(summary.totalSeconds));
        xml.writeAttribute(QStringLiteral("timestamp"), timestamp);
        xml.writeStartElement(QStringLiteral("properties"));
        const auto property = [&xml](const QString& name, std::optional<double> value, int decimals) {
            xml.writeEmptyElement(QStringLiteral("property"));
            xml.writeAttribute(QStringLiteral("name"), name);
            xml.writeAttribute(QStringLiteral("value"),
                               value ? QString::number(*value, 'f', decimals) : QString());
        };
        property(QStringLiteral("wer"), summary.corpusWer(), 4);
        property(QStringLiteral("latency_p50_ms"), summary.latencyPercentile(0.50), 1);
        property(QStringLiteral("latency_p95_ms"), summary.latencyPercentile(0.95), 1);
        xml.writeEndElement();
        const QString classname = run.suiteName + QLatin1Char('.') + summary.label();
        for (const CaseResult& result : run.results) {
            if (result.kind == summary.kind && result.target == summary.target)
                writeCase(xml, classname, result);
        }
        xml.writeEndElement();
    }
    if (!run.problems.isEmpty())
        writeProblems(xml, run);
    xml.writeEndElement();
    xml.writeEndDocument();
    return !xml.hasError();
}

} // namespace vd
