#include "core/resilience/resiliencestate.h"
#include "core/resilience/resiliencestore.h"
#include "tests/support/fakeclock.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vd;
using namespace vd::test;
using namespace std::chrono_literals;

namespace {

const QString kName = QStringLiteral("openai_stt");

ProviderError serverError()
{
    return ProviderError::make(ErrorKind::Server, QStringLiteral("overloaded"), 503);
}

bool finished(QFuture<bool> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000))
        return false;
    return future.result();
}

QString helperPath()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/resiliencestore_helper");
}

} // namespace

class TestResilienceStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateWrittenByOneStoreIsReadByAnother()
    {
        QTemporaryDir dir;
        FakeClock clock;
        {
            ResilienceState state({}, {}, clock);
            ResilienceStore store(state, dir.path());
            QVERIFY(finished(store.load()));
            for (int i = 0; i < 5; ++i)
                state.recordCall(kName, serverError(), 20ms);
            state.recordCall(QStringLiteral("google_stt"), std::nullopt, 300ms);
            QVERIFY(finished(store.flush()));
            QVERIFY(!state.hasPendingEvents());
        }
        QVERIFY(QFile::exists(QDir(dir.path()).filePath(QStringLiteral("resilience-state.json"))));

        FakeClock later;
        later.setWallNow(clock.wallNow().addSecs(100)); // a new process, 100 s later
        ResilienceState state({}, {}, later);
        ResilienceStore store(state, dir.path());
        QSignalSpy loaded(&store, &ResilienceStore::loaded);
        QVERIFY(finished(store.load()));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(state.breaker(kName)->state(), BreakerState::Open);
        QCOMPARE(state.breaker(kName)->remainingOpenTime(), 200s);
        QCOMPARE(state.breaker(kName)->openUntil(), clock.wallNow().addSecs(300));
        QCOMPARE(state.health(kName).history().size(), 5);
        QCOMPARE(state.summary(kName).failureCount, 5);
        QCOMPARE(state.summary(kName).lastError, QStringLiteral("server 503: overloaded"));
        QCOMPARE(state.status(QStringLiteral("google_stt")), HealthStatus::Healthy);
        QCOMPARE(state.health(QStringLiteral("google_stt")).latency().p50Ms, 300.0);
    }

    void twoStoresUpdatingConcurrentlyLoseNothing()
    {
        QTemporaryDir dir;
        FakeClock clock;
        ResilienceState first({}, {}, clock);
        ResilienceState second({}, {}, clock);
        ResilienceStore firstStore(first, dir.path());
        ResilienceStore secondStore(second, dir.path());
        QVERIFY(finished(firstStore.load()));
        QVERIFY(finished(secondStore.load()));
        for (int i = 0; i < 2; ++i) {
            first.recordCall(kName, serverError(), 5ms);
            second.recordCall(kName, serverError(), 5ms);
        }
        const QFuture<bool> a = firstStore.flush();
        const QFuture<bool> b = secondStore.flush();
        QVERIFY(finished(a));
        QVERIFY(finished(b));
        // Whichever wrote last adopted the merged view: four failures in a row.
        QCOMPARE(std::max(first.breaker(kName)->consecutiveFailures(),
                          second.breaker(kName)->consecutiveFailures()),
                 4);
        ResilienceState third({}, {}, clock);
        ResilienceStore thirdStore(third, dir.path());
        QVERIFY(finished(thirdStore.load()));
        QCOMPARE(third.breaker(kName)->consecutiveFailures(), 4);
        QCOMPARE(third.health(kName).totalFailures(), 4);
        QCOMPARE(third.health(kName).history().size(), 4);
        third.recordCall(kName, serverError(), 5ms);
        QCOMPARE(third.breaker(kName)->state(), BreakerState::Open);
    }

    void eventsRecordedDuringASaveAreKept()
    {
        QTemporaryDir dir;
        FakeClock clock;
        ResilienceState state({}, {}, clock);
        ResilienceStore store(state, dir.path());
        state.recordCall(kName, serverError(), 5ms);
        const QFuture<bool> firstSave = store.flush();
        state.recordCall(kName, serverError(), 5ms); // while the first save may be on the worker
        const QFuture<bool> secondSave = store.flush();
        QVERIFY(finished(firstSave));
        QVERIFY(finished(secondSave));
        QCOMPARE(state.breaker(kName)->consecutiveFailures(), 2);
        ResilienceState reader({}, {}, clock);
        ResilienceStore readerStore(reader, dir.path());
        QVERIFY(finished(readerStore.load()));
        QCOMPARE(reader.breaker(kName)->consecutiveFailures(), 2);
        QCOMPARE(reader.health(kName).history().size(), 2);
    }

    void manualResetInOneProcessReachesTheOther()
    {
        QTemporaryDir dir;
        FakeClock clock;
        ResilienceState gui({}, {}, clock);
        ResilienceStore guiStore(gui, dir.path());
        QVERIFY(finished(guiStore.load()));
        gui.forceOpenBreaker(kName);
        QVERIFY(finished(guiStore.flush()));

        ResilienceState cli({}, {}, clock);
        ResilienceStore cliStore(cli, dir.path());
        QVERIFY(finished(cliStore.load()));
        QCOMPARE(cli.breaker(kName)->state(), BreakerState::ForcedOpen);
        cli.resetBreaker(kName);
        QVERIFY(finished(cliStore.flush()));

        QSignalSpy changed(&gui, &ResilienceState::breakerStateChanged);
        QVERIFY(finished(guiStore.flush())); // nothing of its own to write; adopts the file
        QCOMPARE(gui.breaker(kName)->state(), BreakerState::Closed);
        QCOMPARE(changed.count(), 1);
    }

    void attentionMergesByTime()
    {
        QTemporaryDir dir;
        FakeClock clock;
        ResilienceState a({}, {}, clock);
        ResilienceStore aStore(a, dir.path());
        a.markNeedsAttention(kName, QStringLiteral("auth 401: bad key"));
        QVERIFY(finished(aStore.flush()));
        ResilienceState b({}, {}, clock);
        ResilienceStore bStore(b, dir.path());
        QVERIFY(finished(bStore.load()));
        QCOMPARE(b.attentionReason(kName), QStringLiteral("auth 401: bad key"));
        clock.advance(1s);
        b.clearAttention(kName); // the user fixed the key
        QVERIFY(finished(bStore.flush()));
        QVERIFY(finished(aStore.flush()));
        QVERIFY(!a.needsAttention(kName));
    }

    void savesByItselfAfterTheDebounce()
    {
        QTemporaryDir dir;
        FakeClock clock;
        ResilienceState state({}, {}, clock);
        ResilienceStore store(state, dir.path());
        store.setSaveDelay(10ms);
        QSignalSpy saved(&store, &ResilienceStore::saved);
        state.recordCall(kName, std::nullopt, 5ms);
        state.recordCall(kName, std::nullopt, 5ms);
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(!state.hasPendingEvents());
        QVERIFY(QFile::exists(store.filePath()));
    }

    void destructorWritesWhatIsPending()
    {
        QTemporaryDir dir;
        FakeClock clock;
        {
            ResilienceState state({}, {}, clock);
            ResilienceStore store(state, dir.path());
            state.recordCall(kName, serverError(), 5ms);
        }
        ResilienceState reader({}, {}, clock);
        ResilienceStore readerStore(reader, dir.path());
        QVERIFY(finished(readerStore.load()));
        QCOMPARE(reader.health(kName).totalFailures(), 1);
    }

    void corruptFileIsMovedAsideAndTheRunContinues_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("{\"version\": 1, \"providers\": {");
        QTest::newRow("wrong version") << QByteArray("{\"version\": 99, \"providers\": {}}");
        QTest::newRow("bad breaker state") << QByteArray(
            "{\"version\": 1, \"providers\": {\"x\": {\"breaker\": {\"state\": \"AJAR\"}, \"health\": {}}}}");
        QTest::newRow("bad sample") << QByteArray(
            "{\"version\": 1, \"providers\": {\"x\": {\"breaker\": {\"state\": \"CLOSED\"}, \"health\": "
            "{\"samples\": [[1]]}}}}");
    }

    void corruptFileIsMovedAsideAndTheRunContinues()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        FakeClock clock;
        ResilienceState state({}, {}, clock);
        ResilienceStore store(state, dir.path());
        QFile file(store.filePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QSignalSpy moved(&store, &ResilienceStore::corruptFileMovedAside);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("was corrupt; it was moved to")));
        QVERIFY(finished(store.load()));
        QCOMPARE(moved.count(), 1);
        const QString movedTo = moved.at(0).at(0).toString();
        QCOMPARE(movedTo, store.filePath() + QStringLiteral(".corrupt-20260101-120000"));
        QFile aside(movedTo);
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), content); // kept for the user to inspect
        QCOMPARE(state.providers().contains(QStringLiteral("x")), false);
        state.recordCall(kName, std::nullopt, 5ms);
        QVERIFY(finished(store.flush()));
        ResilienceState reader({}, {}, clock);
        ResilienceStore readerStore(reader, dir.path());
        QVERIFY(finished(readerStore.load()));
        QCOMPARE(reader.health(kName).totalCalls(), 1);
    }

    void storesTakingTurnsKeepEveryCall()
    {
        // A store reuses the state it last read or wrote instead of parsing the file again, but
        // only while nobody else has written: each turn here must see the other's calls.
        QTemporaryDir dir;
        FakeClock clock;
        ResilienceState gui({}, {}, clock);
        ResilienceStore guiStore(gui, dir.path());
        ResilienceState cli({}, {}, clock);
        ResilienceStore cliStore(cli, dir.path());
        for (int turn = 0; turn < 3; ++turn) {
            clock.advance(1s);
            gui.recordCall(kName, std::nullopt, 10ms);
            QVERIFY(finished(guiStore.flush()));
            clock.advance(1s);
            cli.recordCall(kName, serverError(), 20ms);
            QVERIFY(finished(cliStore.flush()));
        }
        gui.recordCall(kName, std::nullopt, 10ms);
        QVERIFY(finished(guiStore.flush()));
        QVERIFY(finished(guiStore.flush())); // nothing new: the file is the store's own
        QCOMPARE(gui.health(kName).history().size(), 7);
        QCOMPARE(gui.health(kName).totalFailures(), 3);
        ResilienceState reader({}, {}, clock);
        ResilienceStore readerStore(reader, dir.path());
        QVERIFY(finished(readerStore.load()));
        QCOMPARE(reader.health(kName).history().size(), 7);
        QCOMPARE(reader.health(kName).totalCalls(), 7);
        QCOMPARE(reader.health(kName).toJsonText(), gui.health(kName).toJsonText());
    }

    void fileDamagedAfterTheStoresOwnWriteIsStillMovedAside()
    {
        QTemporaryDir dir;
        FakeClock clock;
        ResilienceState state({}, {}, clock);
        ResilienceStore store(state, dir.path());
        state.recordCall(kName, std::nullopt, 5ms);
        QVERIFY(finished(store.flush()));
        for (const QByteArray& damage : {QByteArray(), QByteArray("{\"version\": 1, \"provi")}) {
            QFile file(store.filePath());
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(damage);
            file.close();
            QSignalSpy moved(&store, &ResilienceStore::corruptFileMovedAside);
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(QStringLiteral("was corrupt; it was moved to")));
            state.recordCall(kName, std::nullopt, 5ms);
            QVERIFY(finished(store.flush()));
            QCOMPARE(moved.count(), 1);
            clock.advance(1s); // another name for the next file moved aside
        }
    }

    void everyKindOfSampleReadsBackAsItWasWritten()
    {
        // The history is written as text by hand (a full one is 90k samples): whatever a sample
        // holds must come back unchanged, and the text written again must be the same bytes.
        QTemporaryDir dir;
        FakeClock clock;
        ResilienceState state({}, {}, clock);
        ResilienceStore store(state, dir.path());
        state.recordCall(kName, std::nullopt, 1234ms);
        clock.advance(std::chrono::milliseconds(1));
        state.recordCall(
            kName, ProviderError::make(ErrorKind::Server, QStringLiteral("said \"no\" \\ \u00e9\n")), 7ms);
        state.recordCall(kName, ProviderError::make(ErrorKind::InvalidResponse, QStringLiteral("silent")),
                         30ms,
                         /*invalidAudio=*/true);
        state.recordProbe(kName, std::nullopt, 250ms, 0.125);
        state.recordProbe(kName, std::nullopt, 260ms, 1.0 / 3.0);
        state.recordProbe(kName, ProviderError::make(ErrorKind::Timeout, QStringLiteral("slow")), 30000ms);
        state.markNeedsAttention(kName, QStringLiteral("auth 401: «ключ» rejected"));
        QVERIFY(finished(store.flush()));

        ResilienceState reader({}, {}, clock);
        ResilienceStore readerStore(reader, dir.path());
        QVERIFY(finished(readerStore.load()));
        const SampleRing& written = state.health(kName).history();
        const SampleRing& read = reader.health(kName).history();
        QCOMPARE(read.size(), 6);
        for (int i = 0; i < read.size(); ++i)
            QCOMPARE(read.at(i), written.at(i));
        QCOMPARE(read.at(1).time.toMSecsSinceEpoch() - read.at(0).time.toMSecsSinceEpoch(), 1);
        QCOMPARE(*read.at(4).wer, 1.0 / 3.0);
        QVERIFY(read.at(2).invalidAudio);
        QCOMPARE(reader.attentionReason(kName), state.attentionReason(kName));
        QCOMPARE(reader.health(kName).toJsonText(), state.health(kName).toJsonText());
        QFile file(store.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        QJsonDocument::fromJson(file.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }

    void fiveProcessesAtOnceAddUpAndOpenTheBreakerForTheSixth()
    {
        QVERIFY2(QFile::exists(helperPath()), qPrintable(helperPath()));
        QTemporaryDir dir;
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 5; ++i) {
            processes.push_back(std::make_unique<QProcess>());
            processes.back()->start(helperPath(), {dir.path(), kName, QStringLiteral("1")});
        }
        for (auto& p : processes) {
            QVERIFY(p->waitForFinished(30000));
            QCOMPARE(p->exitCode(), 0);
        }
        QProcess sixth;
        sixth.start(helperPath(), {dir.path(), kName, QStringLiteral("0")});
        QVERIFY(sixth.waitForFinished(30000));
        QVERIFY2(sixth.readAllStandardOutput().startsWith("before=OPEN"),
                 "the sixth run did not see an open circuit");

        ResilienceState state;
        ResilienceStore store(state, dir.path());
        QVERIFY(finished(store.load()));
        QCOMPARE(state.breaker(kName)->state(), BreakerState::Open);
        QCOMPARE(state.health(kName).totalFailures(), 5);
        QCOMPARE(state.health(kName).history().size(), 5);
    }

    void processesOneAfterAnotherContinueEachOthersCount()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 4; ++i) {
            QProcess run;
            run.start(helperPath(), {dir.path(), kName, QStringLiteral("1")});
            QVERIFY(run.waitForFinished(30000));
            QCOMPARE(run.readAllStandardOutput(), QByteArray("before=CLOSED\nafter=CLOSED\n"));
        }
        QProcess fifth;
        fifth.start(helperPath(), {dir.path(), kName, QStringLiteral("1")});
        QVERIFY(fifth.waitForFinished(30000));
        QCOMPARE(fifth.readAllStandardOutput(), QByteArray("before=CLOSED\nafter=OPEN\n"));
    }
};

QTEST_GUILESS_MAIN(TestResilienceStore)
#include "tst_resiliencestore.moc"
