#include "app/cli/metrics/metricsrenderer.h"
#include "app/cli/metrics/sampleobserver.h"
#include "core/resilience/resiliencestate.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace vd;
using namespace vd::cli;
using std::chrono::milliseconds;

// The Prometheus page of `monitor`, in-process: exposition format, histogram arithmetic, label
// escaping, and counting of health samples without double counting merged ones.
class TestMetricsRenderer : public QObject
{
    Q_OBJECT

private:
    static HealthSample sample(double latencyMs, std::optional<ErrorKind> error = {}, bool probe = false)
    {
        HealthSample s;
        s.time = QDateTime::currentDateTimeUtc();
        s.latencyMs = latencyMs;
        s.error = error;
        s.probe = probe;
        return s;
    }

    static ProviderMetrics provider(const QString& name)
    {
        ProviderMetrics p;
        p.provider = name;
        p.enabled = true;
        p.configured = true;
        p.status = HealthStatus::Healthy;
        return p;
    }

    static QStringList lines(const QByteArray& text)
    {
        return QString::fromUtf8(text).split('\n', Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void everySampleBelongsToAFamilyWithHelpAndType()
    {
        ProviderMetrics p = provider("openai_stt");
        p.tally.add(sample(120));
        const QByteArray text = MetricsRenderer::render({p, provider("flite_tts")});
        QSet<QString> helped, typed;
        for (const QString& line : lines(text)) {
            if (line.startsWith("# HELP "))
                helped.insert(line.section(' ', 2, 2));
            else if (line.startsWith("# TYPE "))
                typed.insert(line.section(' ', 2, 2));
        }
        QCOMPARE(helped, typed);
        for (const QString& line : lines(text)) {
            if (line.startsWith('#'))
                continue;
            QVERIFY2(line.startsWith("voicedeck_"), qPrintable(line));
            QString family = line.section(QRegularExpression("[{ ]"), 0, 0);
            family.remove(QRegularExpression("_(bucket|sum|count)$"));
            QVERIFY2(typed.contains(family) || typed.contains(line.section(QRegularExpression("[{ ]"), 0, 0)),
                     qPrintable(line));
        }
        QVERIFY(text.endsWith('\n'));
    }

    void oneHotGaugesMarkTheCurrentState()
    {
        ProviderMetrics p = provider("openai_stt");
        p.status = HealthStatus::Unhealthy;
        p.breaker = BreakerState::Open;
        p.openRemainingSeconds = 12.5;
        const QByteArray text = MetricsRenderer::render({p});
        QVERIFY(text.contains("voicedeck_provider_up{provider=\"openai_stt\"} 0\n"));
        QVERIFY(text.contains(
            "voicedeck_provider_health_status{provider=\"openai_stt\",status=\"UNHEALTHY\"} 1\n"));
        QVERIFY(text.contains(
            "voicedeck_provider_health_status{provider=\"openai_stt\",status=\"HEALTHY\"} 0\n"));
        QVERIFY(text.contains("voicedeck_breaker_state{provider=\"openai_stt\",state=\"OPEN\"} 1\n"));
        QVERIFY(text.contains("voicedeck_breaker_open_remaining_seconds{provider=\"openai_stt\"} 12.5\n"));
    }

    void histogramBucketsAreCumulative()
    {
        ProviderMetrics p = provider("p");
        p.tally.add(sample(50));                        // exactly on the first bound: le="0.05"
        p.tally.add(sample(300));                       // le="0.5"
        p.tally.add(sample(90000, ErrorKind::Timeout)); // above every bound: only +Inf
        const QByteArray text = MetricsRenderer::render({p});
        const QString prefix = "voicedeck_request_duration_seconds_bucket{provider=\"p\",type=\"call\",le=\"";
        QVERIFY(text.contains((prefix + "0.05\"} 1").toUtf8()));
        QVERIFY(text.contains((prefix + "0.25\"} 1").toUtf8()));
        QVERIFY(text.contains((prefix + "0.5\"} 2").toUtf8()));
        QVERIFY(text.contains((prefix + "60\"} 2").toUtf8()));
        QVERIFY(text.contains((prefix + "+Inf\"} 3").toUtf8()));
        QVERIFY(text.contains("voicedeck_request_duration_seconds_count{provider=\"p\",type=\"call\"} 3"));
        QVERIFY(text.contains("voicedeck_request_duration_seconds_sum{provider=\"p\",type=\"call\"} 90.35"));
        QVERIFY(
            text.contains("voicedeck_requests_total{provider=\"p\",type=\"call\",outcome=\"timeout\"} 1"));
        QVERIFY(text.contains("voicedeck_requests_total{provider=\"p\",type=\"call\",outcome=\"ok\"} 2"));
        QVERIFY(text.contains("voicedeck_requests_total{provider=\"p\",type=\"probe\",outcome=\"ok\"} 0"));
    }

    void labelValuesAreEscaped()
    {
        const QByteArray text = MetricsRenderer::render({provider("odd\"name\\with\nnewline")});
        QVERIFY(text.contains("voicedeck_provider_up{provider=\"odd\\\"name\\\\with\\nnewline\"} 1"));
    }

    void observerCountsEachSampleOnceAcrossMerges()
    {
        ResilienceState state;
        SampleObserver observer(state, QDateTime::currentDateTimeUtc().addSecs(-1));
        state.recordCall("p", std::nullopt, milliseconds(120));
        state.recordCall("p", ProviderError::make(ErrorKind::Server, "boom", 500), milliseconds(40));
        state.recordProbe("p", std::nullopt, milliseconds(10));
        QCOMPARE(observer.tally("p").counts().value({"call", "ok"}), 1u);
        QCOMPARE(observer.tally("p").counts().value({"call", "server"}), 1u);
        QCOMPARE(observer.tally("p").counts().value({"probe", "ok"}), 1u);

        // A merge from the shared state file brings the same samples back plus one from another process.
        ProviderResilienceSnapshot merged = state.snapshot("p");
        merged.health.add(sample(700, ErrorKind::Timeout), "timeout");
        state.adopt("p", merged);
        QCOMPARE(observer.tally("p").counts().value({"call", "ok"}), 1u);
        QCOMPARE(observer.tally("p").counts().value({"call", "timeout"}), 1u);
        QCOMPARE(observer.tally("p").histograms().value("call").count, 3u);
    }

    void invalidAudioIsCountedPerTtsProvider()
    {
        // Issue #14: silent or broken TTS answers have their own counter beside invalid_response.
        ResilienceState state;
        SampleObserver observer(state, QDateTime::currentDateTimeUtc().addSecs(-1));
        const auto invalid = ProviderError::make(ErrorKind::InvalidResponse, "google_tts answered silence");
        state.recordCall("google_tts", invalid, milliseconds(80), true);
        state.recordCall("google_tts", invalid, milliseconds(80)); // e.g. broken JSON: not about audio
        state.recordCall("google_tts", std::nullopt, milliseconds(80),
                         true); // a success is never invalid audio
        QCOMPARE(observer.tally("google_tts").invalidAudio(), 1u);
        QCOMPARE(observer.tally("google_tts").counts().value({"call", "invalid_response"}), 2u);

        ProviderMetrics tts = provider("google_tts");
        tts.category = ProviderCategory::Tts;
        tts.tally = observer.tally("google_tts");
        ProviderMetrics quiet = provider("flite_tts");
        quiet.category = ProviderCategory::Tts;
        const QByteArray text = MetricsRenderer::render({tts, quiet, provider("openai_stt")});
        QVERIFY(text.contains("# TYPE voicedeck_invalid_audio_total counter\n"));
        QVERIFY(text.contains("voicedeck_invalid_audio_total{provider=\"google_tts\"} 1\n"));
        QVERIFY(text.contains("voicedeck_invalid_audio_total{provider=\"flite_tts\"} 0\n"));
        QVERIFY(!text.contains("voicedeck_invalid_audio_total{provider=\"openai_stt\"}"));
    }

    void probeWerIsAGaugeOfMeasuredProvidersOnly()
    {
        // Issue #14: the last round-trip probe's word error rate, beside latency and state.
        ProviderMetrics measured = provider("google_tts");
        measured.probeWer = 0.125;
        const QByteArray text = MetricsRenderer::render({measured, provider("flite_tts")});
        QVERIFY(text.contains("# TYPE voicedeck_probe_wer gauge\n"));
        QVERIFY(text.contains("voicedeck_probe_wer{provider=\"google_tts\"} 0.125\n"));
        QVERIFY(!text.contains("voicedeck_probe_wer{provider=\"flite_tts\"}"));
    }

    void samplesFromBeforeTheStartAreNotCounted()
    {
        ResilienceState state;
        state.recordCall("p", std::nullopt, milliseconds(5));
        SampleObserver observer(state, QDateTime::currentDateTimeUtc().addSecs(1));
        state.recordCall("p", std::nullopt, milliseconds(5)); // still before `since`
        QCOMPARE(observer.tally("p").counts().value({"call", "ok"}), 0u);
    }

    void promtoolAcceptsThePage()
    {
        const QString promtool = QStandardPaths::findExecutable("promtool");
        if (promtool.isEmpty())
            QSKIP("promtool (Debian package prometheus) is not installed");
        ProviderMetrics p = provider("openai_stt");
        p.tally.add(sample(120));
        p.tally.add(sample(20, ErrorKind::Auth, true));
        QProcess check;
        check.start(promtool, {"check", "metrics"});
        ProviderMetrics tts = provider("flite_tts");
        tts.category = ProviderCategory::Tts;
        HealthSample silent = sample(30, ErrorKind::InvalidResponse);
        silent.invalidAudio = true;
        tts.tally.add(silent);
        tts.probeWer = 0.5;
        check.write(MetricsRenderer::render({p, tts}));
        check.closeWriteChannel();
        QVERIFY(check.waitForFinished(30000));
        QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
    }
};

QTEST_GUILESS_MAIN(TestMetricsRenderer)
#include "tst_metricsrenderer.moc"
