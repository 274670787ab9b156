#include "core/suites/junitwriter.h"

#include <QBuffer>
#include <QTest>
#include <QXmlStreamReader>

using namespace vd;

namespace {

// The parts of a JUnit document the CI reporters read, parsed back with QXmlStreamReader.
struct ParsedCase
{
    QString name, classname, time, failureMessage, failureType;
    bool failed = false, skipped = false;
};
struct ParsedSuite
{
    QXmlStreamAttributes attributes;
    QHash<QString, QString> properties;
    QList<ParsedCase> cases;
};
struct Parsed
{
    QXmlStreamAttributes root;
    QList<ParsedSuite> suites;
    QString error;
};

Parsed parse(const QByteArray& xml)
{
    Parsed parsed;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = reader.name();
        if (name == u"testsuites")
            parsed.root = reader.attributes();
        else if (name == u"testsuite")
            parsed.suites.append(ParsedSuite{reader.attributes(), {}, {}});
        else if (name == u"property")
            parsed.suites.last().properties.insert(reader.attributes().value("name").toString(),
                                                   reader.attributes().value("value").toString());
        else if (name == u"testcase") {
            ParsedCase c;
            c.name = reader.attributes().value("name").toString();
            c.classname = reader.attributes().value("classname").toString();
            c.time = reader.attributes().value("time").toString();
            parsed.suites.last().cases.append(c);
        } else if (name == u"failure") {
            ParsedCase& c = parsed.suites.last().cases.last();
            c.failed = true;
            c.failureMessage = reader.attributes().value("message").toString();
            c.failureType = reader.attributes().value("type").toString();
        } else if (name == u"skipped")
            parsed.suites.last().cases.last().skipped = true;
    }
    if (reader.hasError())
        parsed.error = reader.errorString();
    return parsed;
}

CaseResult result(int index, const QString& target, CaseOutcome outcome, double latencyMs)
{
    CaseResult r;
    r.caseIndex = index;
    r.caseId = QStringLiteral("case-%1").arg(index);
    r.target = target;
    r.provider = target;
    r.outcome = outcome;
    r.latencyMs = latencyMs;
    r.expected = QStringLiteral("turn on the lights & <fan>");
    r.tolerance = 0.2;
    if (outcome == CaseOutcome::Passed || outcome == CaseOutcome::OverTolerance) {
        r.text = outcome == CaseOutcome::Passed ? r.expected : QStringLiteral("turn off the nights");
        r.wer = computeWordErrorRate(r.expected, r.text);
    }
    if (outcome == CaseOutcome::Failed) {
        r.error = ProviderError::make(ErrorKind::Server, QStringLiteral("overloaded"), 503);
        r.errorStage = QStringLiteral("transcribe");
    }
    return r;
}

QByteArray write(const SuiteRun& run)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writeJUnit(run, &buffer))
        qWarning("writeJUnit failed");
    return buffer.data();
}

} // namespace

// JUnit XML of a suite run: one testsuite per provider, one testcase per case × provider,
// failures with a message, times in seconds; parsed back to check the structure.
class TestJUnitWriter : public QObject
{
    Q_OBJECT

private:
    SuiteRun sampleRun() const
    {
        SuiteRun run;
        run.suiteName = QStringLiteral("smoke");
        run.startedAt = QDateTime(QDate(2026, 12, 4), QTime(14, 0), Qt::UTC);
        run.wallMs = 2500;
        run.results = {result(1, "alpha_stt", CaseOutcome::Passed, 1234.5),
                       result(2, "alpha_stt", CaseOutcome::OverTolerance, 500),
                       result(1, "beta_stt", CaseOutcome::Failed, 20),
                       result(2, "beta_stt", CaseOutcome::Cancelled, 0)};
        return run;
    }

private Q_SLOTS:
    void writesOneSuitePerProviderAndOneCasePerResult()
    {
        const Parsed parsed = parse(write(sampleRun()));
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.root.value("name"), QStringLiteral("smoke"));
        QCOMPARE(parsed.root.value("tests"), QStringLiteral("4"));
        QCOMPARE(parsed.root.value("failures"), QStringLiteral("2"));
        QCOMPARE(parsed.root.value("skipped"), QStringLiteral("1"));
        QCOMPARE(parsed.root.value("time"), QStringLiteral("2.500"));
        QCOMPARE(parsed.suites.size(), 2);
        const ParsedSuite& alpha = parsed.suites.at(0);
        QCOMPARE(alpha.attributes.value("name"), QStringLiteral("alpha_stt"));
        QCOMPARE(alpha.attributes.value("tests"), QStringLiteral("2"));
        QCOMPARE(alpha.attributes.value("failures"), QStringLiteral("1"));
        QCOMPARE(alpha.attributes.value("errors"), QStringLiteral("0"));
        QCOMPARE(alpha.attributes.value("time"), QStringLiteral("1.734"));
        QCOMPARE(alpha.attributes.value("timestamp"), QStringLiteral("2026-12-04T14:00:00Z"));
        QCOMPARE(alpha.cases.size(), 2);
        QCOMPARE(alpha.cases.at(0).name, QStringLiteral("1 case-1"));
        QCOMPARE(alpha.cases.at(0).classname, QStringLiteral("smoke.alpha_stt"));
        QCOMPARE(alpha.cases.at(0).time, QStringLiteral("1.234")); // seconds
        QVERIFY(!alpha.cases.at(0).failed);
        QVERIFY(alpha.properties.contains("wer"));
        QVERIFY(alpha.properties.contains("latency_p95_ms"));
    }

    void failuresCarryAMessageAndType()
    {
        const Parsed parsed = parse(write(sampleRun()));
        const ParsedCase& over = parsed.suites.at(0).cases.at(1);
        QVERIFY(over.failed);
        QCOMPARE(over.failureType, QStringLiteral("over_tolerance"));
        QVERIFY2(over.failureMessage.contains("exceeds the tolerance 0.200"),
                 qPrintable(over.failureMessage));
        QVERIFY(over.failureMessage.contains("<fan>")); // escaped in the file, intact when read back
        const ParsedCase& failed = parsed.suites.at(1).cases.at(0);
        QVERIFY(failed.failed);
        QCOMPARE(failed.failureType, QStringLiteral("server"));
        QCOMPARE(failed.failureMessage, QStringLiteral("transcribe failed: overloaded"));
        const ParsedCase& cancelled = parsed.suites.at(1).cases.at(1);
        QVERIFY(cancelled.skipped);
        QVERIFY(!cancelled.failed);
    }

    void suiteFileProblemsBecomeFailedCases()
    {
        SuiteRun run = sampleRun();
        run.problems = {SuiteProblem{3, "kitchen", "audio", "file \"x.wav\" does not exist"}};
        const Parsed parsed = parse(write(run));
        QCOMPARE(parsed.root.value("tests"), QStringLiteral("5"));
        QCOMPARE(parsed.root.value("failures"), QStringLiteral("3"));
        QCOMPARE(parsed.suites.size(), 3);
        const ParsedSuite& file = parsed.suites.last();
        QCOMPARE(file.attributes.value("name"), QStringLiteral("suite file"));
        QCOMPARE(file.cases.size(), 1);
        QCOMPARE(file.cases.first().name, QStringLiteral("3 kitchen"));
        QVERIFY(file.cases.first().failureMessage.startsWith("case 3 (kitchen): audio: "));
    }

    void controlCharactersInATranscriptKeepTheDocumentReadable()
    {
        SuiteRun run = sampleRun();
        run.results[1].text = QStringLiteral("turn\u0001 off\u001b[2K the nights");
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(writeJUnit(run, &buffer)); // no false alarm: the CLI would report a write failure
        const Parsed parsed = parse(buffer.data());
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QVERIFY2(parsed.suites.at(0).cases.at(1).failureMessage.contains("heard \"turn off[2K the nights\""),
                 qPrintable(parsed.suites.at(0).cases.at(1).failureMessage));
    }

    void anEmptyRunIsStillAValidDocument()
    {
        SuiteRun run;
        run.suiteName = QStringLiteral("empty");
        const Parsed parsed = parse(write(run));
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.root.value("tests"), QStringLiteral("0"));
        QVERIFY(parsed.suites.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJUnitWriter)
#include "tst_junitwriter.moc"
