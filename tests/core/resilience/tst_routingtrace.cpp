#include "core/resilience/routingtrace.h"

#include <QTest>

using namespace vd;

// The trace as the history stores it (toJson) and reads it back (fromJson).
class TestRoutingTrace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsBackWhatItWrote()
    {
        RoutingTrace trace;
        RouteStep open;
        open.provider = QStringLiteral("openai_stt");
        open.reason = SkipReason::CircuitOpen;
        open.until = QDateTime(QDate(2026, 12, 4), QTime(12, 3, 10), Qt::UTC);
        trace.append(open);
        RouteStep failed;
        failed.provider = QStringLiteral("google_stt");
        failed.decision = RouteDecision::Failed;
        failed.error = ProviderError::make(ErrorKind::Server, QStringLiteral("overloaded"), 503);
        failed.error->vendorCode = QStringLiteral("UNAVAILABLE");
        failed.latencyMs = 31.5;
        failed.attempt = 2;
        trace.append(failed);
        RouteStep ok;
        ok.provider = QStringLiteral("pocketsphinx_stt");
        ok.decision = RouteDecision::Ok;
        ok.latencyMs = 812.0;
        ok.attempt = 1;
        ok.note = QStringLiteral("voice mapped");
        trace.append(ok);

        const RoutingTrace back = RoutingTrace::fromJson(trace.toJson());
        // Attempts first, then skips: the JSON keeps the two apart.
        QCOMPARE(back.steps().size(), 3);
        QCOMPARE(back.attempts().size(), 2);
        const RouteStep& readFailed = back.steps().at(0);
        QCOMPARE(readFailed.provider, failed.provider);
        QCOMPARE(readFailed.decision, RouteDecision::Failed);
        QCOMPARE(readFailed.error, failed.error);
        QCOMPARE(readFailed.latencyMs, 31.5);
        QCOMPARE(readFailed.attempt, 2);
        QCOMPARE(back.winner()->provider, ok.provider);
        QCOMPARE(back.winner()->note, ok.note);
        QVERIFY(!back.winner()->error);
        const RouteStep& readOpen = back.steps().at(2);
        QCOMPARE(readOpen.decision, RouteDecision::Skipped);
        QCOMPARE(readOpen.reason, SkipReason::CircuitOpen);
        QCOMPARE(readOpen.until, open.until);
        QCOMPARE(back.toJson(), trace.toJson());
    }

    void anErrorOfAnUnknownKindIsDropped()
    {
        QVERIFY(!ProviderError::fromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("gremlins")}}));
        QVERIFY(!ProviderError::fromJson({}));
    }
};

QTEST_GUILESS_MAIN(TestRoutingTrace)
#include "tst_routingtrace.moc"
