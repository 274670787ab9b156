#include "core/resilience/routingtrace.h"

#include <QJsonArray>
#include <QJsonDocument>
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

    void textThatNeedsEscapingReadsBack()
    {
        // The trace is written as text by hand: quotes, backslashes, control characters and
        // non-ASCII text in any field must come back as they were.
        RoutingTrace trace;
        RouteStep cancelled;
        cancelled.provider = QStringLiteral("my-plugin_tts");
        cancelled.decision = RouteDecision::Cancelled;
        cancelled.reason = QStringLiteral("hedged: \"google_tts\" answered first\n\tC:\\voices");
        cancelled.latencyMs = 1234.56;
        cancelled.attempt = 1;
        cancelled.note = QStringLiteral("голос «alloy» → en-US-Standard-C 🎙️ \u0001");
        cancelled.error = ProviderError::make(ErrorKind::Cancelled, QStringLiteral("stopped \"now\""));
        trace.append(cancelled);
        RouteStep disabled;
        disabled.provider = QStringLiteral("yandex_tts");
        disabled.reason = SkipReason::Disabled;
        trace.append(disabled);

        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(trace.toJsonText(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject attempt =
            document.object().value(QStringLiteral("attempts")).toArray().at(0).toObject();
        QCOMPARE(attempt.value(QStringLiteral("latency_ms")).toDouble(), 1234.6); // one decimal
        const QJsonObject skip =
            document.object().value(QStringLiteral("skipped")).toArray().at(0).toObject();
        QCOMPARE(skip.keys(), QStringList({QStringLiteral("provider"), QStringLiteral("reason")}));

        const RoutingTrace back = RoutingTrace::fromJson(document.object());
        QCOMPARE(back.steps().size(), 2);
        QCOMPARE(back.steps().at(0).reason, cancelled.reason);
        QCOMPARE(back.steps().at(0).note, cancelled.note);
        QCOMPARE(back.steps().at(0).error, cancelled.error);
        QCOMPARE(back.steps().at(0).decision, RouteDecision::Cancelled);
        QCOMPARE(back.steps().at(1).provider, disabled.provider);
        QCOMPARE(RoutingTrace().toJsonText(), QByteArray(R"({"attempts":[],"skipped":[]})"));
    }

    void anErrorOfAnUnknownKindIsDropped()
    {
        QVERIFY(!ProviderError::fromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("gremlins")}}));
        QVERIFY(!ProviderError::fromJson({}));
    }
};

QTEST_GUILESS_MAIN(TestRoutingTrace)
#include "tst_routingtrace.moc"
