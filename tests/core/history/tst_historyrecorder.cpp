#include "core/history/historyrecorder.h"
#include "core/history/historystore.h"
#include "core/suites/suiterun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace vd;

namespace {

RequestRecord probe(const QString& provider)
{
    RequestRecord r;
    r.time = QDateTime::currentDateTimeUtc();
    r.operation = RequestRecord::kProbe;
    r.provider = provider;
    r.outcome = QStringLiteral("ok");
    return r;
}

template <typename T> T await(QFuture<T> future)
{
    future.waitForFinished(); // the worker thread needs no event loop of ours
    return future.result();
}

} // namespace

// HistoryRecorder: the main thread's side of the history, writing on its own worker thread.
class TestHistoryRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        m_path = m_dir->filePath(QStringLiteral("state/history.sqlite"));
    }

    void recordsAreWrittenWithTheSource()
    {
        {
            HistoryRecorder recorder(m_path);
            recorder.setSource(QStringLiteral("monitor"));
            for (int i = 0; i < 3; ++i)
                recorder.record(probe(QStringLiteral("p%1").arg(i)));
            QVERIFY(!await(recorder.flush()).has_value());
            auto store = HistoryStore::open(m_path);
            QVERIFY(store);
            const auto rows = (*store)->requests({});
            QCOMPARE(rows->size(), 3);
            QCOMPARE(rows->first().source, QStringLiteral("monitor"));
            recorder.record(probe(QStringLiteral("last")));
        } // the destructor writes what is pending
        auto store = HistoryStore::open(m_path);
        QCOMPARE(*(*store)->count(QStringLiteral("requests")), qint64(4));
    }

    void aFullBatchIsHandedOverWithoutWaitingForTheTimer()
    {
        HistoryRecorder recorder(m_path);
        // No event loop runs here, so the 200 ms batch timer cannot fire: only the size limit
        // hands the records over.
        for (qsizetype i = 0; i < HistoryRecorder::kMaxBatch - 1; ++i)
            recorder.record(probe(QStringLiteral("p")));
        QCOMPARE(recorder.pendingRecords(), HistoryRecorder::kMaxBatch - 1);
        recorder.record(probe(QStringLiteral("p")));
        QCOMPARE(recorder.pendingRecords(), qsizetype(0));
        recorder.record(probe(QStringLiteral("next")));
        QCOMPARE(recorder.pendingRecords(), qsizetype(1));
        QVERIFY(!await(recorder.flush()).has_value());
        auto store = HistoryStore::open(m_path);
        QCOMPARE(*(*store)->count(QStringLiteral("requests")), qint64(HistoryRecorder::kMaxBatch + 1));
    }

    void suiteRunsAreStoredWithTheirCases()
    {
        HistoryRecorder recorder(m_path);
        SuiteRun run;
        run.suiteName = QStringLiteral("smoke");
        run.suitePath = QStringLiteral("/s/suite.json");
        run.startedAt = QDateTime::currentDateTimeUtc();
        run.wallMs = 1500;
        CaseResult passed;
        passed.caseId = QStringLiteral("a");
        passed.target = CaseResult::kAuto;
        passed.outcome = CaseOutcome::Passed;
        passed.wer = WordErrorRate{};
        CaseResult failed = passed;
        failed.caseId = QStringLiteral("b");
        failed.outcome = CaseOutcome::Failed;
        failed.wer.reset();
        failed.error = ProviderError::make(ErrorKind::Network, QStringLiteral("refused"));
        run.results = {passed, failed};

        const auto id = await(recorder.recordSuiteRun(run));
        QVERIFY(id);
        auto store = HistoryStore::open(m_path);
        const auto back = (*store)->suiteRun(*id);
        QVERIFY(back && *back);
        QCOMPARE((*back)->passed, 1);
        QCOMPARE((*back)->failed, 1);
        QCOMPARE((*back)->finishedAt, run.startedAt.addMSecs(1500));
        QCOMPARE((*back)->cases.at(1).errorKind, QStringLiteral("network"));
    }

    // The GUI's Suites page reads runs through the recorder, never on its own thread.
    void suiteRunsAreReadBackOnTheWorker()
    {
        HistoryRecorder recorder(m_path);
        QVERIFY(await(recorder.suiteRuns(10))->isEmpty());
        QVERIFY(!QFile::exists(m_path)); // reading creates no file
        QVERIFY(!await(recorder.suiteRun(1)).value().has_value());
        SuiteRun run;
        run.suiteName = QStringLiteral("smoke");
        run.startedAt = QDateTime::currentDateTimeUtc();
        CaseResult passed;
        passed.caseId = QStringLiteral("a");
        passed.target = CaseResult::kAuto;
        passed.outcome = CaseOutcome::Passed;
        run.results = {passed};
        recorder.recordSuiteRun(run);
        run.suiteName = QStringLiteral("second");
        const qint64 second = *await(recorder.recordSuiteRun(run));
        const auto runs = await(recorder.suiteRuns(10));
        QVERIFY(runs);
        QCOMPARE(runs->size(), 2);
        QCOMPARE(runs->first().suiteName, QStringLiteral("second")); // newest first
        const auto one = await(recorder.suiteRun(second));
        QVERIFY(one && *one);
        QCOMPARE((*one)->cases.size(), 1);
        QCOMPARE((*one)->cases.first().caseId, QStringLiteral("a"));
        QVERIFY(!await(recorder.suiteRun(second + 100)).value().has_value());
    }

    void requestsAreReadBackNewestFirstIncludingThoseJustRecorded()
    {
        HistoryRecorder recorder(m_path);
        RequestRecord older = probe(QStringLiteral("flite_tts"));
        older.time = older.time.addSecs(-60);
        recorder.record(older);
        recorder.record(probe(QStringLiteral("espeak_tts")));
        recorder.record(probe(QStringLiteral("pocketsphinx_stt")));
        // No flush: what was recorded before the read is written before it.
        const auto read = await(recorder.requests(RequestFilter{{}, {}, 2}));
        QVERIFY(read);
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->at(0).provider, QStringLiteral("pocketsphinx_stt"));
        QCOMPARE(read->at(1).provider, QStringLiteral("espeak_tts"));
    }

    void readingAHistoryThatDoesNotExistCreatesNoFile()
    {
        HistoryRecorder recorder(m_path);
        const auto read = await(recorder.requests({}));
        QVERIFY(read);
        QVERIFY(read->isEmpty());
        QVERIFY(!QFile::exists(m_path));
    }

    void noWriteNoFile()
    {
        {
            HistoryRecorder recorder(m_path);
            QVERIFY(!await(recorder.flush()).has_value());
        }
        QVERIFY(!QFile::exists(m_path));
    }

    void anUnusableDatabaseIsReportedAndLeftAlone()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        const QByteArray garbage("not sqlite at all");
        {
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        HistoryRecorder recorder(m_path);
        recorder.record(probe(QStringLiteral("x")));
        const std::optional<HistoryError> error = await(recorder.flush());
        QVERIFY(error);
        QCOMPARE(error->kind, HistoryError::Kind::Corrupt);
        QVERIFY(!await(recorder.recordSuiteRun(SuiteRun{})));
        QCOMPARE(await(recorder.requests({})).error().kind, HistoryError::Kind::Corrupt);
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }

private:
    std::optional<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestHistoryRecorder)
#include "tst_historyrecorder.moc"
