#include "core/resilience/resiliencestate.h"
#include "core/resilience/routedsynthesizejob.h"
#include "core/resilience/routeexecution.h"
#include "core/resilience/router.h"
#include "fakeproviders.h"

#include <QJsonArray>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace vd;
using namespace vd::test;
using namespace std::chrono_literals;

namespace {

RoutingSettings routing(int maxRetries)
{
    RoutingSettings s;
    s.maxRetries = maxRetries;
    return s;
}

// A TTS route through one fake provider whose answers `check` judges.
struct JudgedRoute
{
    FakeClock clock;
    ResilienceState state{{}, {}, clock};
    FakeDirectory directory;
    std::shared_ptr<FakeTts> tts = std::make_shared<FakeTts>(QStringLiteral("flite"), QList<Voice>{}, &clock);
    std::unique_ptr<RouteExecution> execution;

    JudgedRoute(RoutingSettings settings, std::function<std::optional<ProviderError>()> judge,
                bool quick = false)
    {
        const RouteExecution::AnswerCheck check{std::move(judge), quick};
        directory.add(tts, 10);
        RouteExecution::Options options{ProviderCategory::Tts,
                                        {},
                                        settings,
                                        [] { return true; },
                                        [] { return 0.5; },
                                        [check](ProviderJob*, const QString&) { return check; }};
        auto launchSynthesis = [](const RouteCandidate& c, int, const RouteExecution::Launch& launch) {
            SynthesisRequest request;
            request.text = QStringLiteral("hello");
            launch(static_cast<TextToSpeechProvider*>(c.instance.get())->synthesize(request), {});
        };
        execution = std::make_unique<RouteExecution>(directory, state, options, launchSynthesis);
    }
};

} // namespace

// Routed text to speech: the voice mapping on fallback and streamed audio.
class TestRoutedSynthesis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Decoding an answer must not block the router's thread, which in the app is the GUI's.
    void answersAreJudgedOffTheRoutingThread()
    {
        QThread* judgedOn = nullptr;
        JudgedRoute route(routing(0), [&judgedOn] {
            judgedOn = QThread::currentThread();
            return std::optional<ProviderError>();
        });
        QSignalSpy succeeded(route.execution.get(), &RouteExecution::succeeded);
        route.execution->start();
        QTRY_COMPARE(succeeded.count(), 1);
        QVERIFY(judgedOn != nullptr);
        QVERIFY(judgedOn != QThread::currentThread());
    }

    // A quick judgement (a pass over a short PCM answer) needs no trip to the pool and back.
    void quickAnswersAreJudgedOnTheRoutingThreadAtOnce()
    {
        QThread* judgedOn = nullptr;
        JudgedRoute route(
            routing(0),
            [&judgedOn] {
                judgedOn = QThread::currentThread();
                return std::optional<ProviderError>();
            },
            true);
        QSignalSpy succeeded(route.execution.get(), &RouteExecution::succeeded);
        route.execution->start();
        QTRY_COMPARE(succeeded.count(), 1);
        QCOMPARE(judgedOn, QThread::currentThread());
    }

    // The attempt's time limit covers judging its answer: a judgement that never ends cannot hold
    // the request past it.
    void aJudgementThatOutlastsTheAttemptLimitEndsItAsATimeout()
    {
        QSemaphore release;
        RoutingSettings settings = routing(0);
        settings.attemptTimeoutMs = 50;
        JudgedRoute route(settings, [&release] {
            release.acquire();
            return std::optional<ProviderError>();
        });
        QSignalSpy failed(route.execution.get(), &RouteExecution::failed);
        route.execution->start();
        QTRY_COMPARE(failed.count(), 1);
        release.release();
        QCOMPARE(failed.at(0).at(0).value<ProviderError>().kind, ErrorKind::Timeout);
        QCOMPARE(route.execution->trace().steps().at(0).decision, RouteDecision::Failed);
        QThreadPool::globalInstance()->waitForDone();
    }

    void ttsFallbackMapsTheVoice()
    {
        FakeClock clock;
        ResilienceState state({}, {}, clock);
        FakeDirectory directory;
        auto openai = std::make_shared<FakeTts>(
            QStringLiteral("openai_tts"),
            QList<Voice>{{QStringLiteral("alloy"), {}, {QStringLiteral("en-US")}, QStringLiteral("female")},
                         {QStringLiteral("onyx"), {}, {QStringLiteral("en-US")}, QStringLiteral("male")}},
            &clock);
        auto google = std::make_shared<FakeTts>(
            QStringLiteral("google_tts"),
            QList<Voice>{
                {QStringLiteral("ru-RU-Standard-A"), {}, {QStringLiteral("ru-RU")}, QStringLiteral("female")},
                {QStringLiteral("en-US-Standard-C"), {}, {QStringLiteral("en-US")}, QStringLiteral("female")},
                {QStringLiteral("en-US-Standard-B"), {}, {QStringLiteral("en-US")}, QStringLiteral("male")}},
            &clock);
        directory.add(openai, 10);
        directory.add(google, 20);
        openai->ledger->script = {FakeOutcome::fail(ErrorKind::Server, 500)};
        Router router(directory, state, routing(0));
        router.setOnlineCheck([] { return true; });
        SynthesisRequest request;
        request.text = QStringLiteral("hello");
        request.voice = QStringLiteral("onyx");
        std::unique_ptr<RoutedSynthesizeJob> job(router.synthesize(request));
        job->setAutoDelete(false);
        QSignalSpy spy(job.get(), &ProviderJob::finished);
        job->start();
        QTRY_COMPARE(spy.count(), 1);
        QVERIFY(!job->hasError());
        QCOMPARE(job->provider(), QStringLiteral("google_tts"));
        QCOMPARE(job->audio().data, fakeSpeech(QStringLiteral("google_tts")));
        QCOMPARE(openai->ledger->voicesAsked, QStringList{QStringLiteral("onyx")});
        QCOMPARE(google->ledger->voicesAsked, QStringList{QStringLiteral("en-US-Standard-B")});
        const RouteStep ok = job->trace().steps().at(1);
        QVERIFY2(ok.note.startsWith(QStringLiteral("voice \"onyx\" → \"en-US-Standard-B\"")),
                 qPrintable(ok.note));
        QCOMPARE(job->trace()
                     .toJson()
                     .value(QStringLiteral("attempts"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("note"))
                     .toString(),
                 ok.note);
        QCOMPARE(job->trace().steps().at(0).note, QString()); // openai_tts had the voice: no mapping
    }

    void ttsStreamIsForwardedWithoutHedging()
    {
        FakeClock clock;
        ResilienceState state({}, {}, clock);
        FakeDirectory directory;
        auto tts = std::make_shared<FakeTts>(QStringLiteral("a_tts"), QList<Voice>{}, &clock);
        tts->ledger->script = {FakeOutcome::held()};
        directory.add(tts, 10);
        Router router(directory, state, routing(0));
        router.setOnlineCheck([] { return true; });
        std::unique_ptr<RoutedSynthesizeJob> job(
            router.synthesize(SynthesisRequest{QStringLiteral("hi"), {}, {}, 1.0, {}}));
        job->setAutoDelete(false);
        QSignalSpy chunks(job.get(), &SynthesizeJob::pcmChunk);
        QSignalSpy spy(job.get(), &ProviderJob::finished);
        job->start();
        QTRY_COMPARE(tts->ledger->held.size(), 1);
        static_cast<FakeSynthesizeJob*>(static_cast<SynthesizeJob*>(tts->ledger->held.first().data()))
            ->stream("abcd");
        QCOMPARE(chunks.count(), 1);
        releaseHeld<SynthesizeJob>(tts->ledger, 0, FakeOutcome::ok());
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(job->audio().data, fakeSpeech(QStringLiteral("a_tts")));
    }
};

QTEST_GUILESS_MAIN(TestRoutedSynthesis)
#include "tst_routedsynthesis.moc"
