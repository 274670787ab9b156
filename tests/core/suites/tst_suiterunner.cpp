#include "core/audio/audioencoder.h"
#include "core/network/connectiongate.h"
#include "core/resilience/resiliencestate.h"
#include "core/resilience/router.h"
#include "core/suites/suiterunner.h"
#include "tests/core/resilience/fakeproviders.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace vd;
using namespace vd::test;

namespace {

// A router over fake providers: a_stt (10), b_stt (20, offline) and a_tts (10), whose speech is
// not decodable audio (the fake answers with its name).
struct Rig
{
    Rig() : state({}, {}, clock), router(directory, state, settings())
    {
        router.setOnlineCheck([] { return true; });
        router.setRandomSource([] { return 0.5; });
        a = std::make_shared<FakeStt>(QStringLiteral("a_stt"));
        b = std::make_shared<FakeStt>(QStringLiteral("b_stt"));
        tts = std::make_shared<FakeTts>(QStringLiteral("a_tts"), QList<Voice>{});
        directory.add(a, 10);
        directory.add(b, 20, true);
        directory.add(tts, 10);
    }
    static RoutingSettings settings()
    {
        RoutingSettings s;
        s.maxRetries = 0;
        return s;
    }

    FakeClock clock;
    ResilienceState state;
    FakeDirectory directory;
    Router router;
    std::shared_ptr<FakeStt> a;
    std::shared_ptr<FakeStt> b;
    std::shared_ptr<FakeTts> tts;
};

SuiteCase sttCase(int index, const QString& audio, const QString& expected, double tolerance = 0.0)
{
    SuiteCase c;
    c.index = index;
    c.id = QStringLiteral("c%1").arg(index);
    c.audioPath = audio;
    c.expected = expected;
    c.tolerance = tolerance;
    return c;
}

SuiteTargets sttTargets(const QStringList& names, int concurrency = 8)
{
    SuiteTargets targets;
    for (const QString& name : names)
        targets.stt.append(SuiteTarget{name, concurrency, QString()});
    return targets;
}

} // namespace

// SuiteRunner: every case on every target through the router, at most `concurrency` cases per
// target at once, results in a fixed order, cancellable.
class TestSuiteRunner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_wav;

    Suite suite(int cases) const
    {
        Suite s;
        s.name = QStringLiteral("fake");
        for (int i = 1; i <= cases; ++i)
            s.cases.append(sttCase(i, m_wav, QStringLiteral("text from a_stt")));
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_wav = m_dir.filePath("silence.wav");
        AudioClip clip{16000, 1, QList<float>(1600, 0.0f)};
        QVERIFY(writeAudioFile(clip, m_wav).hasValue());
    }

    void runsEveryCaseOnEveryTargetInCaseOrder()
    {
        Rig rig;
        Suite s = suite(2);
        s.cases[1].expected = QStringLiteral("something else entirely");
        SuiteRunner runner(rig.router, s, sttTargets({"a_stt", "b_stt"}), rig.clock);
        QSignalSpy finished(&runner, &SuiteRunner::finished);
        QSignalSpy progress(&runner, &SuiteRunner::progress);
        runner.start();
        QVERIFY(finished.wait(10000));
        const SuiteRun& run = runner.run();
        QCOMPARE(run.results.size(), 4);
        QCOMPARE(progress.size(), 4);
        QCOMPARE(progress.last().at(0).toInt(), 4);
        QStringList order;
        for (const CaseResult& r : run.results)
            order << r.target + QLatin1Char(':') + r.caseId + QLatin1Char(':') + caseOutcomeName(r.outcome);
        QCOMPARE(order, (QStringList{"a_stt:c1:passed", "a_stt:c2:over_tolerance", "b_stt:c1:over_tolerance",
                                     "b_stt:c2:over_tolerance"}));
        const CaseResult& first = run.results.first();
        QCOMPARE(first.provider, QStringLiteral("a_stt"));
        QCOMPARE(first.text, QStringLiteral("text from a_stt"));
        QCOMPARE(first.attempts(), 1);
        QCOMPARE(first.wer->rate, 0.0);
        QCOMPARE(run.results.at(2).wer->errors(), 1); // "b_stt" for "a_stt"
        QVERIFY(!run.passed());
    }

    void autoTargetRecordsTheProviderThatAnswered()
    {
        Rig rig;
        rig.a->ledger->script = {FakeOutcome::fail(ErrorKind::Server, 503)};
        SuiteRunner runner(rig.router, suite(1), sttTargets({CaseResult::kAuto}), rig.clock);
        QSignalSpy finished(&runner, &SuiteRunner::finished);
        runner.start();
        QVERIFY(finished.wait(10000));
        const CaseResult& r = runner.run().results.first();
        QCOMPARE(r.target, CaseResult::kAuto);
        QCOMPARE(r.provider, QStringLiteral("b_stt")); // a_stt failed, the chain fell back
        QCOMPARE(r.attempts(), 2);
    }

    void aFailedProviderFailsTheCaseWithItsError()
    {
        Rig rig;
        rig.a->ledger->script = {FakeOutcome::fail(ErrorKind::Server, 503)};
        SuiteRunner runner(rig.router, suite(1), sttTargets({"a_stt"}), rig.clock);
        QSignalSpy finished(&runner, &SuiteRunner::finished);
        runner.start();
        QVERIFY(finished.wait(10000));
        const CaseResult& r = runner.run().results.first();
        QCOMPARE(r.outcome, CaseOutcome::Failed);
        QCOMPARE(r.error->kind, ErrorKind::Server);
        QCOMPARE(r.errorStage, QStringLiteral("transcribe"));
        QVERIFY(!r.wer);
    }

    void aCorruptRecordingFailsTheCaseAtTheDecodeStage()
    {
        Rig rig;
        const QString path = m_dir.filePath("noise.wav");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        Suite s;
        s.cases = {sttCase(1, path, QStringLiteral("hello"))};
        SuiteRunner runner(rig.router, s, sttTargets({"a_stt"}), rig.clock);
        QSignalSpy finished(&runner, &SuiteRunner::finished);
        runner.start();
        QVERIFY(finished.wait(10000));
        const CaseResult& r = runner.run().results.first();
        QCOMPARE(r.outcome, CaseOutcome::Failed);
        QCOMPARE(r.errorStage, QStringLiteral("decode"));
        QCOMPARE(r.error->kind, ErrorKind::BadRequest);
        QVERIFY2(r.failureMessage().contains("noise.wav"), qPrintable(r.failureMessage()));
        QCOMPARE(rig.a->ledger->created, 0); // the provider was never asked
    }

    void undecodableSpeechFailsATtsCaseAtTheSynthesizeStage()
    {
        // The router refuses audio that cannot be speech (issue #14) before the suite decodes it.
        Rig rig;
        rig.tts->ledger->audio = QByteArrayLiteral("not audio at all");
        Suite s;
        SuiteCase c;
        c.index = 1;
        c.id = QStringLiteral("speak");
        c.kind = SuiteCaseKind::Tts;
        c.text = c.expected = QStringLiteral("hello");
        s.cases = {c};
        SuiteTargets targets;
        targets.tts = {SuiteTarget{QStringLiteral("a_tts"), 1, QString()}};
        SuiteRunner runner(rig.router, s, targets, rig.clock);
        QSignalSpy finished(&runner, &SuiteRunner::finished);
        runner.start();
        QVERIFY(finished.wait(10000));
        const CaseResult& r = runner.run().results.first();
        QCOMPARE(r.outcome, CaseOutcome::Failed);
        QCOMPARE(r.errorStage, QStringLiteral("synthesize"));
        QCOMPARE(r.error->kind, ErrorKind::InvalidResponse);
        QVERIFY2(r.failureMessage().contains("a_tts answered audio that cannot be decoded"),
                 qPrintable(r.failureMessage()));
        QCOMPARE(rig.a->ledger->created, 0);
    }

    void keepsAtMostConcurrencyCasesInFlightPerTarget()
    {
        Rig rig;
        for (int i = 0; i < 5; ++i)
            rig.a->ledger->script.append(FakeOutcome::held());
        SuiteRunner runner(rig.router, suite(5), sttTargets({"a_stt"}, 2), rig.clock);
        QSignalSpy finished(&runner, &SuiteRunner::finished);
        runner.start();
        QTRY_COMPARE(rig.a->ledger->started, 2);
        QCoreApplication::processEvents();
        QCOMPARE(rig.a->ledger->created, 2); // the other three were never asked for
        releaseHeld<TranscribeJob>(rig.a->ledger, 0, FakeOutcome::ok());
        QTRY_COMPARE(rig.a->ledger->started, 3);
        QCOMPARE(runner.done(), 1);
        for (int i = 1; i < 5; ++i) {
            QTRY_COMPARE(rig.a->ledger->held.size(), std::min(i + 2, 5));
            releaseHeld<TranscribeJob>(rig.a->ledger, i, FakeOutcome::ok());
        }
        QVERIFY(finished.wait(10000));
        QCOMPARE(runner.run().results.size(), 5);
    }

    void targetsOfOneGroupShareTheLimit()
    {
        Rig rig;
        rig.a->ledger->script = {FakeOutcome::held(), FakeOutcome::held()};
        rig.b->ledger->script = {FakeOutcome::held(), FakeOutcome::held()};
        SuiteTargets targets;
        targets.stt = {SuiteTarget{"a_stt", 1, "engines"}, SuiteTarget{"b_stt", 1, "engines"}};
        SuiteRunner runner(rig.router, suite(1), targets, rig.clock);
        QSignalSpy finished(&runner, &SuiteRunner::finished);
        runner.start();
        QTRY_COMPARE(rig.a->ledger->started, 1);
        QCoreApplication::processEvents();
        QCOMPARE(rig.b->ledger->created, 0); // waits for a_stt's case to free the group's slot
        releaseHeld<TranscribeJob>(rig.a->ledger, 0, FakeOutcome::ok());
        QTRY_COMPARE(rig.b->ledger->started, 1);
        releaseHeld<TranscribeJob>(rig.b->ledger, 0, FakeOutcome::ok());
        QVERIFY(finished.wait(10000));
    }

    void cancelEndsRunningAndWaitingCasesAsCancelled()
    {
        Rig rig;
        for (int i = 0; i < 3; ++i)
            rig.a->ledger->script.append(FakeOutcome::held());
        SuiteRunner runner(rig.router, suite(3), sttTargets({"a_stt"}, 1), rig.clock);
        QSignalSpy finished(&runner, &SuiteRunner::finished);
        runner.start();
        QTRY_COMPARE(rig.a->ledger->started, 1);
        runner.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        const SuiteRun& run = runner.run();
        QVERIFY(run.cancelled);
        QCOMPARE(run.results.size(), 3);
        for (const CaseResult& r : run.results)
            QCOMPARE(r.outcome, CaseOutcome::Cancelled);
        QCOMPARE(rig.a->ledger->cancelled, 1);
        QCOMPARE(rig.a->ledger->created, 1);
    }

    void resolvesProviderChoicesPerCategory()
    {
        Rig rig;
        const SuiteTargets automatic = SuiteTargets::resolve({}, rig.directory);
        QCOMPARE(automatic.stt.size(), 1);
        QCOMPARE(automatic.stt.first().name, CaseResult::kAuto);
        QCOMPARE(automatic.tts.first().name, CaseResult::kAuto);

        const SuiteTargets named = SuiteTargets::resolve({"b_stt"}, rig.directory);
        QCOMPARE(named.stt.size(), 1);
        QCOMPARE(named.stt.first().name, QStringLiteral("b_stt"));
        QCOMPARE(named.stt.first().concurrency, QThreadPool::globalInstance()->maxThreadCount()); // offline
        QCOMPARE(named.stt.first().group, SuiteTarget::kOfflineGroup);
        QCOMPARE(named.tts.first().name, CaseResult::kAuto); // nothing named for TTS

        rig.directory.get("b_stt").configured = false;
        const SuiteTargets all = SuiteTargets::resolve({"all"}, rig.directory);
        QCOMPARE(all.stt.size(), 1); // b_stt is not configured
        QCOMPARE(all.stt.first().name, QStringLiteral("a_stt"));
        QCOMPARE(all.stt.first().concurrency, ConnectionGate::kPerOrigin); // cloud
        QCOMPARE(all.tts.first().name, QStringLiteral("a_tts"));
    }
};

QTEST_GUILESS_MAIN(TestSuiteRunner)
#include "tst_suiterunner.moc"
