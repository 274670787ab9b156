#include "core/history/historyrecorder.h"
#include "ui/activity/activityhistory.h"
#include "ui/activity/activitylog.h"
#include "ui/activity/activitytablemodel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vd;

namespace {

RequestRecord stored(const QString& operation, const QString& provider, const QString& outcome)
{
    RequestRecord r;
    r.time = QDateTime::currentDateTimeUtc();
    r.operation = operation;
    r.provider = provider;
    r.outcome = outcome;
    r.latencyMs = 250.0;
    r.inputBytes = 32000;
    r.outputBytes = 44;
    return r;
}

} // namespace

// The Activity page remembers earlier sessions: entries come back from the history database.
class TestActivityHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aStoredRequestBecomesTheEntryThePageShowed()
    {
        RequestRecord record =
            stored(RequestRecord::kTranscribe, QStringLiteral("google_stt"), QStringLiteral("failed"));
        record.errorKind = QStringLiteral("server");
        record.errorMessage = QStringLiteral("overloaded");
        RoutingTrace trace;
        RouteStep step;
        step.provider = QStringLiteral("google_stt");
        step.decision = RouteDecision::Failed;
        step.error = ProviderError::make(ErrorKind::Server, QStringLiteral("overloaded"), 503);
        step.attempt = 1;
        trace.append(step);
        record.trace = trace;

        const auto entry = ActivityHistory::entryFrom(record);
        QVERIFY(entry);
        QCOMPARE(entry->operation, ActivityEntry::Operation::Transcribe);
        QCOMPARE(entry->provider, QStringLiteral("google_stt"));
        QVERIFY(!entry->ok);
        QCOMPARE(entry->error->kind, ErrorKind::Server);
        QCOMPARE(entry->error->message, QStringLiteral("overloaded"));
        QCOMPARE(entry->bytes, 32000);                     // the audio sent
        QCOMPARE(entry->time, record.time.addMSecs(-250)); // when it started
        QCOMPARE(entry->trace.toText(), trace.toText());

        const auto spoken = ActivityHistory::entryFrom(
            stored(RequestRecord::kSynthesize, QStringLiteral("flite_tts"), QStringLiteral("ok")));
        QCOMPARE(spoken->operation, ActivityEntry::Operation::Synthesize);
        QVERIFY(spoken->ok);
        QCOMPARE(spoken->bytes, 44); // the audio received
        QCOMPARE(ActivityHistory::entryFrom(
                     stored(RequestRecord::kProbe, QStringLiteral("x"), QStringLiteral("cancelled")))
                     ->error->kind,
                 ErrorKind::Cancelled);
        QVERIFY(!ActivityHistory::entryFrom(
            stored(QStringLiteral("teleport"), QStringLiteral("x"), QStringLiteral("ok"))));
    }

    void aRestartShowsWhatEarlierSessionsDid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        {
            HistoryRecorder earlier(path);
            earlier.record(stored(RequestRecord::kProbe, QStringLiteral("espeak_tts"), QStringLiteral("ok")));
            earlier.record(
                stored(RequestRecord::kSynthesize, QStringLiteral("flite_tts"), QStringLiteral("ok")));
            QVERIFY(!earlier.flush().result().has_value());
        }
        HistoryRecorder history(path);
        ActivityLog log;
        ActivityTableModel model(log);
        ActivityEntry live;
        live.provider = QStringLiteral("pocketsphinx_stt");
        log.record(live); // this session's first request, before the read has finished
        QSignalSpy restored(&log, &ActivityLog::restored);
        ActivityHistory::restore(history, log);
        QVERIFY(restored.wait(10000));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(log.entries().at(0).provider, QStringLiteral("espeak_tts")); // oldest first
        QCOMPARE(log.entries().at(1).provider, QStringLiteral("flite_tts"));
        QCOMPARE(log.entries().at(2).provider, QStringLiteral("pocketsphinx_stt"));
    }

    void noHistoryYetLeavesThePageAsItIs()
    {
        QTemporaryDir dir;
        HistoryRecorder history(dir.filePath(QStringLiteral("history.sqlite")));
        ActivityLog log;
        ActivityHistory::restore(history, log);
        QVERIFY(history.flush().result() == std::nullopt); // the read was posted before this
        QCoreApplication::processEvents();
        QTRY_VERIFY(log.findChildren<QObject*>().isEmpty()); // the read finished and went away
        QVERIFY(log.entries().isEmpty());
    }
};

QTEST_MAIN(TestActivityHistory)
#include "tst_activityhistory.moc"
