#include "core/providers/offline/backgroundjobs.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace vd;

namespace {

// Speech as an offline engine returns it: the encoded clip and its PCM for early playback.
SpeechOutput someSpeech()
{
    SpeechOutput output;
    output.audio.data = QByteArray(44, 'R');
    output.audio.format = QStringLiteral("wav");
    output.pcm = QByteArray(320, '\1');
    output.sampleRate = 16000;
    return output;
}

} // namespace

// BackgroundJob, the offline providers' job: the work runs on the thread pool, the result comes
// back on the job's thread, and a stopped job never hands on what its work produced afterwards.
class TestBackgroundJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversTheWorksResultOnTheJobsThread()
    {
        QThread* worker = nullptr;
        BackgroundSynthesizeJob job([&worker](const std::atomic_bool&) -> Result<SpeechOutput> {
            worker = QThread::currentThread();
            return someSpeech();
        });
        job.setAutoDelete(false);
        QSignalSpy chunks(&job, &SynthesizeJob::pcmChunk);
        QSignalSpy finished(&job, &ProviderJob::finished);
        job.start();
        QVERIFY(finished.wait(10000));
        QVERIFY(!job.hasError());
        QVERIFY(worker && worker != job.thread());
        QCOMPARE(job.audio().data, someSpeech().audio.data);
        QCOMPARE(chunks.count(), 1);
    }

    // The work finishes after the cancel: its speech is neither stored nor emitted as PCM, which
    // a page would otherwise start playing for a request the user stopped.
    void aCancelledJobDropsTheResultThatArrivesLater()
    {
        QSemaphore workStarted;
        QSemaphore mayFinish;
        bool sawCancel = false;
        BackgroundSynthesizeJob job([&](const std::atomic_bool& cancelled) -> Result<SpeechOutput> {
            workStarted.release();
            mayFinish.acquire();
            sawCancel = cancelled.load();
            return someSpeech(); // an engine that does not look at the flag in time
        });
        job.setAutoDelete(false);
        QSignalSpy chunks(&job, &SynthesizeJob::pcmChunk);
        QSignalSpy finished(&job, &ProviderJob::finished);
        job.startNow();
        QVERIFY(workStarted.tryAcquire(1, 10000));
        job.cancel();
        mayFinish.release();
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
        QCoreApplication::sendPostedEvents(&job); // the late result, then `finished`
        QVERIFY(sawCancel);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.error().kind, ErrorKind::Cancelled);
        QCOMPARE(chunks.count(), 0);
        QVERIFY(job.audio().data.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackgroundJob)
#include "tst_backgroundjob.moc"
