#include "core/history/historyschema.h"
#include "core/history/historystore.h"
#include "historychild.h"
#include "tests/support/fakeclock.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>
#include <optional>

using namespace vd;
using namespace vd::test;

namespace {

RequestRecord request(const QString& provider, const QDateTime& time,
                      const QString& outcome = QStringLiteral("ok"))
{
    RequestRecord r;
    r.time = time;
    r.operation = RequestRecord::kTranscribe;
    r.source = QStringLiteral("transcribe");
    r.provider = provider;
    r.outcome = outcome;
    r.latencyMs = 12.5;
    r.inputBytes = 32000;
    r.outputBytes = 18;
    r.attempts = 1;
    return r;
}

// Reads one value with a connection of the test's own, as another tool would.
QVariant rawValue(const QString& path, const QString& sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return value;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The history database: schema and WAL, round trips, retention, concurrent and killed writers,
// and files it must refuse without touching.
class TestHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
    }

    void newDatabaseIsMigratedToTheCurrentSchemaInWalMode()
    {
        const QString path = m_dir->filePath(QStringLiteral("new/history.sqlite"));
        { // the folder does not exist yet either
            auto store = HistoryStore::open(path);
            QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
        }
        QCOMPARE(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(),
                 HistorySchema::currentVersion());
        QCOMPARE(rawValue(path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        // Opening again runs no step twice.
        auto again = HistoryStore::open(path);
        QVERIFY(again);
        QCOMPARE(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(),
                 HistorySchema::currentVersion());
    }

    void requestsComeBackNewestFirstAndFiltered()
    {
        auto store = HistoryStore::open(m_dir->filePath(QStringLiteral("h.sqlite")));
        QVERIFY(store);
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
        RequestRecord failed = request(QStringLiteral("b_stt"), t0.addSecs(20), QStringLiteral("failed"));
        failed.errorKind = QStringLiteral("server");
        failed.errorMessage = QStringLiteral("503: overloaded");
        RouteStep attempt;
        attempt.provider = QStringLiteral("b_stt");
        attempt.decision = RouteDecision::Failed;
        attempt.error = ProviderError::make(ErrorKind::Server, QStringLiteral("overloaded"), 503);
        attempt.latencyMs = 12.5;
        attempt.attempt = 1;
        failed.trace.append(attempt);
        QVERIFY((*store)->addRequests({request(QStringLiteral("a_stt"), t0), failed,
                                       request(QStringLiteral("a_stt"), t0.addSecs(40))}));

        const auto all = (*store)->requests({});
        QVERIFY(all);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).time, t0.addSecs(40));
        QCOMPARE(all->at(1).errorKind, QStringLiteral("server"));
        QCOMPARE(all->at(1).errorMessage, QStringLiteral("503: overloaded"));
        QCOMPARE(all->at(1).trace.toJson(), failed.trace.toJson());
        QCOMPARE(all->at(1).trace.toText(), failed.trace.toText());
        QCOMPARE(all->at(2).inputBytes, qint64(32000));
        QCOMPARE(all->at(2).source, QStringLiteral("transcribe"));

        QCOMPARE((*store)->requests({QStringLiteral("b_stt"), {}, 50})->size(), 1);
        QCOMPARE((*store)->requests({{}, t0.addSecs(10), 50})->size(), 2);
        QCOMPARE((*store)->requests({{}, {}, 1})->size(), 1);
    }

    void suiteRunsKeepTheirCases()
    {
        auto store = HistoryStore::open(m_dir->filePath(QStringLiteral("h.sqlite")));
        QVERIFY(store);
        StoredSuiteRun run;
        run.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        run.finishedAt = run.startedAt.addSecs(5);
        run.suiteName = QStringLiteral("smoke");
        run.suitePath = QStringLiteral("/suites/smoke/suite.json");
        run.passed = 1;
        run.failed = 1;
        StoredCase passed{1,
                          QStringLiteral("greeting"),
                          QStringLiteral("stt"),
                          QStringLiteral("auto"),
                          QStringLiteral("a_stt"),
                          QStringLiteral("passed"),
                          0.0,
                          300.0,
                          {},
                          {}};
        StoredCase failed{2,
                          QStringLiteral("numbers"),
                          QStringLiteral("tts"),
                          QStringLiteral("b_tts"),
                          QString(),
                          QStringLiteral("failed"),
                          std::nullopt,
                          0.0,
                          QStringLiteral("auth"),
                          QStringLiteral("no key")};
        run.cases = {passed, failed};
        const auto id = (*store)->addSuiteRun(run);
        QVERIFY(id);

        const auto listed = (*store)->suiteRuns(10);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().id, *id);
        QCOMPARE(listed->first().suiteName, QStringLiteral("smoke"));
        QVERIFY(listed->first().cases.isEmpty());

        const auto read = (*store)->suiteRun(*id);
        QVERIFY(read && *read);
        const StoredSuiteRun& back = **read;
        QCOMPARE(back.startedAt, run.startedAt);
        QCOMPARE(back.cases.size(), 2);
        QVERIFY(back.cases.at(0).wer.has_value());
        QCOMPARE(*back.cases.at(0).wer, 0.0);
        QVERIFY(!back.cases.at(1).wer.has_value());
        QCOMPARE(back.cases.at(1).errorKind, QStringLiteral("auth"));
        QCOMPARE(back.cases.at(1).key(), QStringLiteral("tts/numbers@b_tts"));
        QVERIFY(!*(*store)->suiteRun(*id + 1));
    }

    void retentionDropsOldRowsWhenOpened()
    {
        FakeClock clock;
        const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
        clock.setWallNow(now);
        const QString path = m_dir->filePath(QStringLiteral("h.sqlite"));
        HistorySettings keepAll;
        keepAll.retentionDays = 3650;
        {
            auto store = HistoryStore::open(path, keepAll, clock);
            QVERIFY(store);
            QVERIFY((*store)->addRequests({request(QStringLiteral("old"), now.addDays(-91)),
                                           request(QStringLiteral("recent"), now.addDays(-89))}));
            StoredSuiteRun old;
            old.startedAt = old.finishedAt = now.addDays(-100);
            old.cases = {StoredCase{}};
            QVERIFY((*store)->addSuiteRun(old));
        }
        auto store = HistoryStore::open(path, HistorySettings{}, clock); // 90 days
        QVERIFY(store);
        const auto left = (*store)->requests({});
        QCOMPARE(left->size(), 1);
        QCOMPARE(left->first().provider, QStringLiteral("recent"));
        QCOMPARE(*(*store)->count(QStringLiteral("suite_runs")), qint64(0));
        QCOMPARE(*(*store)->count(QStringLiteral("suite_cases")), qint64(0)); // with their cases
    }

    void maxRowsKeepsTheNewest_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<QList<int>>("gaps"); // ids deleted before pruning
        QTest::addColumn<int>("removed");
        QTest::addColumn<QString>("oldestLeft");
        QTest::newRow("two over") << 5 << QList<int>{} << 2 << QStringLiteral("p2");
        QTest::newRow("exactly max_rows") << 3 << QList<int>{} << 0 << QStringLiteral("p0");
        // The ids span five, but only three rows are left: nothing is over the limit.
        QTest::newRow("gaps, within max_rows") << 5 << QList<int>{2, 3} << 0 << QStringLiteral("p0");
        QTest::newRow("gaps, one over") << 6 << QList<int>{2, 3} << 1 << QStringLiteral("p3");
    }
    void maxRowsKeepsTheNewest()
    {
        QFETCH(int, rows);
        QFETCH(QList<int>, gaps);
        QFETCH(int, removed);
        QFETCH(QString, oldestLeft);
        HistorySettings settings;
        settings.maxRows = 3;
        const QString path = m_dir->filePath(QStringLiteral("h.sqlite"));
        auto store = HistoryStore::open(path, settings);
        QVERIFY(store);
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        QList<RequestRecord> records;
        for (int i = 0; i < rows; ++i)
            records << request(QStringLiteral("p%1").arg(i), t0.addSecs(i));
        QVERIFY((*store)->addRequests(records));
        for (int id : gaps)
            rawValue(path, QStringLiteral("DELETE FROM requests WHERE id = %1").arg(id));
        QCOMPARE(*(*store)->prune(), removed);
        const auto left = (*store)->requests({});
        QCOMPARE(left->size(), qsizetype(std::min(3, rows - int(gaps.size()))));
        QCOMPARE(left->last().provider, oldestLeft);
    }

    void unusableFilesAreReportedAndLeftAlone_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("kind");
        QTest::newRow("garbage") << QByteArray("this is not a database\n").repeated(200)
                                 << int(HistoryError::Kind::Corrupt);
        QTest::newRow("sqlite header, garbage pages")
            << QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\xA5')
            << int(HistoryError::Kind::Corrupt);
        QTest::newRow("newer schema") << QByteArray() << int(HistoryError::Kind::NewerSchema);
    }
    void unusableFilesAreReportedAndLeftAlone()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, kind);
        const QString path = m_dir->filePath(QStringLiteral("h.sqlite"));
        if (content.isEmpty()) { // a database from a future VoiceDeck
            rawValue(path, QStringLiteral("CREATE TABLE future (x)"));
            rawValue(path, QStringLiteral("PRAGMA user_version=%1").arg(HistorySchema::currentVersion() + 1));
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const QByteArray before = readAll(path);
        QVERIFY(!before.isEmpty());

        auto store = HistoryStore::open(path);
        QVERIFY(!store);
        QCOMPARE(int(store.error().kind), kind);
        const QString message = store.error().message();
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("move the file aside")) ||
                     message.contains(QStringLiteral("move it aside")),
                 qPrintable(message));
        QCOMPARE(readAll(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) ||
                readAll(path + QStringLiteral("-wal")).isEmpty());
    }

    // Several writers at once, each on its own thread and connection (as several CLI processes
    // are): every row arrives, including while the first of them creates the schema.
    void concurrentWritersLoseNoRow()
    {
        const QString path = m_dir->filePath(QStringLiteral("h.sqlite"));
        constexpr int writers = 6;
        constexpr int batches = 20;
        constexpr int rows = 25;
        std::atomic<int> failures = 0;
        QList<QThread*> threads;
        for (int w = 0; w < writers; ++w) {
            threads << QThread::create([&, w] {
                auto store = HistoryStore::open(path);
                if (!store) {
                    qWarning() << store.error().message();
                    ++failures;
                    return;
                }
                for (int b = 0; b < batches; ++b) {
                    QList<RequestRecord> batch;
                    for (int r = 0; r < rows; ++r)
                        batch << request(QStringLiteral("writer%1").arg(w), QDateTime::currentDateTimeUtc());
                    if (auto written = (*store)->addRequests(batch); !written) {
                        qWarning() << written.error().message();
                        ++failures;
                    }
                }
            });
        }
        for (QThread* thread : threads)
            thread->start();
        for (QThread* thread : threads) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        QCOMPARE(failures.load(), 0);
        auto store = HistoryStore::open(path);
        QVERIFY(store);
        QCOMPARE(*(*store)->count(QStringLiteral("requests")), qint64(writers * batches * rows));
    }

    // Processes that open, add one row and close, over and over, as one CLI command after another
    // does: a connection opening while the last other one closes (SQLite then checkpoints and
    // removes the WAL under an exclusive lock) gets SQLITE_BUSY at once, which opening must ride
    // out. Threads of one process do not meet it: SQLite shares one set of locks among them.
    void processesOpeningAndClosingTogetherLoseNoRow()
    {
        const QString path = m_dir->filePath(QStringLiteral("h.sqlite"));
        constexpr int processes = 6;
        constexpr int commands = 25;
        std::vector<std::unique_ptr<QProcess>> children;
        for (int p = 0; p < processes; ++p) {
            auto child = std::make_unique<QProcess>();
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("VD_HISTORY_CHILD"), path);
            environment.insert(QStringLiteral("VD_HISTORY_CHILD_COMMANDS"), QString::number(commands));
            child->setProcessEnvironment(environment);
            child->start(QCoreApplication::applicationFilePath(), {});
            children.push_back(std::move(child));
        }
        for (auto& child : children) {
            QVERIFY(child->waitForFinished(120000));
            QVERIFY2(child->exitStatus() == QProcess::NormalExit && child->exitCode() == 0,
                     child->readAllStandardError().constData());
        }
        auto store = HistoryStore::open(path);
        QVERIFY(store);
        QCOMPARE(*(*store)->count(QStringLiteral("requests")), qint64(processes * commands));
    }

    // A writer killed with SIGKILL between (or in the middle of) commits leaves a database that
    // opens, passes SQLite's integrity check, holds every committed batch and takes new rows.
    void killedWriterLeavesAUsableDatabase()
    {
        const QString path = m_dir->filePath(QStringLiteral("h.sqlite"));
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("VD_HISTORY_CHILD"), path);
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        qint64 committed = 0;
        QByteArray pending;
        while (committed < 30) {
            QVERIFY2(child.state() == QProcess::Running || child.bytesAvailable() > 0,
                     child.readAllStandardError().constData());
            QVERIFY(child.waitForReadyRead(30000));
            pending += child.readAllStandardOutput();
            const qsizetype lastLine = pending.lastIndexOf("batch ");
            const qsizetype end = pending.indexOf('\n', lastLine);
            if (lastLine >= 0 && end > lastLine)
                committed = pending.mid(lastLine + 6, end - lastLine - 6).toLongLong();
        }
        child.kill(); // SIGKILL: no destructor, no checkpoint
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        auto store = HistoryStore::open(path);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
        QVERIFY(*(*store)->count(QStringLiteral("requests")) >= committed * 100);
        QVERIFY((*store)->addRequests({request(QStringLiteral("after"), QDateTime::currentDateTimeUtc())}));
        QCOMPARE(rawValue(path, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

private:
    std::optional<QTemporaryDir> m_dir; // a fresh one per test
};

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsSet("VD_HISTORY_CHILD")) {
        QCoreApplication app(argc, argv);
        return runHistoryChild(qgetenv("VD_HISTORY_CHILD").constData());
    }
    QCoreApplication app(argc, argv);
    TestHistoryStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_historystore.moc"
