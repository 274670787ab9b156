#include "tests/app/cli/clirunner.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

// The history commands against the real binary: what `speak`, `health` and `suite run` record,
// `history` with its filters, `suite history` and `suite diff` as a CI gate, concurrent CLI
// processes, and history databases that must be refused without being touched.
class TestCliHistory : public QObject
{
    Q_OBJECT

private:
    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;

    QString historyPath() const { return m_cli->dataPath() + QStringLiteral("/voicedeck/history.sqlite"); }

    CliRunner::Run speak(const QString& output)
    {
        return m_cli->run(
            {"speak", "hello there", "--provider", "flite_tts", "--output", m_cli->path(output)});
    }

    QJsonArray requests(const QStringList& filters = {})
    {
        const CliRunner::Run run = m_cli->run(QStringList{"history", "--json", "--limit", "1000"} + filters);
        if (run.exitCode != 0)
            qWarning() << run.err;
        return run.json()[u"requests"].toArray();
    }

    QString writeSuite(const QString& expected) const
    {
        static const QString clip =
            QStringLiteral(VOICEDECK_SOURCE_DIR "/examples/suites/smoke/clips/kitchen-lights.wav");
        const QString path = m_cli->path(QStringLiteral("suite.json"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(QJsonDocument(QJsonObject{{"version", 1},
                                                 {"name", "kitchen"},
                                                 {"cases", QJsonArray{QJsonObject{{"id", "lights"},
                                                                                  {"audio", clip},
                                                                                  {"expected", expected},
                                                                                  {"tolerance", 0.2}}}}})
                           .toJson());
        }
        return path;
    }

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        m_cli = std::make_unique<CliRunner>(*m_dir);
    }

    void anEmptyHistorySaysSo()
    {
        const CliRunner::Run run = m_cli->run({"history"});
        VD_COMPARE_EXIT(run, 0);
        QVERIFY2(run.out.startsWith("no requests recorded in "), run.out.constData());
    }

    void requestsAndProbesAreRecordedAndFiltered()
    {
        const CliRunner::Run speaking =
            speak("a.wav"); // VD_COMPARE_EXIT evaluates its argument more than once
        VD_COMPARE_EXIT(speaking, 0);
        const CliRunner::Run probed = m_cli->run({"health", "--provider", "flite_tts"});
        VD_COMPARE_EXIT(probed, 0);
        const QJsonArray all = requests();
        QVERIFY2(all.size() == 2, QJsonDocument(all).toJson().constData());
        const QJsonObject probe = all.at(0).toObject(); // newest first
        QCOMPARE(probe[u"operation"].toString(), QStringLiteral("probe"));
        QCOMPARE(probe[u"source"].toString(), QStringLiteral("health"));
        const QJsonObject spoken = all.at(1).toObject();
        QCOMPARE(spoken[u"operation"].toString(), QStringLiteral("synthesize"));
        QCOMPARE(spoken[u"source"].toString(), QStringLiteral("speak"));
        QCOMPARE(spoken[u"provider"].toString(), QStringLiteral("flite_tts"));
        QCOMPARE(spoken[u"outcome"].toString(), QStringLiteral("ok"));
        QCOMPARE(spoken[u"input_bytes"].toInt(), 11);
        QVERIFY(spoken[u"output_bytes"].toInt() > 44);
        QCOMPARE(spoken[u"route"][u"attempts"].toArray().size(), 1);

        QCOMPARE(requests({"--provider", "espeak_tts"}).size(), 0);
        QCOMPARE(requests({"--since", "1h"}).size(), 2);
        QCOMPARE(requests({"--since", "2000-01-01"}).size(), 2);
        QCOMPARE(requests({"--since", "2999-01-01T00:00:00Z"}).size(), 0);
        QCOMPARE(requests({"--limit", "1"}).size(), 1);

        const CliRunner::Run table = m_cli->run({"history"});
        VD_COMPARE_EXIT(table, 0);
        QVERIFY(table.out.startsWith("TIME "));
        QVERIFY(table.out.contains("synthesize speak      flite_tts        ok"));
    }

    void badFiltersAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("since") << QStringList{"--since", "yesterday"};
        QTest::newRow("limit") << QStringList{"--limit", "0"};
        QTest::newRow("argument") << QStringList{"everything"};
    }
    void badFiltersAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        const CliRunner::Run run = m_cli->run(QStringList{"history"} + arguments);
        VD_COMPARE_EXIT(run, 2);
        QVERIFY(run.out.isEmpty());
    }

    // Several CLI processes at once, all writing to the one database: no row is lost.
    void concurrentProcessesLoseNoRow()
    {
        constexpr int processes = 6;
        std::vector<std::unique_ptr<QProcess>> running;
        for (int i = 0; i < processes; ++i)
            running.push_back(m_cli->start({"speak", "hello", "--provider", "flite_tts", "--output",
                                            m_cli->path(QStringLiteral("%1.wav").arg(i))}));
        for (auto& process : running) {
            const CliRunner::Run run = CliRunner::finish(*process);
            VD_COMPARE_EXIT(run, 0);
        }
        QCOMPARE(requests().size(), processes);
    }

    void suiteRunsAreStoredListedAndDiffed()
    {
        const CliRunner::Run passing =
            m_cli->run({"suite", "run", writeSuite("turn on the kitchen lights")}, {}, 100000);
        VD_COMPARE_EXIT(passing, 0);
        const CliRunner::Run failing =
            m_cli->run({"suite", "run", writeSuite("open the garage door")}, {}, 100000);
        VD_COMPARE_EXIT(failing, 1);

        const CliRunner::Run listed = m_cli->run({"suite", "history", "--json"});
        VD_COMPARE_EXIT(listed, 0);
        const QJsonArray runs = listed.json()[u"runs"].toArray();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0)[u"id"].toInt(), 2); // newest first
        QCOMPARE(runs.at(0)[u"failed"].toInt(), 1);
        QCOMPARE(runs.at(1)[u"passed"].toInt(), 1);
        QCOMPARE(runs.at(1)[u"suite"][u"name"].toString(), QStringLiteral("kitchen"));
        const CliRunner::Run table = m_cli->run({"suite", "history"});
        QVERIFY2(QString::fromUtf8(table.out).contains(QRegularExpression("\\n +1 \\S+ \\S+ kitchen +1 +0")),
                 table.out.constData());

        const CliRunner::Run worse = m_cli->run({"suite", "diff", "1", "2", "--json"});
        VD_COMPARE_EXIT(worse, 1); // a CI gate
        QCOMPARE(worse.json()[u"regressed"].toBool(), true);
        QCOMPARE(worse.json()[u"counts"][u"new_failure"].toInt(), 1);
        QCOMPARE(worse.json()[u"changes"][0][u"key"].toString(), QStringLiteral("stt/lights@auto"));
        // The two runs' PocketSphinx latencies are the machine's, not the test's: under ASan on a
        // busy machine run 1 took over 500 ms (the default) longer, and that is a latency regression.
        const CliRunner::Run better =
            m_cli->run({"suite", "diff", "2", "1", "--latency-threshold-ms", "3600000"});
        VD_COMPARE_EXIT(better, 0);
        QVERIFY2(better.out.contains("fixed"), better.out.constData());
        QVERIFY(better.out.contains("0 regression(s), 1 fixed"));

        for (const QStringList& wrong :
             {QStringList{"suite", "diff", "1", "99"}, QStringList{"suite", "diff", "1"},
              QStringList{"suite", "diff", "1", "2", "--wer-threshold", "-1"}}) {
            const CliRunner::Run run = m_cli->run(wrong);
            VD_COMPARE_EXIT(run, 2);
        }
    }

    // A damaged database, or one of a newer VoiceDeck: the history commands refuse with exit 3
    // and a message naming the file; other commands do their job and warn; the file is untouched.
    void unusableDatabasesAreRefusedAndLeftAlone_data()
    {
        QTest::addColumn<bool>("newer");
        QTest::newRow("garbage") << false;
        QTest::newRow("newer schema") << true;
    }
    void unusableDatabasesAreRefusedAndLeftAlone()
    {
        QFETCH(bool, newer);
        const QString path = historyPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        if (newer) {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery(db).exec(QStringLiteral("CREATE TABLE requests (x)"));
                QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=999"));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("\x00\x01garbage", 9).repeated(500));
        }
        const QByteArray before = readAll(path);

        for (const QStringList& command : {QStringList{"history"}, QStringList{"suite", "history"},
                                           QStringList{"suite", "diff", "1", "2"}}) {
            const CliRunner::Run run = m_cli->run(command);
            VD_COMPARE_EXIT(run, 3);
            QVERIFY2(run.err.contains(path.toUtf8()), run.err.constData());
            QVERIFY2(run.err.contains(newer ? "newer VoiceDeck" : "damaged or not an SQLite file"),
                     run.err.constData());
            QVERIFY(run.err.contains("aside"));
        }
        const CliRunner::Run spoken = speak("a.wav");
        VD_COMPARE_EXIT(spoken, 0);
        QVERIFY(QFileInfo(m_cli->path("a.wav")).size() > 44);
        QVERIFY2(spoken.err.contains("warning: this run was not recorded in the history"),
                 spoken.err.constData());
        QCOMPARE(readAll(path), before);
    }
};

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_clihistory.moc"
