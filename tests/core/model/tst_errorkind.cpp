#include "core/model/errorkind.h"
#include "core/model/providererror.h"
#include "core/model/result.h"

#include <QTest>

using namespace vd;

class TestErrorKind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesRoundTrip_data()
    {
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("network") << ErrorKind::Network << "network";
        QTest::newRow("timeout") << ErrorKind::Timeout << "timeout";
        QTest::newRow("rate_limited") << ErrorKind::RateLimited << "rate_limited";
        QTest::newRow("auth") << ErrorKind::Auth << "auth";
        QTest::newRow("quota") << ErrorKind::Quota << "quota";
        QTest::newRow("bad_request") << ErrorKind::BadRequest << "bad_request";
        QTest::newRow("too_large") << ErrorKind::TooLarge << "too_large";
        QTest::newRow("server") << ErrorKind::Server << "server";
        QTest::newRow("invalid_response") << ErrorKind::InvalidResponse << "invalid_response";
        QTest::newRow("unsupported") << ErrorKind::Unsupported << "unsupported";
        QTest::newRow("cancelled") << ErrorKind::Cancelled << "cancelled";
        QTest::newRow("not_configured") << ErrorKind::NotConfigured << "not_configured";
        QTest::newRow("circuit_open") << ErrorKind::CircuitOpen << "circuit_open";
    }
    void namesRoundTrip()
    {
        QFETCH(ErrorKind, kind);
        QFETCH(QString, name);
        QCOMPARE(errorKindName(kind), name);
        QCOMPARE(errorKindFromName(name), kind);
    }

    void unknownNameHasNoKind() { QVERIFY(!errorKindFromName(u"teapot").has_value()); }

    void onlyTransientKindsAreRetried()
    {
        QVERIFY(isRetryable(ErrorKind::Network));
        QVERIFY(isRetryable(ErrorKind::Timeout));
        QVERIFY(isRetryable(ErrorKind::RateLimited));
        QVERIFY(isRetryable(ErrorKind::Server));
        QVERIFY(!isRetryable(ErrorKind::Auth));
        QVERIFY(!isRetryable(ErrorKind::Quota));
        QVERIFY(!isRetryable(ErrorKind::BadRequest));
        QVERIFY(!isRetryable(ErrorKind::Cancelled));
    }

    void requestFaultsAreTheRequestsFault()
    {
        QVERIFY(isRequestFault(ErrorKind::BadRequest));
        QVERIFY(isRequestFault(ErrorKind::TooLarge));
        QVERIFY(isRequestFault(ErrorKind::Unsupported));
        QVERIFY(!isRequestFault(ErrorKind::Server));
        QVERIFY(needsAttention(ErrorKind::Auth));
        QVERIFY(needsAttention(ErrorKind::Quota));
        QVERIFY(!needsAttention(ErrorKind::RateLimited));
    }

    // The single rule of PRODUCT.md §3 for breaker and health alike, over every kind.
    void onlyTheProvidersFailuresCountAgainstIt_data()
    {
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<bool>("counts");
        QTest::newRow("network") << ErrorKind::Network << true;
        QTest::newRow("timeout") << ErrorKind::Timeout << true;
        QTest::newRow("rate_limited") << ErrorKind::RateLimited << true;
        QTest::newRow("auth") << ErrorKind::Auth << true;
        QTest::newRow("quota") << ErrorKind::Quota << true;
        QTest::newRow("bad_request") << ErrorKind::BadRequest << false;
        QTest::newRow("too_large") << ErrorKind::TooLarge << false;
        QTest::newRow("server") << ErrorKind::Server << true;
        QTest::newRow("invalid_response") << ErrorKind::InvalidResponse << true;
        QTest::newRow("unsupported") << ErrorKind::Unsupported << false;
        QTest::newRow("cancelled") << ErrorKind::Cancelled << false;
        QTest::newRow("not_configured") << ErrorKind::NotConfigured << false;
        QTest::newRow("circuit_open") << ErrorKind::CircuitOpen << false;
    }
    void onlyTheProvidersFailuresCountAgainstIt()
    {
        QFETCH(ErrorKind, kind);
        QFETCH(bool, counts);
        QCOMPARE(countsAgainstProvider(kind), counts);
        if (isRequestFault(kind))
            QVERIFY(!countsAgainstProvider(kind));
    }

    void errorJsonCarriesStatusOnlyWhenKnown()
    {
        const auto withStatus =
            ProviderError::make(ErrorKind::Server, QStringLiteral("overloaded"), 503).toJson();
        QCOMPARE(withStatus.value(u"kind").toString(), QStringLiteral("server"));
        QCOMPARE(withStatus.value(u"http_status").toInt(), 503);
        const auto without = ProviderError::make(ErrorKind::Network, QStringLiteral("refused")).toJson();
        QVERIFY(!without.contains(u"http_status"));
    }

    void resultHoldsValueOrError()
    {
        Result<int> ok = 42;
        QVERIFY(ok.hasValue());
        QCOMPARE(*ok, 42);
        Result<int> failed = ProviderError::make(ErrorKind::Auth, QStringLiteral("bad key"), 401);
        QVERIFY(!failed);
        QCOMPARE(failed.error().httpStatus, 401);
        QCOMPARE(failed.valueOr(7), 7);
        Status done;
        QVERIFY(done.hasValue());
    }
};

QTEST_GUILESS_MAIN(TestErrorKind)
#include "tst_errorkind.moc"
