#include "core/plugins/pluginloader.h"
#include "core/registry/providerfactory.h"
#include "core/registry/providerregistry.h"

#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QtEndian>
#include <cmath>
#include <limits>

using namespace vd;

namespace {

QList<qint16> samples(const QByteArray& pcm)
{
    QList<qint16> result(pcm.size() / 2);
    for (qsizetype i = 0; i < result.size(); ++i)
        result[i] = qFromLittleEndian<qint16>(pcm.constData() + 2 * i);
    return result;
}

int samplesPerUnit(int sampleRate, double wordsPerMinute)
{
    return int(std::lround(sampleRate * 1.2 / wordsPerMinute));
}

} // namespace

// The example plugin as VoiceDeck uses it: loaded from the plugin folder, created by the factory.
class TestExampleMorseTts : public QObject
{
    Q_OBJECT

private:
    ProviderRegistry m_registry;
    std::unique_ptr<ProviderFactory> m_factory;

    std::shared_ptr<TextToSpeechProvider> provider(const char* settings = "{}")
    {
        const auto created = m_factory->provider(QStringLiteral("example_morse_tts"),
                                                 QJsonDocument::fromJson(settings).object());
        if (!created.hasValue()) {
            qWarning() << created.error().message;
            return nullptr;
        }
        return std::dynamic_pointer_cast<TextToSpeechProvider>(created.value());
    }

    // Runs a synthesis to the end; returns the finished job (caller deletes) and the streamed PCM.
    SynthesizeJob* synthesize(TextToSpeechProvider& tts, const SynthesisRequest& request,
                              QByteArray* streamed = nullptr)
    {
        SynthesizeJob* job = tts.synthesize(request);
        job->setAutoDelete(false);
        if (streamed)
            connect(job, &SynthesizeJob::pcmChunk, this,
                    [streamed](const QByteArray& pcm, int) { *streamed += pcm; });
        QSignalSpy finished(job, &ProviderJob::finished);
        job->start();
        [&] { QTRY_COMPARE(finished.count(), 1); }();
        return job;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto loaded = loadPlugin(qEnvironmentVariable("VOICEDECK_PLUGIN_PATH") +
                                       QStringLiteral("/libexample_morse_tts.so"));
        QVERIFY2(loaded.hasValue(), loaded.hasValue() ? "" : qPrintable(loaded.error().reason));
        QVERIFY(m_registry.registerProvider(loaded.value()));
        m_factory = std::make_unique<ProviderFactory>(m_registry, nullptr,
                                                      [](const ProviderInfo&) { return Credential{}; });
    }

    void metadataDescribesAnOfflineCustomTtsProvider()
    {
        const ProviderInfo info = *m_registry.info(QStringLiteral("example_morse_tts"));
        QCOMPARE(info.category, ProviderCategory::Tts);
        QCOMPARE(info.type, ProviderType::Custom);
        QCOMPARE(info.priority, 200);
        QVERIFY(info.offline);
        QVERIFY(!info.needsCredential());
        const SettingsSchema& schema = info.settingsSchema;
        QCOMPARE(schema.field(QStringLiteral("tone_hz"))->defaultValue.toInt(), 600);
        QCOMPARE(schema.field(QStringLiteral("tone_hz"))->minimum, 200.0);
        QCOMPARE(schema.field(QStringLiteral("words_per_minute"))->maximum, 40.0);
        QCOMPARE(schema.field(QStringLiteral("sample_rate"))->allowedValues,
                 (QStringList{"8000", "16000", "22050"}));
    }

    void invalidSettingsAreRefusedByTheSchema()
    {
        const auto created = m_factory->provider(QStringLiteral("example_morse_tts"),
                                                 QJsonDocument::fromJson(R"({"tone_hz": 5000})").object());
        QVERIFY(!created.hasValue());
        QCOMPARE(created.error().kind, ErrorKind::BadRequest);
        QVERIFY(created.error().message.contains(QStringLiteral("tone_hz: 5000 is out of range 200–2000")));
    }

    void sosHasExactMorseTimingAndIsStreamed()
    {
        auto tts = provider();
        QVERIFY(tts);
        QByteArray streamed;
        SynthesisRequest request;
        request.text = QStringLiteral("sos");
        std::unique_ptr<SynthesizeJob> job(synthesize(*tts, request, &streamed));
        QVERIFY(!job->hasError());
        const EncodedAudio& audio = job->audio();
        QCOMPARE(audio.format, QStringLiteral("pcm"));
        QCOMPARE(audio.sampleRate, 16000);
        QCOMPARE(audio.channels, 1);
        // ... --- ... = 5 + 3 + 11 + 3 + 5 units.
        const int unit = samplesPerUnit(16000, 18);
        QCOMPARE(audio.data.size(), qsizetype(27) * unit * 2);
        QCOMPARE(streamed, audio.data);

        const QList<qint16> pcm = samples(audio.data);
        const auto peak = [&](int fromUnit, int units) {
            int best = 0;
            for (int i = fromUnit * unit; i < (fromUnit + units) * unit; ++i)
                best = std::max(best, std::abs(int(pcm[i])));
            return best;
        };
        QVERIFY(peak(0, 1) > 10000); // first dot sounds
        QCOMPARE(peak(1, 1), 0);     // gap inside the letter is silent
        QCOMPARE(peak(5, 3), 0);     // gap between letters is silent
        QVERIFY(peak(8, 3) > 10000); // first dash of O
    }

    void settingsChangePitchSpeedAndRate()
    {
        auto tts = provider(R"({"tone_hz": 1000, "words_per_minute": 10, "sample_rate": "8000"})");
        QVERIFY(tts);
        SynthesisRequest request;
        request.text = QStringLiteral("T"); // one dash
        std::unique_ptr<SynthesizeJob> job(synthesize(*tts, request));
        QCOMPARE(job->audio().sampleRate, 8000);
        const int unit = samplesPerUnit(8000, 10);
        QCOMPARE(job->audio().data.size(), qsizetype(3) * unit * 2);
        // A 1000 Hz tone crosses zero about twice per period.
        const QList<qint16> pcm = samples(job->audio().data);
        int crossings = 0;
        for (qsizetype i = 1; i < pcm.size(); ++i)
            crossings += (pcm[i - 1] < 0) != (pcm[i] < 0) ? 1 : 0;
        const double seconds = double(pcm.size()) / 8000;
        QVERIFY2(std::abs(crossings - 2 * 1000 * seconds) < 10, qPrintable(QString::number(crossings)));
    }

    void requestSpeedScalesTheKeying()
    {
        auto tts = provider();
        SynthesisRequest request;
        request.text = QStringLiteral("E");
        request.speed = 2.0;
        std::unique_ptr<SynthesizeJob> job(synthesize(*tts, request));
        QCOMPARE(job->audio().data.size(), qsizetype(samplesPerUnit(16000, 36)) * 2);
    }

    void badRequestsFailWithTheRightKind_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("voice");
        QTest::addColumn<int>("kind");
        QTest::newRow("empty") << ""
                               << "" << int(ErrorKind::BadRequest);
        QTest::newRow("only spaces") << "   "
                                     << "" << int(ErrorKind::BadRequest);
        QTest::newRow("nothing Morse can send") << "Привет"
                                                << "" << int(ErrorKind::BadRequest);
        QTest::newRow("unknown voice") << "hi"
                                       << "alloy" << int(ErrorKind::BadRequest);
        QTest::newRow("over the limit") << QString(1001, QLatin1Char('e')) << "" << int(ErrorKind::TooLarge);
    }

    void badRequestsFailWithTheRightKind()
    {
        QFETCH(QString, text);
        QFETCH(QString, voice);
        QFETCH(int, kind);
        auto tts = provider();
        SynthesisRequest request;
        request.text = text;
        request.voice = voice;
        std::unique_ptr<SynthesizeJob> job(synthesize(*tts, request));
        QVERIFY(job->hasError());
        QCOMPARE(int(job->error().kind), kind);
        QVERIFY(!job->error().message.isEmpty());
    }

    // At 0.001 the tones of "hi" made a 54-minute, 104 MB WAV; NaN slipped past "speed <= 0".
    void speedOutsideTheRangeIsABadRequest_data()
    {
        QTest::addColumn<double>("speed");
        QTest::newRow("tiny") << 0.001;
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("infinite") << std::numeric_limits<double>::infinity();
        QTest::newRow("too fast") << 4.5;
    }
    void speedOutsideTheRangeIsABadRequest()
    {
        QFETCH(double, speed);
        auto tts = provider();
        SynthesisRequest request;
        request.text = QStringLiteral("hi");
        request.speed = speed;
        std::unique_ptr<SynthesizeJob> job(synthesize(*tts, request));
        QVERIFY(job->hasError());
        QCOMPARE(job->error().kind, ErrorKind::BadRequest);
        QVERIFY2(job->error().message.contains(QStringLiteral("0.25–4")), qPrintable(job->error().message));
    }

    void textAtTheLimitIsSpoken()
    {
        auto tts = provider(R"({"words_per_minute": 40, "sample_rate": "8000"})");
        QCOMPARE(tts->textLimit().maximum, 1000);
        SynthesisRequest request;
        request.text = QString(1000, QLatin1Char('e'));
        request.voice = QStringLiteral("morse");
        std::unique_ptr<SynthesizeJob> job(synthesize(*tts, request));
        QVERIFY2(!job->hasError(), job->hasError() ? qPrintable(job->error().message) : "");
    }

    void cancellingStopsALongSynthesis()
    {
        auto tts = provider();
        SynthesisRequest request;
        request.text = QString(1000, QLatin1Char('0')); // about twenty minutes of dashes
        SynthesizeJob* job = tts->synthesize(request);
        job->setAutoDelete(false);
        int chunks = 0;
        // Cancel on the first chunk: the worker's own "finished" cannot have been delivered yet.
        connect(job, &SynthesizeJob::pcmChunk, this, [&chunks, job] {
            ++chunks;
            job->cancel();
        });
        QSignalSpy finished(job, &ProviderJob::finished);
        job->start();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(job->hasError());
        QCOMPARE(job->error().kind, ErrorKind::Cancelled);
        QCOMPARE(chunks, 1);
        delete job;
        QTRY_COMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
    }

    void deletingAJobMidwayIsSafe()
    {
        auto tts = provider();
        SynthesisRequest request;
        request.text = QString(1000, QLatin1Char('0'));
        QPointer<SynthesizeJob> job = tts->synthesize(request);
        bool gotChunk = false;
        connect(job, &SynthesizeJob::pcmChunk, this, [&gotChunk] { gotChunk = true; });
        job->start();
        QTRY_VERIFY(gotChunk);
        delete job.data();
        QTRY_COMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
    }

    void voicesAndProbe()
    {
        auto tts = provider();
        VoiceListJob* voices = tts->voices();
        voices->setAutoDelete(false);
        QSignalSpy voicesDone(voices, &ProviderJob::finished);
        ProbeJob* probe = tts->probe();
        probe->setAutoDelete(false);
        QSignalSpy probeDone(probe, &ProviderJob::finished);
        voices->start();
        probe->start();
        QTRY_COMPARE(voicesDone.count(), 1);
        QTRY_COMPARE(probeDone.count(), 1);
        QCOMPARE(voices->voices().size(), 1);
        QCOMPARE(voices->voices().first().id, QStringLiteral("morse"));
        QVERIFY(!probe->hasError());
        QVERIFY(!probe->detail().isEmpty());
        delete voices;
        delete probe;
    }
};

QTEST_GUILESS_MAIN(TestExampleMorseTts)
#include "tst_examplemorsetts.moc"
