// Round-trip health probes (issue #14): a provider whose `quality_probe` setting is on is probed
// by speaking (TTS) or hearing (STT) a fixed sentence, and a word error rate over
// health.probe_wer_threshold makes it DEGRADED with the reason.
#include "core/resilience/healthmonitor.h"
#include "core/resilience/resiliencestate.h"
#include "core/resilience/roundtripprobejob.h"
#include "fakeproviders.h"

#include <QSignalSpy>
#include <QTest>

using namespace vd;
using namespace vd::test;
using namespace std::chrono_literals;

namespace {

const QString kTts = QStringLiteral("speaker_tts");
const QString kStt = QStringLiteral("listener_stt");

// A TTS provider under a round-trip probe and the STT provider that listens, over one state.
struct Bench
{
    explicit Bench(bool withRecogniser = true)
        : state({}, {}, clock), tts(std::make_shared<FakeTts>(kTts, QList<Voice>{}, &clock)),
          stt(std::make_shared<FakeStt>(kStt, &clock))
    {
        directory.add(tts, 1).qualityProbe = true;
        if (withRecogniser)
            directory.add(stt, 1);
    }

    // Probes `name` and waits for the answer; false when none came.
    bool probe(const QString& name)
    {
        QSignalSpy finished(&monitor, &HealthMonitor::probeFinished);
        return monitor.probe(name) && finished.wait(10000);
    }

    FakeClock clock;
    ResilienceState state;
    FakeDirectory directory;
    std::shared_ptr<FakeTts> tts;
    std::shared_ptr<FakeStt> stt;
    HealthMonitor monitor{state, directory};
};

} // namespace

class TestRoundTripProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void werOfWhatTheRecogniserHeardDecidesTheStatus_data()
    {
        QTest::addColumn<QString>("heard");
        QTest::addColumn<double>("wer");
        QTest::addColumn<HealthStatus>("status");
        QTest::newRow("every word") << "please call me back at seven in the evening" << 0.0
                                    << HealthStatus::Healthy;
        QTest::newRow("two of nine wrong, under the threshold")
            << "please call me back at eleven in the morning" << 2.0 / 9 << HealthStatus::Healthy;
        QTest::newRow("six of nine missing") << "please call me" << 6.0 / 9 << HealthStatus::Degraded;
        QTest::newRow("nothing heard (silent audio)") << "" << 1.0 << HealthStatus::Degraded;
    }
    void werOfWhatTheRecogniserHeardDecidesTheStatus()
    {
        QFETCH(QString, heard);
        QFETCH(double, wer);
        QFETCH(HealthStatus, status);
        Bench bench;
        bench.stt->ledger->heard = heard.isEmpty() ? QStringLiteral(" ") : heard;
        QVERIFY(bench.probe(kTts));

        QCOMPARE(bench.tts->ledger->created, 1);              // it spoke the sentence...
        QCOMPARE(bench.tts->ledger->probes, 0);               // ...instead of its plain probe
        QCOMPARE(bench.stt->ledger->created, 1);              // and the recogniser listened
        QVERIFY(bench.stt->ledger->audioSeconds.at(0) > 0.5); // to the decoded answer
        const HealthInfo info = bench.state.summary(kTts);
        QVERIFY(info.probeWer.has_value());
        QVERIFY(qAbs(*info.probeWer - wer) < 1e-9);
        QCOMPARE(info.status, status);
        if (status == HealthStatus::Degraded) {
            QVERIFY2(info.qualityProblem.contains(QStringLiteral("%1 %").arg(qRound(wer * 100))),
                     qPrintable(info.qualityProblem));
            QVERIFY(info.qualityProblem.contains(QStringLiteral("health.probe_wer_threshold")));
        } else {
            QVERIFY(info.qualityProblem.isEmpty());
        }
        // The recogniser is not under test: its answer is no sample of its own health.
        QVERIFY(bench.state.health(kStt).history().isEmpty());
    }

    void thresholdComesFromTheHealthSettings()
    {
        Bench bench;
        bench.stt->ledger->heard = QStringLiteral("please call me"); // 6 of 9 words missing
        HealthSettings lenient;
        lenient.probeWerThreshold = 0.7;
        bench.state.setHealthSettings(lenient);
        QVERIFY(bench.probe(kTts));
        QCOMPARE(bench.state.status(kTts), HealthStatus::Healthy);
        HealthSettings strict;
        strict.probeWerThreshold = 0.5;
        bench.state.setHealthSettings(strict);
        QCOMPARE(bench.state.status(kTts), HealthStatus::Degraded);
    }

    // Only the speaker's own time counts in its response-time statistics.
    void latencyIsTheSpeakersNotTheRecognisers()
    {
        Bench bench;
        bench.tts->ledger->script = {FakeOutcome::ok(40ms)};
        bench.stt->ledger->script = {FakeOutcome::ok(900ms)};
        QVERIFY(bench.probe(kTts));
        QCOMPARE(bench.state.health(kTts).history().last().latencyMs, 40.0);
    }

    void speakerFailureFailsTheProbeWithoutListening()
    {
        Bench bench;
        bench.tts->ledger->script = {FakeOutcome::fail(ErrorKind::Server, 503)};
        QSignalSpy finished(&bench.monitor, &HealthMonitor::probeFinished);
        QVERIFY(bench.monitor.probe(kTts));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QCOMPARE(bench.stt->ledger->created, 0);
        QCOMPARE(*bench.state.health(kTts).history().last().error, ErrorKind::Server);
        QVERIFY(!bench.state.summary(kTts).probeWer.has_value());
    }

    void answerThatIsNotAudioIsAnInvalidResponse()
    {
        Bench bench;
        bench.tts->ledger->audio = QByteArrayLiteral("<html>not audio</html>");
        QVERIFY(bench.probe(kTts));
        QCOMPARE(*bench.state.health(kTts).history().last().error, ErrorKind::InvalidResponse);
        QCOMPARE(bench.stt->ledger->created, 0);
    }

    // Without a working recogniser the speaker still proved it answers: the probe succeeds and
    // says why no WER was measured, and the last known WER no longer stands.
    void withoutARecogniserTheProbeSucceedsUnmeasured_data()
    {
        QTest::addColumn<bool>("recogniserExists");
        QTest::newRow("no STT provider") << false;
        QTest::newRow("the recogniser fails") << true;
    }
    void withoutARecogniserTheProbeSucceedsUnmeasured()
    {
        QFETCH(bool, recogniserExists);
        Bench bench(recogniserExists);
        bench.state.recordProbe(kTts, std::nullopt, 10ms, 0.9); // an earlier, bad measurement
        QCOMPARE(bench.state.status(kTts), HealthStatus::Degraded);
        bench.stt->ledger->script = {FakeOutcome::fail(ErrorKind::Timeout)};
        QSignalSpy finished(&bench.monitor, &HealthMonitor::probeFinished);
        QVERIFY(bench.monitor.probe(kTts));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        QVERIFY(!bench.state.summary(kTts).probeWer.has_value());
        QCOMPARE(bench.state.status(kTts), HealthStatus::Healthy);
    }

    // An STT provider under a round-trip probe transcribes the built-in recording of the sentence.
    void sttProbeTranscribesTheRecording()
    {
        Bench bench;
        bench.directory.get(kStt).qualityProbe = true;
        bench.stt->ledger->heard = QStringLiteral("Please call me back at seven in the evening");
        QVERIFY(bench.probe(kStt));
        QCOMPARE(bench.stt->ledger->probes, 0);
        QCOMPARE(bench.stt->ledger->audioSeconds.size(), 1);
        QVERIFY2(qAbs(bench.stt->ledger->audioSeconds.at(0) - 2.63) < 0.05,
                 qPrintable(QString::number(bench.stt->ledger->audioSeconds.at(0))));
        QCOMPARE(bench.state.summary(kStt).probeWer, std::optional(0.0));
        QCOMPARE(bench.state.status(kStt), HealthStatus::Healthy);
    }

    // Turning quality_probe off again: the next (plain) probe has no WER, so an old one stops
    // deciding the status.
    void aPlainProbeEndsAnOldMeasurement()
    {
        Bench bench;
        bench.stt->ledger->heard = QStringLiteral("nothing like it");
        QVERIFY(bench.probe(kTts));
        QCOMPARE(bench.state.status(kTts), HealthStatus::Degraded);
        bench.directory.get(kTts).qualityProbe = false;
        QVERIFY(bench.probe(kTts));
        QCOMPARE(bench.tts->ledger->probes, 1);
        QVERIFY(!bench.state.summary(kTts).probeWer.has_value());
        QCOMPARE(bench.state.status(kTts), HealthStatus::Healthy);
    }

    // The WER is part of the probe's health sample, so it survives the state file (and reaches
    // `health --json` in another process).
    void werSurvivesTheStateFile()
    {
        FakeClock clock;
        ResilienceState state({}, {}, clock);
        state.recordProbe(kTts, std::nullopt, 10ms, 0.5);
        state.recordCall(kTts, std::nullopt, 10ms); // a routed call does not end the measurement
        const auto restored = ProviderHealth::fromJson(state.health(kTts).toJson());
        QVERIFY(restored.has_value());
        QVERIFY(restored->lastQualityProbe().has_value());
        QCOMPARE(restored->lastQualityProbe()->wer, std::optional(0.5));
        // A sample with a WER but no invalid-audio mark writes the mark (0) to keep positions.
        const QJsonArray json = state.health(kTts).history().at(0).toJson();
        QCOMPARE(json.size(), 7);
        QCOMPARE(json.at(5).toInt(), 0);
        // A negative or non-numeric WER marks a corrupt file.
        QJsonArray corrupt = json;
        corrupt[6] = -0.5;
        QVERIFY(!HealthSample::fromJson(corrupt).has_value());
        corrupt[6] = QStringLiteral("low");
        QVERIFY(!HealthSample::fromJson(corrupt).has_value());
    }

    void measurementLeavesWithTheHistory()
    {
        FakeClock clock;
        ResilienceState state({}, {}, clock);
        state.recordProbe(kTts, std::nullopt, 10ms, 0.9);
        QCOMPARE(state.status(kTts), HealthStatus::Degraded);
        clock.advance(25h);
        state.recordCall(kTts, std::nullopt, 10ms); // prunes what is older than history_hours (24)
        QVERIFY(!state.summary(kTts).probeWer.has_value());
        QCOMPARE(state.status(kTts), HealthStatus::Healthy);
    }

    void cancellingStopsTheStepInFlight()
    {
        FakeClock clock;
        auto tts = std::make_shared<FakeTts>(kTts, QList<Voice>{}, &clock);
        tts->ledger->script = {FakeOutcome::held()};
        std::unique_ptr<RoundTripProbeJob> job(RoundTripProbeJob::speech(tts, nullptr, clock));
        job->setAutoDelete(false); // read after `finished`
        QSignalSpy finished(job.get(), &ProviderJob::finished);
        job->start();
        QTRY_COMPARE(tts->ledger->held.size(), 1);
        job->cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(job->error().kind, ErrorKind::Cancelled);
        QCOMPARE(tts->ledger->cancelled, 1);
    }
};

QTEST_GUILESS_MAIN(TestRoundTripProbe)
#include "tst_roundtripprobe.moc"
