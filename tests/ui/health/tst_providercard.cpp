#include "core/resilience/resiliencestate.h"
#include "tests/support/fakeclock.h"
#include "ui/charts/statuschart.h"
#include "ui/health/healthtext.h"
#include "ui/health/providercard.h"

#include <QTest>
#include <cmath>

using namespace vd;
using std::chrono::milliseconds;
using std::chrono::seconds;

// A provider's dashboard card reads the shared ResilienceState; the breaker countdown runs on the
// state's (here: fake) clock.
class TestProviderCard : public QObject
{
    Q_OBJECT

private:
    static BreakerSettings tripAfterTwo()
    {
        BreakerSettings settings;
        settings.consecutiveFailures = 2;
        settings.openSeconds = 300;
        return settings;
    }
    static ProviderError serverError()
    {
        return ProviderError::make(ErrorKind::Server, QStringLiteral("overloaded"), 503);
    }

private Q_SLOTS:
    void newProviderIsUnknownWithAClosedBreaker()
    {
        test::FakeClock clock;
        ResilienceState state(tripAfterTwo(), {}, clock);
        ProviderCard card(QStringLiteral("openai_stt"), state);
        QCOMPARE(card.status(), HealthStatus::Unknown);
        QCOMPARE(card.statusColour(), StatusChart::statusColour(HealthStatus::Unknown));
        QCOMPARE(card.statusText(), QStringLiteral("Unknown"));
        QCOMPARE(card.breakerText(), QStringLiteral("Breaker: Closed"));
        QCOMPARE(card.callsText(), QStringLiteral("Calls: 0 · failed: 0 · error rate: —"));
        QCOMPARE(card.latencyText(), QStringLiteral("Response time p50: — · p95: —"));
        QCOMPARE(card.lastErrorText(), QStringLiteral("Last error: none"));
        QVERIFY(!card.isCountingDown());
        QCOMPARE(card.qualityText(), QString()); // nothing measured, no budget: rows hidden
        QCOMPARE(card.probeBudgetText(), QString());
    }

    void roundTripWerIsShownAndOverTheThresholdDegrades()
    {
        test::FakeClock clock;
        ResilienceState state(tripAfterTwo(), {}, clock);
        ProviderCard card(QStringLiteral("google_tts"), state);
        state.recordProbe(QStringLiteral("google_tts"), std::nullopt, milliseconds(300), 0.125);
        card.refresh();
        QCOMPARE(card.qualityText(), QStringLiteral("Round-trip WER: 13 % (limit: 25 %)"));
        QCOMPARE(card.status(), HealthStatus::Healthy);

        state.recordProbe(QStringLiteral("google_tts"), std::nullopt, milliseconds(300), 0.5);
        card.refresh();
        QCOMPARE(card.status(), HealthStatus::Degraded);
        QCOMPARE(card.qualityText(), QStringLiteral("Round-trip WER: 50 % (limit: 25 %)"));
        QCOMPARE(
            card.statusText(),
            QStringLiteral("Degraded — the round-trip probe heard 50 % of the words wrong (limit: 25 %)"));
        QVERIFY(card.accessibleDescription().contains(card.qualityText()));
    }

    void probeBudgetShowsWhatIsSpent()
    {
        test::FakeClock clock;
        ResilienceState state(tripAfterTwo(), {}, clock);
        ProviderCard card(QStringLiteral("openai_stt"), state);
        ProbeBudget budget{4, 20};
        card.setProbeBudgetSource([&budget] { return budget; });
        for (int i = 0; i < 3; ++i) {
            state.recordProbe(QStringLiteral("openai_stt"), std::nullopt, milliseconds(100));
            clock.advance(std::chrono::minutes(30));
        }
        state.recordCall(QStringLiteral("openai_stt"), std::nullopt, milliseconds(100)); // not a probe
        card.refresh();
        // The first probe is 90 minutes old: out of the hour, still in the day.
        QCOMPARE(card.probeBudgetText(),
                 QStringLiteral("Automatic probes: 2 of 4 in the last hour · 3 of 20 in the last 24 h"));
        budget = ProbeBudget{0, 20}; // the user changed the setting
        card.refresh();
        QCOMPARE(card.probeBudgetText(), QStringLiteral("Automatic probes: 3 of 20 in the last 24 h"));
        budget = ProbeBudget{};
        card.refresh();
        QCOMPARE(card.probeBudgetText(), QString());
    }

    void showsCallsErrorRateAndPercentilesWithUnits()
    {
        test::FakeClock clock;
        ResilienceState state(tripAfterTwo(), {}, clock);
        ProviderCard card(QStringLiteral("openai_stt"), state);
        for (int ms : {100, 200, 300})
            state.recordCall(QStringLiteral("openai_stt"), std::nullopt, milliseconds(ms));
        state.recordCall(QStringLiteral("openai_stt"), serverError(), milliseconds(50));
        card.refresh();
        QCOMPARE(card.callsText(), QStringLiteral("Calls: 4 · failed: 1 · error rate: 25.0 %"));
        QVERIFY2(card.latencyText().contains(QStringLiteral("p50: 200 ms")), qPrintable(card.latencyText()));
        QVERIFY2(card.latencyText().contains(QStringLiteral(" ms")), qPrintable(card.latencyText()));
        QVERIFY2(card.lastErrorText().contains(QStringLiteral("503")), qPrintable(card.lastErrorText()));
        QCOMPARE(card.breakerState(), BreakerState::Closed);
    }

    void openBreakerCountsDownOnTheStateClockThenGoesHalfOpen()
    {
        test::FakeClock clock;
        ResilienceState state(tripAfterTwo(), {}, clock);
        ProviderCard card(QStringLiteral("openai_stt"), state);
        state.recordCall(QStringLiteral("openai_stt"), serverError(), milliseconds(10));
        state.recordCall(QStringLiteral("openai_stt"), serverError(), milliseconds(10));
        card.refresh();
        QCOMPARE(card.breakerState(), BreakerState::Open);
        QCOMPARE(card.status(), HealthStatus::Unhealthy);
        QCOMPARE(card.statusColour(), StatusChart::statusColour(HealthStatus::Unhealthy));
        QCOMPARE(card.breakerText(), QStringLiteral("Breaker: Open — retry in 5 min 0 s"));
        QVERIFY(card.isCountingDown());

        clock.advance(seconds(61));
        card.refresh(); // what the card's one-second tick does
        QCOMPARE(card.breakerText(), QStringLiteral("Breaker: Open — retry in 3 min 59 s"));

        clock.advance(seconds(239));
        card.refresh();
        QCOMPARE(card.breakerState(), BreakerState::HalfOpen);
        QCOMPARE(card.status(), HealthStatus::Degraded);
        QCOMPARE(card.breakerText(), QStringLiteral("Breaker: Half open"));
        QVERIFY(!card.isCountingDown());
    }

    void needsAttentionIsShownWithItsReason()
    {
        test::FakeClock clock;
        ResilienceState state(tripAfterTwo(), {}, clock);
        ProviderCard card(QStringLiteral("openai_stt"), state);
        state.recordCall(QStringLiteral("openai_stt"),
                         ProviderError::make(ErrorKind::Auth, QStringLiteral("invalid key"), 401),
                         milliseconds(5));
        card.refresh();
        QCOMPARE(card.status(), HealthStatus::Unhealthy);
        QVERIFY2(card.statusText().startsWith(QStringLiteral("Unhealthy — needs attention: ")),
                 qPrintable(card.statusText()));
    }

    void scheduledRefreshesCoalesceIntoOne()
    {
        test::FakeClock clock;
        ResilienceState state(tripAfterTwo(), {}, clock);
        ProviderCard card(QStringLiteral("google_stt"), state);
        for (int i = 0; i < 5; ++i) {
            state.recordCall(QStringLiteral("google_stt"), std::nullopt, milliseconds(100));
            card.scheduleRefresh();
        }
        QCOMPARE(card.callsText().left(8), QStringLiteral("Calls: 0")); // not yet
        QTRY_COMPARE(card.callsText().left(8), QStringLiteral("Calls: 5"));
        QCOMPARE(card.status(), HealthStatus::Healthy);
    }

    void formatsCountdowns_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
        QTest::newRow("rounds up") << qint64(1) << QStringLiteral("1 s");
        QTest::newRow("under a minute") << qint64(59'000) << QStringLiteral("59 s");
        QTest::newRow("minutes") << qint64(252'000) << QStringLiteral("4 min 12 s");
        QTest::newRow("hours") << qint64(3'900'000) << QStringLiteral("1 h 5 min");
    }
    void formatsCountdowns()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(remainingTimeText(milliseconds(ms)), text);
    }

    void formatsLatencies_data()
    {
        QTest::addColumn<double>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("none") << std::nan("") << QStringLiteral("—");
        QTest::newRow("negative") << -1.0 << QStringLiteral("—");
        QTest::newRow("milliseconds") << 840.4 << QStringLiteral("840 ms");
        QTest::newRow("seconds") << 12400.0 << QStringLiteral("12.4 s");
    }
    void formatsLatencies()
    {
        QFETCH(double, ms);
        QFETCH(QString, text);
        QCOMPARE(latencyText(ms), text);
    }
};

QTEST_MAIN(TestProviderCard)
#include "tst_providercard.moc"
