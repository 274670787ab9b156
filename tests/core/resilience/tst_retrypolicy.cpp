#include "core/resilience/retrypolicy.h"

#include <QTest>

using namespace vd;
using namespace std::chrono_literals;
using std::chrono::milliseconds;

Q_DECLARE_METATYPE(vd::ErrorKind)

namespace {

ProviderError error(ErrorKind kind, std::optional<milliseconds> retryAfter = std::nullopt)
{
    ProviderError e = ProviderError::make(kind, QStringLiteral("test"));
    e.retryAfter = retryAfter;
    return e;
}

std::function<double()> fixed(double value)
{
    return [value] { return value; };
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retriesOnlyRetryableKinds_data()
    {
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<bool>("retried");
        QTest::newRow("network") << ErrorKind::Network << true;
        QTest::newRow("timeout") << ErrorKind::Timeout << true;
        QTest::newRow("rate_limited") << ErrorKind::RateLimited << true;
        QTest::newRow("server") << ErrorKind::Server << true;
        QTest::newRow("auth") << ErrorKind::Auth << false;
        QTest::newRow("quota") << ErrorKind::Quota << false;
        QTest::newRow("bad_request") << ErrorKind::BadRequest << false;
        QTest::newRow("too_large") << ErrorKind::TooLarge << false;
        QTest::newRow("invalid_response") << ErrorKind::InvalidResponse << false;
        QTest::newRow("unsupported") << ErrorKind::Unsupported << false;
        QTest::newRow("cancelled") << ErrorKind::Cancelled << false;
        QTest::newRow("not_configured") << ErrorKind::NotConfigured << false;
        QTest::newRow("circuit_open") << ErrorKind::CircuitOpen << false;
    }

    void retriesOnlyRetryableKinds()
    {
        QFETCH(ErrorKind, kind);
        QFETCH(bool, retried);
        const RetryPolicy policy(3, fixed(0.5));
        QCOMPARE(policy.retryDelay(error(kind), 0, 90s).has_value(), retried);
    }

    void retriesAtMostMaxRetriesTimes()
    {
        const RetryPolicy policy(2, fixed(0.5));
        QVERIFY(policy.retryDelay(error(ErrorKind::Server), 0, 90s));
        QVERIFY(policy.retryDelay(error(ErrorKind::Server), 1, 90s));
        QVERIFY(!policy.retryDelay(error(ErrorKind::Server), 2, 90s));
        QVERIFY(!RetryPolicy(0).retryDelay(error(ErrorKind::Server), 0, 90s));
    }

    void backoffDoublesUpToEightSeconds()
    {
        const RetryPolicy policy(10, fixed(0.5)); // 0.5 = no jitter: factor 1.0
        const QList<milliseconds> expected{500ms, 1000ms, 2000ms, 4000ms, 8000ms, 8000ms, 8000ms};
        for (int n = 0; n < expected.size(); ++n)
            QCOMPARE(policy.backoff(n), expected.at(n));
        QCOMPARE(policy.backoff(1000), 8000ms);
    }

    void jitterStaysWithinQuarterEitherWay()
    {
        QCOMPARE(RetryPolicy(1, fixed(0.0)).backoff(0), 375ms);
        QCOMPARE(RetryPolicy(1, fixed(0.0)).backoff(4), 6000ms);
        QVERIFY(RetryPolicy(1, fixed(0.999999)).backoff(0) <= 625ms);
        QVERIFY(RetryPolicy(1, fixed(0.999999)).backoff(4) <= 10000ms);
        const RetryPolicy random(1); // the real generator
        for (int i = 0; i < 1000; ++i) {
            const milliseconds d = random.backoff(1);
            QVERIFY2(d >= 750ms && d <= 1250ms, qPrintable(QString::number(d.count())));
        }
    }

    void serverHintIsUsedWithoutJitter()
    {
        const RetryPolicy policy(1, fixed(0.0));
        QCOMPARE(policy.retryDelay(error(ErrorKind::RateLimited, 3s), 0, 90s),
                 std::optional(milliseconds(3s)));
        QCOMPARE(policy.retryDelay(error(ErrorKind::RateLimited, 0ms), 0, 90s), std::optional(0ms));
        QCOMPARE(policy.retryDelay(error(ErrorKind::Server, 250ms), 0, 90s), std::optional(250ms));
    }

    void neverWaitsLongerThanSixtySeconds()
    {
        const RetryPolicy policy(1, fixed(0.5));
        QCOMPARE(policy.retryDelay(error(ErrorKind::RateLimited, 60s), 0, 10min),
                 std::optional(milliseconds(60s)));
        QVERIFY(!policy.retryDelay(error(ErrorKind::RateLimited, 60001ms), 0, 10min));
        QVERIFY(!policy.retryDelay(error(ErrorKind::RateLimited, 1h), 0, 10min));
    }

    void neverRetriesPastTheDeadline()
    {
        const RetryPolicy policy(1, fixed(0.5));
        QVERIFY(policy.retryDelay(error(ErrorKind::Server), 0, 501ms));
        QVERIFY(!policy.retryDelay(error(ErrorKind::Server), 0, 500ms));
        QVERIFY(!policy.retryDelay(error(ErrorKind::Server), 0, 0ms));
        QVERIFY(!policy.retryDelay(error(ErrorKind::Server), 0, -5s));
        QVERIFY(!policy.retryDelay(error(ErrorKind::RateLimited, 5s), 0, 4s));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
