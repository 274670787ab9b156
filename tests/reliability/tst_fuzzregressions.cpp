#include "core/audio/audiodecoder.h"
#include "core/model/clock.h"
#include "core/network/errorclassifier.h"
#include "core/network/retryafter.h"
#include "core/resilience/breakerstate.h"
#include "core/resilience/circuitbreaker.h"
#include "core/resilience/healthsample.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vd;

namespace {

class FixedClock final : public Clock
{
public:
    std::chrono::steady_clock::time_point now() const override { return {}; }
    QDateTime wallNow() const override { return QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC); }
};

QByteArray corpusFile(const QString& target, const QString& name)
{
    QFile file(QStringLiteral(VOICEDECK_FUZZ_CORPUS "/%1/%2").arg(target, name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// What the fuzzers found (fuzz/), kept as tests; the inputs are also in fuzz/corpus/ as seeds.
// Under the asan stage these run with UBSan, where the old code aborted.
class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // fuzz_error_classifier: a Retry-After / retry-after-ms far beyond qint64 was converted to an
    // integer unchecked (undefined behaviour). Now bounded to a year, which no retry waits for.
    void absurdRetryAfterIsBounded_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("ms, 95 digits") << QByteArray("retry-after-ms") << QByteArray(95, '5');
        QTest::newRow("ms, 1e308") << QByteArray("retry-after-ms") << QByteArray("1e308");
        QTest::newRow("ms, inf") << QByteArray("retry-after-ms") << QByteArray("inf");
        QTest::newRow("ms, nan") << QByteArray("retry-after-ms") << QByteArray("nan");
        QTest::newRow("seconds, 1e300") << QByteArray("Retry-After") << QByteArray("1e300");
        QTest::newRow("seconds, 9e18") << QByteArray("Retry-After") << QByteArray("9223372036854775807");
    }
    void absurdRetryAfterIsBounded()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        const FixedClock clock;
        const auto wait = parseRetryAfter({{header, value}}, clock);
        QVERIFY(!wait || (wait->count() >= 0 && wait->count() <= 365LL * 24 * 3600 * 1000));
    }

    void fuzzerInputClassifiesWithAMessage()
    {
        const QByteArray input = corpusFile(QStringLiteral("fuzz_error_classifier"),
                                            QStringLiteral("regression-huge-retry-after-ms"));
        QVERIFY(input.size() > 3);
        const FixedClock clock;
        const QByteArray rest = input.mid(2);
        const qsizetype nul = rest.indexOf('\0');
        const ProviderError error =
            classifyHttpStatus(CloudVendor::OpenAi, 400 + (quint8(input.at(1)) % 200), rest.left(nul),
                               {{"retry-after-ms", rest.mid(nul + 1)}}, clock);
        QVERIFY(!error.message.isEmpty());
    }

    // fuzz_state_loader: a state file whose breaker is OPEN until a date centuries away overflowed
    // the steady clock on restore. Now no circuit stays open longer than open_seconds_max.
    void breakerOpenUntilFarFutureIsBounded()
    {
        const QJsonDocument doc = QJsonDocument::fromJson(corpusFile(
            QStringLiteral("fuzz_state_loader"), QStringLiteral("regression-open-until-far-future")));
        bool restored = false;
        const QJsonObject providers = doc.object().value(QStringLiteral("providers")).toObject();
        for (auto it = providers.begin(); it != providers.end(); ++it) {
            const auto snapshot =
                BreakerSnapshot::fromJson(it.value().toObject().value(QStringLiteral("breaker")).toObject());
            if (!snapshot)
                continue;
            CircuitBreaker breaker(BreakerSettings{}, SystemClock::instance());
            breaker.restore(*snapshot);
            QVERIFY(breaker.remainingOpenTime().count() <= BreakerSettings{}.openSecondsMax * 1000LL);
            restored = true;
        }
        BreakerSnapshot farAway;
        farAway.state = BreakerState::Open;
        farAway.openUntil = QDateTime(QDate(9999, 12, 31), QTime(23, 59), Qt::UTC);
        CircuitBreaker breaker(BreakerSettings{}, SystemClock::instance());
        breaker.restore(farAway);
        QCOMPARE(breaker.state(), BreakerState::Open);
        QVERIFY(breaker.remainingOpenTime().count() <= BreakerSettings{}.openSecondsMax * 1000LL);
        QVERIFY(restored || providers.isEmpty());
    }

    // fuzz_state_loader: a health sample's time far outside any date was converted to an integer
    // unchecked. Now such a sample (and so the file) is rejected as corrupt.
    void sampleTimeOutOfRangeIsRejected_data()
    {
        QTest::addColumn<double>("time");
        QTest::addColumn<bool>("valid");
        QTest::newRow("2026") << 1767225600000.0 << true;
        QTest::newRow("1.77e19") << 1.76723e19 << false;
        QTest::newRow("-1e300") << -1e300 << false;
        QTest::newRow("8.64e15 + 1") << 8.64e15 + 1 << false;
    }
    void sampleTimeOutOfRangeIsRejected()
    {
        QFETCH(double, time);
        QFETCH(bool, valid);
        const QJsonArray json{time, 12.0, QStringLiteral("ok"), QStringLiteral("HEALTHY"), 0};
        QCOMPARE(HealthSample::fromJson(json).has_value(), valid);
        const QByteArray input = corpusFile(QStringLiteral("fuzz_state_loader"),
                                            QStringLiteral("regression-sample-time-out-of-range"));
        QVERIFY(!input.isEmpty());
    }

    // fuzz_audio_decoder: an Ogg Vorbis stream with broken headers is refused cleanly. (libsndfile
    // leaks its vorbis_info on this path; scripts/sanitizers/lsan.supp names that leak.)
    void brokenOggVorbisIsRefused()
    {
        const QByteArray input =
            corpusFile(QStringLiteral("fuzz_audio_decoder"), QStringLiteral("regression-vorbis-leak"));
        QVERIFY(input.size() > 1);
        const auto clip = decodeAudio(EncodedAudio{input.mid(1), {}, 0, 1}, QStringLiteral("broken.ogg"));
        QVERIFY(!clip);
        QCOMPARE(clip.error().kind, ErrorKind::BadRequest);
    }

    // fuzz_audio_decoder seeds of issue #18: a 0.25 s FLAC announcing 600 s at 384 kHz x 8
    // channels (6.87 GiB as floats) and a WAV at 3 Hz; both refused from the header.
    void audioBombSeedsAreRefused_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("hi-res FLAC bomb") << "flac-hires-bomb"
                                          << "6.87 GiB";
        QTest::newRow("WAV at 3 Hz") << "wav-3hz"
                                     << "3 Hz";
    }
    void audioBombSeedsAreRefused()
    {
        QFETCH(QString, seed);
        QFETCH(QString, mentions);
        const QByteArray input = corpusFile(QStringLiteral("fuzz_audio_decoder"), seed);
        QVERIFY(input.size() > 1);
        const auto clip = decodeAudio(EncodedAudio{input.mid(1), {}, 0, 1}, seed);
        QVERIFY(!clip);
        QCOMPARE(clip.error().kind, ErrorKind::BadRequest);
        QVERIFY2(clip.error().message.contains(mentions), qPrintable(clip.error().message));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
