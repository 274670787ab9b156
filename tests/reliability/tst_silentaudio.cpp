#include "core/audio/audioencoder.h"
#include "core/resilience/resiliencestate.h"
#include "core/resilience/routedsynthesizejob.h"
#include "core/resilience/router.h"
#include "tests/reliability/mockruntime.h"
#include "tests/support/finishedjob.h"

#include <QTest>

using namespace vd;
using namespace vd::test;

namespace {

const QString kText = QStringLiteral("Turn on the lights in the kitchen, please.");

// A WAV of `seconds` at 24 kHz whose samples are a faint 440 Hz hum at `peak` (0: digital silence).
QByteArray quietWav(double seconds, double peak)
{
    AudioClip clip;
    clip.sampleRate = 24000;
    clip.channels = 1;
    clip.samples.resize(qint64(seconds * clip.sampleRate));
    for (qsizetype i = 0; i < clip.samples.size(); ++i)
        clip.samples[i] = float(peak * std::sin(2.0 * M_PI * 440.0 * double(i) / clip.sampleRate));
    const Result<EncodedAudio> wav = encodeAudio(clip, QStringLiteral("wav"));
    return wav ? wav->data : QByteArray();
}

} // namespace

// Issue #14: a TTS provider that answers 200 with silence is not healthy. The router's audio check
// fails the attempt as invalid_response, falls back to the next provider, and the breaker and the
// health record count the silent answer like any other invalid answer.
class TestSilentAudio : public QObject
{
    Q_OBJECT

private:
    MockProviderServer m_server;
    std::unique_ptr<MockRuntime> m_rig;

    std::unique_ptr<RoutedSynthesizeJob> speak()
    {
        return test::runToCompletion(m_rig->runtime()->router().synthesize(
                                         SynthesisRequest{kText, {}, QStringLiteral("en-US"), 1.0, {}}),
                                     20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        MockRuntime::setEnvironmentKeys("test-key");
    }

    void init()
    {
        m_server.reset();
        m_rig = std::make_unique<MockRuntime>(m_server);
        m_rig->setSection(QStringLiteral("routing"),
                          {{"max_retries", 0}, {"attempt_timeout_ms", 5000}, {"request_deadline_ms", 20000}});
        m_rig->setSection(QStringLiteral("breaker"), {{"consecutive_failures", 3}});
        m_rig->setPriority(QStringLiteral("google_tts"), 0);
        m_rig->setPriority(QStringLiteral("openai_tts"), 10);
        m_rig->setPriority(QStringLiteral("yandex_tts"), 20);
        QVERIFY2(m_rig->build(), qPrintable(m_rig->lastError()));
    }
    void cleanup() { m_rig.reset(); }

    void silentAnswerFallsBackToTheNextProvider_data()
    {
        QTest::addColumn<double>("peak");
        QTest::addColumn<QString>("expected");
        QTest::newRow("digital silence")
            << 0.0 << QStringLiteral("of silence (every sample zero) for 42 characters");
        QTest::newRow("near silence") << 0.00025 // about -72 dBFS; 16-bit rounding moves it by a dB
                                      << QStringLiteral("of silence (peak -7");
    }
    void silentAnswerFallsBackToTheNextProvider()
    {
        QFETCH(double, peak);
        QFETCH(QString, expected);
        m_server.setAudio(quietWav(1.5, peak), {}, Endpoint::GoogleSynthesize);
        const auto job = speak();
        QVERIFY2(!job->hasError(), qPrintable(job->hasError() ? job->error().summary() : QString()));
        QCOMPARE(job->provider(), QStringLiteral("openai_tts"));
        const RouteStep first = job->trace().attempts().constFirst();
        QCOMPARE(first.provider, QStringLiteral("google_tts"));
        QCOMPARE(first.decision, RouteDecision::Failed);
        QVERIFY(first.error.has_value());
        QCOMPARE(first.error->kind, ErrorKind::InvalidResponse);
        QVERIFY2(first.error->message.startsWith(QLatin1String("google_tts answered 1.50 s of silence")),
                 qPrintable(first.error->message));
        QVERIFY2(first.error->message.contains(expected), qPrintable(first.error->message));

        ResilienceState& state = m_rig->runtime()->resilience();
        const ProviderHealth& health = state.health(QStringLiteral("google_tts"));
        QCOMPARE(health.totalFailures(), 1);
        QVERIFY2(health.lastError().contains(QLatin1String("of silence")), qPrintable(health.lastError()));
        QVERIFY(health.history().size() > 0);
        const HealthSample sample = health.history().at(health.history().size() - 1);
        QCOMPARE(sample.error, std::optional(ErrorKind::InvalidResponse));
        QVERIFY(sample.invalidAudio);
        // The winner's sample is an ordinary success.
        const ProviderHealth& winner = state.health(QStringLiteral("openai_tts"));
        QVERIFY(!winner.history().at(winner.history().size() - 1).invalidAudio);
        QCOMPARE(m_server.violations(), QStringList{});
    }

    void silentAnswersOpenTheBreaker()
    {
        m_server.setAudio(quietWav(1.5, 0.0), {}, Endpoint::GoogleSynthesize);
        ResilienceState& state = m_rig->runtime()->resilience();
        for (int i = 0; i < 3; ++i) {
            const auto job = speak();
            QVERIFY(!job->hasError());
            QCOMPARE(job->provider(), QStringLiteral("openai_tts"));
        }
        QCOMPARE(state.breaker(QStringLiteral("google_tts"))->state(), BreakerState::Open);
        QCOMPARE(state.status(QStringLiteral("google_tts")), HealthStatus::Unhealthy);
        QCOMPARE(m_server.requestCount(Endpoint::GoogleSynthesize), 3);

        // The open breaker keeps the silent provider out of the next request altogether.
        const auto job = speak();
        QVERIFY(!job->hasError());
        QCOMPARE(job->provider(), QStringLiteral("openai_tts"));
        QCOMPARE(job->trace().skipped().constFirst().reason, SkipReason::CircuitOpen);
        QCOMPARE(m_server.requestCount(Endpoint::GoogleSynthesize), 3);
    }

    void soundAnswerIsAccepted()
    {
        // The mock's generated speech-like tone passes: the check does not refuse real answers.
        const auto job = speak();
        QVERIFY2(!job->hasError(), qPrintable(job->hasError() ? job->error().summary() : QString()));
        QCOMPARE(job->provider(), QStringLiteral("google_tts"));
        QCOMPARE(job->trace().attempts().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSilentAudio)
#include "tst_silentaudio.moc"
