#include "core/model/clock.h"
#include "core/resilience/attemptbudget.h"
#include "core/resilience/resiliencestate.h"
#include "core/resilience/routedsynthesizejob.h"
#include "core/resilience/routedtranscribejob.h"
#include "core/resilience/router.h"
#include "fakeproviders.h"

#include <QSignalSpy>
#include <QTest>

using namespace vd;
using namespace vd::test;
using namespace std::chrono_literals;
using std::chrono::milliseconds;

Q_DECLARE_METATYPE(vd::AttemptBudget::Bound)
Q_DECLARE_METATYPE(vd::ProviderCategory)

// Deadline shares (docs/ARCHITECTURE.md): every provider left keeps a fair share of the request
// deadline, so hanging cloud providers cannot starve the offline engine at the end of the chain.
class TestDeadlineShare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void budget_data()
    {
        QTest::addColumn<int>("untilDeadline");
        QTest::addColumn<int>("providersLeft");
        QTest::addColumn<int>("attemptTimeout");
        QTest::addColumn<int>("spentInShare"); // by earlier attempts on the same provider
        QTest::addColumn<int>("limit");
        QTest::addColumn<AttemptBudget::Bound>("bound");
        using B = AttemptBudget::Bound;
        // Defaults (30 s attempts, 90 s deadline) with four STT providers, all hanging: each gets
        // 22.5 s, and the fourth (offline) one still has its 22.5 s when its turn comes.
        QTest::newRow("1st of 4") << 90000 << 4 << 30000 << 0 << 22500 << B::Share;
        QTest::newRow("2nd of 4") << 67500 << 3 << 30000 << 0 << 22500 << B::Share;
        QTest::newRow("3rd of 4") << 45000 << 2 << 30000 << 0 << 22500 << B::Share;
        QTest::newRow("4th of 4") << 22500 << 1 << 30000 << 0 << 22500 << B::Deadline;
        // Two providers: the first one's 45 s hold a full attempt and a retry from what is left.
        QTest::newRow("1st of 2") << 90000 << 2 << 30000 << 0 << 30000 << B::AttemptTimeout;
        QTest::newRow("its retry") << 90000 << 2 << 30000 << 30500 << 14500 << B::Share;
        QTest::newRow("one provider") << 90000 << 1 << 30000 << 0 << 30000 << B::AttemptTimeout;
        QTest::newRow("share used up") << 1000 << 2 << 30000 << 600 << 1 << B::Share;
        QTest::newRow("deadline passed") << -5 << 3 << 30000 << 0 << 1 << B::Deadline;
    }

    void budget()
    {
        QFETCH(int, untilDeadline);
        QFETCH(int, providersLeft);
        QFETCH(int, attemptTimeout);
        QFETCH(int, spentInShare);
        QFETCH(int, limit);
        QFETCH(AttemptBudget::Bound, bound);
        const milliseconds share = AttemptBudget::share(milliseconds(untilDeadline), providersLeft);
        const AttemptBudget budget =
            AttemptBudget::of(milliseconds(attemptTimeout), share - milliseconds(spentInShare),
                              milliseconds(untilDeadline - spentInShare));
        QCOMPARE(budget.limit.count(), limit);
        QCOMPARE(budget.bound, bound);
    }

    void reasonNamesTheLimit()
    {
        QCOMPARE((AttemptBudget{7500ms, AttemptBudget::Bound::Share}.reason()),
                 QStringLiteral("timeout after 7500 ms (share of the deadline)"));
        QCOMPARE((AttemptBudget{30000ms, AttemptBudget::Bound::AttemptTimeout}.reason()),
                 QStringLiteral("timeout after 30000 ms (routing.attempt_timeout_ms)"));
    }

    // The defaults' proportions scaled down (attempt timeout = deadline / 3, one retry): three
    // hanging cloud providers, then an offline one at priority 90. Real timers and the real clock:
    // the attempts' timers are QTimers, and only the outcome is asserted, never a duration.
    void hangingProvidersLeaveTheOfflineOneItsTurn_data()
    {
        QTest::addColumn<ProviderCategory>("category");
        QTest::addColumn<bool>("voiceListsHang"); // TTS: the wait for the voice list counts too
        QTest::newRow("stt") << ProviderCategory::Stt << false;
        QTest::newRow("tts") << ProviderCategory::Tts << false;
        QTest::newRow("tts, voice lists hang") << ProviderCategory::Tts << true;
    }

    void hangingProvidersLeaveTheOfflineOneItsTurn()
    {
        QFETCH(ProviderCategory, category);
        QFETCH(bool, voiceListsHang);
        ResilienceState state({}, {}, SystemClock::instance());
        FakeDirectory directory;
        QList<std::shared_ptr<FakeLedger>> ledgers;
        const QStringList names{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                QStringLiteral("offline")};
        for (int i = 0; i < names.size(); ++i) {
            const bool offline = i == names.size() - 1;
            if (category == ProviderCategory::Stt) {
                auto p = std::make_shared<FakeStt>(names[i] + QStringLiteral("_stt"));
                ledgers.append(p->ledger);
                directory.add(p, offline ? 90 : 10 * (i + 1), offline);
            } else {
                const QList<Voice> voices{
                    {names[i], {}, {QStringLiteral("en-US")}, QStringLiteral("female")}};
                auto p = std::make_shared<FakeTts>(names[i] + QStringLiteral("_tts"), voices);
                if (voiceListsHang && !offline)
                    p->voiceListOutcome = FakeOutcome::held();
                ledgers.append(p->ledger);
                directory.add(p, offline ? 90 : 10 * (i + 1), offline);
            }
            if (!offline)
                ledgers.last()->script = QList<FakeOutcome>(3, FakeOutcome::held());
        }
        RoutingSettings settings;
        settings.attemptTimeoutMs = 300;
        settings.requestDeadlineMs = 900;
        settings.maxRetries = 1;
        Router router(directory, state, settings);
        router.setOnlineCheck([] { return true; });
        router.setRandomSource([] { return 0.0; }); // the shortest backoff: 375 ms

        std::unique_ptr<ProviderJob> job;
        const RoutingTrace* trace = nullptr;
        QString winner;
        if (category == ProviderCategory::Stt) {
            auto* stt = router.transcribe(TranscriptionRequest{});
            trace = &stt->trace();
            job.reset(stt);
            connect(stt, &ProviderJob::finished, this, [&winner, stt] { winner = stt->provider(); });
        } else {
            SynthesisRequest request;
            request.text = QStringLiteral("hello");
            request.voice = QStringLiteral("a"); // mapped onto each fallback's own voice
            auto* tts = router.synthesize(request);
            trace = &tts->trace();
            job.reset(tts);
            connect(tts, &ProviderJob::finished, this, [&winner, tts] { winner = tts->provider(); });
        }
        job->setAutoDelete(false);
        QSignalSpy finished(job.get(), &ProviderJob::finished);
        job->start();
        QVERIFY(finished.wait(10000));

        QVERIFY2(!job->hasError(), qPrintable(job->hasError() ? job->error().summary() : QString()));
        QCOMPARE(winner, names.last() + QLatin1Char('_') + categoryName(category));
        const QList<RouteStep> steps = trace->steps();
        QCOMPARE(steps.size(), 4); // one attempt each: a retry would not fit into a share
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(steps[i].decision, RouteDecision::Failed);
            QCOMPARE(steps[i].error->kind, ErrorKind::Timeout);
            QVERIFY2(steps[i].reason.startsWith(QStringLiteral("timeout after ")) &&
                         steps[i].reason.endsWith(QStringLiteral(" ms (share of the deadline)")),
                     qPrintable(steps[i].reason));
            QVERIFY2(steps[i].error->message.contains(QStringLiteral("share of the request deadline")),
                     qPrintable(steps[i].error->message));
            QCOMPARE(ledgers[i]->created, voiceListsHang ? 0 : 1); // no synthesis without a voice list
            QCOMPARE(ledgers[i]->cancelled, voiceListsHang ? 0 : 1);
        }
        QCOMPARE(steps[3].decision, RouteDecision::Ok);
    }
};

QTEST_GUILESS_MAIN(TestDeadlineShare)
#include "tst_deadlineshare.moc"
