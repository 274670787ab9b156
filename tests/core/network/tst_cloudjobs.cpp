#include "core/network/cloudprobejob.h"
#include "core/network/cloudtranscribejob.h"
#include "core/network/cloudvoicelistjob.h"

#include <QSignalSpy>
#include <QTest>

using namespace vd;

// The generic cloud jobs: joining parts, failing without touching the network when the
// provider is not configured, and delivering documented voices asynchronously.
class TestCloudJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void joinsPartTranscriptsInOrder()
    {
        Transcript first;
        first.text = QStringLiteral(" turn on ");
        first.language = QStringLiteral("en-US");
        first.confidence = 0.8;
        first.segments = {{0.0, 1.0, QStringLiteral("turn on")}};
        Transcript empty;
        Transcript second;
        second.text = QStringLiteral("the lights");
        second.confidence = 0.6;
        second.segments = {{0.5, 1.5, QStringLiteral("the lights")}};
        const Transcript joined = joinTranscripts({first, empty, second}, {0.0, 55.0, 110.0});
        QCOMPARE(joined.text, QStringLiteral("turn on the lights"));
        QCOMPARE(joined.language, QStringLiteral("en-US"));
        QVERIFY(joined.confidence.has_value());
        QVERIFY(qFuzzyCompare(*joined.confidence, 0.7));
        QCOMPARE(joined.segments.size(), 2);
        QCOMPARE(joined.segments.at(1).startSeconds, 110.5);
        QCOMPARE(joined.segments.at(1).endSeconds, 111.5);
    }

    void notConfiguredFailsWithoutPreparingOrSending()
    {
        CloudContext context;
        context.configurationProblem = QStringLiteral("openai_stt has no credential");
        bool prepared = false;
        auto* job = new CloudTranscribeJob(
            context,
            [&prepared] {
                prepared = true;
                return PreparedParts{};
            },
            [](const HttpResponse&) -> Result<Transcript> { return Transcript{}; });
        QSignalSpy finished(job, &ProviderJob::finished);
        job->setAutoDelete(false);
        job->start();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(job->error().kind, ErrorKind::NotConfigured);
        QCOMPARE(job->error().message, QStringLiteral("openai_stt has no credential"));
        QVERIFY(!prepared);
        delete job;
    }

    void preparationErrorFailsTheJob()
    {
        CloudContext context;
        auto* job = new CloudTranscribeJob(
            context,
            [] {
                PreparedParts parts;
                parts.error = ProviderError::make(ErrorKind::TooLarge, QStringLiteral("over 25 MiB"));
                return parts;
            },
            [](const HttpResponse&) -> Result<Transcript> { return Transcript{}; });
        job->setAutoDelete(false);
        QSignalSpy finished(job, &ProviderJob::finished);
        job->start();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(job->error().kind, ErrorKind::TooLarge);
        delete job;
    }

    void cancelWhilePreparingFinishesCancelledOnce()
    {
        CloudContext context;
        auto* job = new CloudTranscribeJob(
            context, [] { return PreparedParts{}; },
            [](const HttpResponse&) -> Result<Transcript> { return Transcript{}; });
        job->setAutoDelete(false);
        QSignalSpy finished(job, &ProviderJob::finished);
        job->start();
        job->cancel();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(job->error().kind, ErrorKind::Cancelled);
        QTest::qWait(0);
        QCOMPARE(finished.count(), 1);
        delete job;
    }

    void documentedVoicesArriveAsynchronously()
    {
        auto* job = new CloudVoiceListJob(QList<Voice>{{QStringLiteral("alena"),
                                                        QStringLiteral("Alena"),
                                                        {QStringLiteral("ru-RU")},
                                                        QStringLiteral("female")}});
        job->setAutoDelete(false);
        QSignalSpy finished(job, &ProviderJob::finished);
        job->start();
        QCOMPARE(finished.count(), 0);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!job->hasError());
        QCOMPARE(job->voices().size(), 1);
        delete job;
    }

    void requestBuildErrorFailsTheProbe()
    {
        CloudContext context;
        auto* job =
            new CloudProbeJob(context, ProviderError::make(ErrorKind::BadRequest, QStringLiteral("empty")),
                              [](const HttpResponse&) -> Result<QString> { return QString(); });
        job->setAutoDelete(false);
        QSignalSpy finished(job, &ProviderJob::finished);
        job->start();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(job->error().kind, ErrorKind::BadRequest);
        delete job;
    }
};

QTEST_GUILESS_MAIN(TestCloudJobs)
#include "tst_cloudjobs.moc"
