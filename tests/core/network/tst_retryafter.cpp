#include "core/network/retryafter.h"
#include "core/resilience/retrypolicy.h"
#include "tests/support/fakeclock.h"

#include <QTest>

using namespace vd;
using namespace std::chrono_literals;

namespace {

constexpr qint64 kNone = -1;
constexpr qint64 kYearMs = 365LL * 24 * 3600 * 1000;

test::FakeClock clockAt(const QDateTime& wall)
{
    test::FakeClock clock;
    clock.setWallNow(wall);
    return clock;
}

const QDateTime kNow(QDate(2026, 10, 21), QTime(7, 28, 0), Qt::UTC);

} // namespace

// The one parser of Retry-After and retry-after-ms (there used to be two that disagreed).
class TestRetryAfter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheServersHint_data()
    {
        QTest::addColumn<HttpHeaders>("headers");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("no header") << HttpHeaders{} << kNone;
        QTest::newRow("empty") << HttpHeaders{{"Retry-After", ""}} << kNone;
        QTest::newRow("seconds") << HttpHeaders{{"Retry-After", "7"}} << qint64(7000);
        QTest::newRow("zero") << HttpHeaders{{"Retry-After", "0"}} << qint64(0);
        QTest::newRow("spaces") << HttpHeaders{{"Retry-After", " 120 "}} << qint64(120000);
        QTest::newRow("lower-case name") << HttpHeaders{{"retry-after", "2"}} << qint64(2000);
        // Not delay-seconds by RFC 9110, accepted leniently (see retryafter.h).
        QTest::newRow("fractional seconds") << HttpHeaders{{"Retry-After", "1.5"}} << qint64(1500);
        QTest::newRow("fraction of a ms rounds up") << HttpHeaders{{"Retry-After", "0.0001"}} << qint64(1);
        QTest::newRow("http date") << HttpHeaders{{"Retry-After", "Wed, 21 Oct 2026 07:28:30 GMT"}}
                                   << qint64(30000);
        QTest::newRow("http date in the past")
            << HttpHeaders{{"Retry-After", "Wed, 21 Oct 2026 07:27:00 GMT"}} << qint64(0);
        QTest::newRow("http date, asctime")
            << HttpHeaders{{"Retry-After", "Wed Oct 21 07:29:00 2026"}} << qint64(60000);
        QTest::newRow("http date years ahead")
            << HttpHeaders{{"Retry-After", "Thu, 21 Oct 2100 07:28:00 GMT"}} << kYearMs;
        QTest::newRow("retry-after-ms") << HttpHeaders{{"retry-after-ms", "250"}} << qint64(250);
        QTest::newRow("fractional ms round up") << HttpHeaders{{"retry-after-ms", "12.3"}} << qint64(13);
        QTest::newRow("ms wins over seconds")
            << HttpHeaders{{"Retry-After", "9"}, {"retry-after-ms", "1200"}} << qint64(1200);
        QTest::newRow("bad ms falls back to seconds")
            << HttpHeaders{{"Retry-After", "2"}, {"retry-after-ms", "soon"}} << qint64(2000);
        QTest::newRow("garbage") << HttpHeaders{{"Retry-After", "soon"}} << kNone;
        QTest::newRow("negative") << HttpHeaders{{"Retry-After", "-3"}} << kNone;
        QTest::newRow("negative ms") << HttpHeaders{{"retry-after-ms", "-3"}} << kNone;
        QTest::newRow("exponent") << HttpHeaders{{"Retry-After", "1e3"}} << kNone;
        QTest::newRow("hex") << HttpHeaders{{"Retry-After", "0x10"}} << kNone;
        QTest::newRow("inf") << HttpHeaders{{"retry-after-ms", "inf"}} << kNone;
        QTest::newRow("nan") << HttpHeaders{{"Retry-After", "nan"}} << kNone;
        QTest::newRow("trailing text") << HttpHeaders{{"Retry-After", "5 seconds"}} << kNone;
        QTest::newRow("huge seconds, bounded to a year")
            << HttpHeaders{{"Retry-After", "9223372036854775807"}} << kYearMs;
        QTest::newRow("huge ms, bounded to a year")
            << HttpHeaders{{"retry-after-ms", QByteArray(95, '5')}} << kYearMs;
    }
    void readsTheServersHint()
    {
        QFETCH(HttpHeaders, headers);
        QFETCH(qint64, expectedMs);
        const auto parsed = parseRetryAfter(headers, clockAt(kNow));
        if (expectedMs == kNone)
            QVERIFY2(!parsed.has_value(), qPrintable(QString::number(parsed.value_or(0ms).count())));
        else
            QCOMPARE(parsed, std::optional(std::chrono::milliseconds(expectedMs)));
    }

    // Capping is the policy's job: the parser reports a long wait as is, the policy refuses it.
    void thePolicyRefusesWaitsOverAMinute_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<bool>("retried");
        QTest::newRow("60 s") << QByteArray("60") << true;
        QTest::newRow("60.001 s") << QByteArray("60.001") << false;
        QTest::newRow("an hour") << QByteArray("3600") << false;
    }
    void thePolicyRefusesWaitsOverAMinute()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(bool, retried);
        ProviderError error = ProviderError::make(ErrorKind::RateLimited, QStringLiteral("slow down"), 429);
        error.retryAfter = parseRetryAfter({{"Retry-After", retryAfter}}, clockAt(kNow));
        QVERIFY(error.retryAfter.has_value());
        QCOMPARE(RetryPolicy(1).retryDelay(error, 0, 10min).has_value(), retried);
    }
};

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "tst_retryafter.moc"
