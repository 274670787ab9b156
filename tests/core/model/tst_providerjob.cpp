#include "core/model/jobs.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <cstring>
#include <new>

using namespace vd;

namespace {

// A job whose outcome the test decides.
class ScriptedJob : public ProbeJob
{
public:
    enum class Behaviour
    {
        SucceedAtOnce,
        FailAtOnce,
        Wait
    };
    explicit ScriptedJob(Behaviour behaviour) : m_behaviour(behaviour) {}

    int startCalls = 0;
    int cancelCalls = 0;
    bool atOnce = false; // startsAtOnce()
    void succeed() { setDetail(QStringLiteral("late")), emitResult(); }

protected:
    void doStart() override
    {
        ++startCalls;
        if (m_behaviour == Behaviour::SucceedAtOnce) {
            setDetail(QStringLiteral("fine"));
            emitResult();
        } else if (m_behaviour == Behaviour::FailAtOnce) {
            emitError(ProviderError::make(ErrorKind::Server, QStringLiteral("boom"), 500));
        }
    }
    void doCancel() override { ++cancelCalls; }
    bool startsAtOnce() const override { return atOnce; }

private:
    Behaviour m_behaviour;
};

} // namespace

class TestProviderJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finishedIsNeverEmittedInsideStart()
    {
        ScriptedJob job(ScriptedJob::Behaviour::SucceedAtOnce);
        job.setAutoDelete(false);
        QSignalSpy spy(&job, &ProviderJob::finished);
        job.start();
        QCOMPARE(spy.count(), 0);
        QTRY_COMPARE(spy.count(), 1);
        QVERIFY(!job.hasError());
        QCOMPARE(job.detail(), QStringLiteral("fine"));
    }

    void errorIsReported()
    {
        ScriptedJob job(ScriptedJob::Behaviour::FailAtOnce);
        job.setAutoDelete(false);
        QSignalSpy spy(&job, &ProviderJob::finished);
        job.start();
        QTRY_COMPARE(spy.count(), 1);
        QVERIFY(job.hasError());
        QCOMPARE(job.error().kind, ErrorKind::Server);
    }

    void cancelFinishesWithCancelledOnce()
    {
        ScriptedJob job(ScriptedJob::Behaviour::Wait);
        job.setAutoDelete(false);
        QSignalSpy spy(&job, &ProviderJob::finished);
        job.start();
        QTRY_COMPARE(job.startCalls, 1);
        job.cancel();
        job.cancel();
        job.succeed(); // a late result after cancel is ignored
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(job.cancelCalls, 1);
        QCOMPARE(job.error().kind, ErrorKind::Cancelled);
        QTest::qWait(0);
        QCOMPARE(spy.count(), 1);
    }

    void abortCarriesTheGivenError()
    {
        ScriptedJob job(ScriptedJob::Behaviour::Wait);
        job.setAutoDelete(false);
        QSignalSpy spy(&job, &ProviderJob::finished);
        job.start();
        job.abort(ProviderError::make(ErrorKind::Timeout, QStringLiteral("no answer in 30 s")));
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(job.error().kind, ErrorKind::Timeout);
        QCOMPARE(job.startCalls, 0); // aborted before the event loop started it
    }

    // The router's path (startNow): no trip through the event loop to start, and none to report
    // the result that a callback of the work delivers.
    void startNowStartsAndFinishesWithoutTheEventLoop()
    {
        ScriptedJob job(ScriptedJob::Behaviour::Wait);
        job.setAutoDelete(false);
        QSignalSpy spy(&job, &ProviderJob::finished);
        job.startNow();
        QCOMPARE(job.startCalls, 1);
        QCOMPARE(spy.count(), 0);
        job.succeed(); // as from a reply's callback
        QCOMPARE(spy.count(), 1);
        QCOMPARE(job.detail(), QStringLiteral("late"));
        QTest::qWait(0);
        QCOMPARE(spy.count(), 1);
    }

    // Even on the router's path `finished` never comes from inside startNow(), cancel() or abort(),
    // whose callers are in the middle of their own bookkeeping.
    void startNowKeepsFinishedOutOfStartAndAbort()
    {
        ScriptedJob failing(ScriptedJob::Behaviour::FailAtOnce);
        failing.setAutoDelete(false);
        QSignalSpy failed(&failing, &ProviderJob::finished);
        failing.startNow();
        QCOMPARE(failed.count(), 0);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failing.error().kind, ErrorKind::Server);

        ScriptedJob waiting(ScriptedJob::Behaviour::Wait);
        waiting.setAutoDelete(false);
        QSignalSpy aborted(&waiting, &ProviderJob::finished);
        waiting.startNow();
        waiting.abort(ProviderError::make(ErrorKind::Timeout, QStringLiteral("no answer in 30 s")));
        QCOMPARE(aborted.count(), 0);
        QTRY_COMPARE(aborted.count(), 1);
        QCOMPARE(waiting.error().kind, ErrorKind::Timeout);
    }

    // A job that starts at once (the routed jobs) does its doStart() inside start(), yet reports
    // from the event loop, inside start() or not, so that its owner may delete it in the slot.
    void aJobThatStartsAtOnceStillFinishesFromTheEventLoop()
    {
        ScriptedJob immediate(ScriptedJob::Behaviour::SucceedAtOnce);
        immediate.atOnce = true;
        immediate.setAutoDelete(false);
        QSignalSpy done(&immediate, &ProviderJob::finished);
        immediate.start();
        QCOMPARE(immediate.startCalls, 1);
        QCOMPARE(done.count(), 0);
        QTRY_COMPARE(done.count(), 1);

        ScriptedJob later(ScriptedJob::Behaviour::Wait);
        later.atOnce = true;
        later.setAutoDelete(false);
        QSignalSpy laterDone(&later, &ProviderJob::finished);
        later.start();
        QCOMPARE(later.startCalls, 1);
        later.succeed();
        QCOMPARE(laterDone.count(), 0);
        QTRY_COMPARE(laterDone.count(), 1);
    }

    // Regression (tst_load crashed in ProviderError::summary): error() of a job that succeeded
    // used to dereference an empty optional, so its strings were whatever the memory held. The
    // job is built in memory filled with a pattern, which made that read crash every time.
    void errorOfAJobWithoutErrorIsSafeToRead()
    {
        alignas(ScriptedJob) unsigned char storage[sizeof(ScriptedJob)];
        std::memset(storage, 0xA5, sizeof storage);
        auto* job = new (storage) ScriptedJob(ScriptedJob::Behaviour::SucceedAtOnce);
        job->setAutoDelete(false);
        QCOMPARE(job->error().summary(), ProviderJob::noError().summary()); // before start
        QSignalSpy spy(job, &ProviderJob::finished);
        job->start();
        QVERIFY(spy.wait(5000));
        QVERIFY(!job->hasError());
        QCOMPARE(job->error().summary(), QStringLiteral("network: no error"));
        job->~ScriptedJob();
    }

    void autoDeleteRemovesTheJobAfterFinished()
    {
        QPointer<ScriptedJob> job = new ScriptedJob(ScriptedJob::Behaviour::SucceedAtOnce);
        bool sawResult = false;
        connect(job, &ProviderJob::finished, this, [&](ProviderJob* j) { sawResult = !j->hasError(); });
        job->start();
        QTRY_VERIFY(job.isNull());
        QVERIFY(sawResult);
    }
};

QTEST_GUILESS_MAIN(TestProviderJob)
#include "tst_providerjob.moc"
