#include "tests/app/cli/clirunner.h"

#include <sys/stat.h>

namespace {

// A valid state entry; a dozen of them make a file of a few kilobytes.
QByteArray stateWithProviders(int count)
{
    QJsonObject providers;
    for (int i = 0; i < count; ++i) {
        providers.insert(QStringLiteral("plugin_%1_stt").arg(i),
                         QJsonDocument::fromJson(R"({"breaker": {"state": "CLOSED", "consecutive_reopens": 0,
                             "consecutive_failures": 1, "window": "F"}, "health": {"total_calls": 1,
                             "total_failures": 1, "consecutive_failures": 1, "samples": []}})")
                             .object());
    }
    return QJsonDocument(
               QJsonObject{{"version", 1}, {"updated", "2026-01-01T00:00:00Z"}, {"providers", providers}})
        .toJson();
}

} // namespace

// Saving breaker and health state from the CLI (issue #18). A change that does not reach the
// disk fails the command with exit 1 — not 3: the config file is not at fault — and a message
// naming the path and the operating system's reason; hostile state paths never hang a command.
class TestCliState : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;

    QString stateDir() const { return m_cli->dataPath() + QStringLiteral("/voicedeck"); }
    QString statePath() const { return stateDir() + QStringLiteral("/resilience-state.json"); }
    QByteArray stateBytes() const
    {
        QFile file(statePath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    void writeState(const QString& path, const QByteArray& data) const
    {
        QVERIFY(QDir().mkpath(stateDir()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(data), data.size());
    }
    CliRunner::Run openBreaker() const { return m_cli->run({"breaker", "open", "openai_stt"}); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cli = std::make_unique<CliRunner>(*m_dir);
    }

    // As root (CI) a chmod does not stop writes; a folder under a regular file fails for everyone.
    void stateFolderThatCannotBeCreatedFailsNamingIt()
    {
        const QString blocker = m_cli->path(QStringLiteral("plain-file"));
        writeState(blocker, "x");
        m_cli->setEnv(QStringLiteral("XDG_DATA_HOME"), blocker + QStringLiteral("/data"));
        const CliRunner::Run run = openBreaker();
        VD_COMPARE_EXIT(run, 1);
        QVERIFY2(run.err.contains(QFile::encodeName(blocker + QStringLiteral("/data/voicedeck"))),
                 run.err.constData());
        QVERIFY2(run.err.contains("Not a directory"), run.err.constData());
        QVERIFY2(!run.err.contains("another"), run.err.constData());
    }

    // A full disk, made with the file size limit (the same write error for root as for anyone).
    void failedWriteFailsNamingTheReasonAndKeepsTheOldFile()
    {
        const QByteArray before = stateWithProviders(12);
        QVERIFY(before.size() > 1024);
        writeState(statePath(), before);
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(m_cli->environment());
        process->start(QStringLiteral("/bin/sh"), {"-c", "trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\"",
                                                   CliRunner::binary(), "breaker", "open", "openai_stt"});
        const CliRunner::Run run = CliRunner::finish(*process);
        VD_COMPARE_EXIT(run, 1);
        QVERIFY2(run.err.contains(QFile::encodeName(statePath())), run.err.constData());
        QVERIFY2(run.err.contains("File too large"), run.err.constData());
        QCOMPARE(stateBytes(), before);
        // And nothing pretends otherwise next time.
        const CliRunner::Run next = m_cli->run({"providers", "--json"});
        VD_COMPARE_EXIT(next, 0);
        QVERIFY(!next.out.contains("FORCED_OPEN"));
    }

    void nonRegularStatePathsFailWithoutHanging_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("FIFO") << "FIFO";
        QTest::newRow("link to /dev/urandom") << "character device";
        QTest::newRow("link to /dev/full") << "character device";
        QTest::newRow("directory") << "directory";
    }
    void nonRegularStatePathsFailWithoutHanging()
    {
        QFETCH(QString, kind);
        QVERIFY(QDir().mkpath(stateDir()));
        const QByteArray tag = QTest::currentDataTag();
        if (tag == "FIFO")
            QCOMPARE(::mkfifo(QFile::encodeName(statePath()).constData(), 0600), 0);
        else if (tag == "directory")
            QVERIFY(QDir().mkpath(statePath()));
        else
            QVERIFY(QFile::link(QString::fromLatin1(tag.mid(8)), statePath()));
        const CliRunner::Run run = openBreaker();
        VD_COMPARE_EXIT(run, 1);
        QVERIFY2(run.err.contains(QFile::encodeName(statePath())), run.err.constData());
        QVERIFY2(run.err.contains(kind.toUtf8()), run.err.constData());
    }

    void lockPathThatIsADirectoryIsNamed()
    {
        QVERIFY(QDir().mkpath(statePath() + QStringLiteral(".lock")));
        const CliRunner::Run run = openBreaker();
        VD_COMPARE_EXIT(run, 1);
        QVERIFY2(run.err.contains(QFile::encodeName(statePath() + QStringLiteral(".lock"))),
                 run.err.constData());
        QVERIFY2(run.err.contains("is a directory"), run.err.constData());
        QVERIFY2(!run.err.contains("another"), run.err.constData());
    }

    void garbageLockFileDoesNotStopTheSave_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x00\x01garbage", 9);
        QTest::newRow("a live pid and nothing else") << QByteArray("1\n");
    }
    void garbageLockFileDoesNotStopTheSave()
    {
        QFETCH(QByteArray, content);
        writeState(statePath() + QStringLiteral(".lock"), content);
        const CliRunner::Run run = openBreaker();
        VD_COMPARE_EXIT(run, 0);
        // It used to wait for the stale time (30 s), blaming "another VoiceDeck process".
        QVERIFY2(!run.err.contains("lock"), run.err.constData());
        QVERIFY2(stateBytes().contains("FORCED_OPEN"), stateBytes().constData());
    }

    // kill -9 during a save leaves QSaveFile's "<name>.XXXXXX"; only those, and only old ones, go.
    void staleTemporaryFilesOfAKilledSaveAreRemoved()
    {
        const QDateTime old = QDateTime::currentDateTime().addSecs(-3600);
        const QStringList stale{"resilience-state.json.Ab12Cd", "resilience-state.json.zzzzzz"};
        const QStringList kept{"resilience-state.json.fresh1", "resilience-state.json.toolong7",
                               "resilience-state.json.a-b-c-", "other.json.Ab12Cd"};
        for (const QString& name : stale + kept) {
            writeState(stateDir() + QLatin1Char('/') + name, "{}");
            QFile file(stateDir() + QLatin1Char('/') + name);
            QVERIFY(file.open(QIODevice::ReadWrite));
            if (name != QLatin1String("resilience-state.json.fresh1"))
                QVERIFY(file.setFileTime(old, QFileDevice::FileModificationTime));
        }
        const CliRunner::Run run = openBreaker();
        VD_COMPARE_EXIT(run, 0);
        for (const QString& name : stale)
            QVERIFY2(!QFile::exists(stateDir() + QLatin1Char('/') + name), qPrintable(name));
        for (const QString& name : kept)
            QVERIFY2(QFile::exists(stateDir() + QLatin1Char('/') + name), qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestCliState)
#include "tst_clistate.moc"
