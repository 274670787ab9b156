#include "configtestfiles.h"
#include "core/config/configfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>

using namespace vd;
using vd::test::readFile;
using vd::test::writeFile;

namespace {

const QByteArray kUserFile = R"({
  "version": 1,
  "comment": "kept",
  "future_section": {"x": [1, 2]},
  "providers": {
    "openai_stt": {"enabled": true, "priority": 10, "note": "mine",
                   "settings": {"model": "whisper-1", "unknown_setting": 3}},
    "my_plugin": {"settings": {"a": "b"}}
  },
  "routing": {"max_retries": 2, "routing_extra": true},
  "breaker": {"window_calls": 30, "open_backoff_multiplier": 1.5},
  "health": {"history_hours": 48, "health_extra": "z"}
})";

} // namespace

class TestConfigFile : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_temp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_temp->isValid());
    }

    void missingFileMeansDefaults()
    {
        const auto config = ConfigFile::load(m_temp->filePath(QStringLiteral("absent/config.json")));
        QVERIFY(config);
        QCOMPARE(*config, AppConfig{});
        QCOMPARE(config->routing, RoutingSettings{});
        QCOMPARE(config->breaker, BreakerSettings{});
        QCOMPARE(config->health, HealthSettings{});
    }

    void readsValuesOfEverySection()
    {
        const QString path = m_temp->filePath(QStringLiteral("config.json"));
        writeFile(path, kUserFile);
        const auto config = ConfigFile::load(path);
        QVERIFY2(config, qPrintable(config ? QString() : configErrorsMessage(config.error())));
        QCOMPARE(config->routing.maxRetries, 2);
        QCOMPARE(config->breaker.windowCalls, 30);
        QCOMPARE(config->breaker.openBackoffMultiplier, 1.5);
        QCOMPARE(config->health.historyHours, 48);
        QCOMPARE(config->providers.value(QStringLiteral("openai_stt")).priority, std::optional<int>(10));
        QCOMPARE(config->providers.value(QStringLiteral("openai_stt")).enabled, std::optional<bool>(true));
        QCOMPARE(config->providers.value(QStringLiteral("my_plugin")).priority, std::nullopt);
        QCOMPARE(config->providers.value(QStringLiteral("openai_stt"))
                     .settings.value(QStringLiteral("model"))
                     .toString(),
                 QStringLiteral("whisper-1"));
    }

    void roundTripKeepsUnknownKeysAtEveryLevel()
    {
        const QString path = m_temp->filePath(QStringLiteral("config.json"));
        writeFile(path, kUserFile);
        auto config = ConfigFile::load(path);
        QVERIFY(config);
        config->breaker.openSeconds = 120;
        config->providers[QStringLiteral("openai_stt")].priority = 5;
        config->providers[QStringLiteral("google_tts")].enabled = false;
        QVERIFY(ConfigFile::save(path, *config));

        const auto again = ConfigFile::load(path);
        QVERIFY(again);
        QCOMPARE(again->breaker.openSeconds, 120);
        QCOMPARE(again->breaker.windowCalls, 30);
        QCOMPARE(again->providers.value(QStringLiteral("openai_stt")).priority, std::optional<int>(5));
        QCOMPARE(again->providers.value(QStringLiteral("google_tts")).enabled, std::optional<bool>(false));

        const QJsonObject root = QJsonDocument::fromJson(readFile(path)).object();
        QCOMPARE(root.value(QStringLiteral("comment")).toString(), QStringLiteral("kept"));
        QCOMPARE(root.value(QStringLiteral("future_section"))
                     .toObject()
                     .value(QStringLiteral("x"))
                     .toArray()
                     .size(),
                 2);
        const QJsonObject openai =
            root.value(QStringLiteral("providers")).toObject().value(QStringLiteral("openai_stt")).toObject();
        QCOMPARE(openai.value(QStringLiteral("note")).toString(), QStringLiteral("mine"));
        QCOMPARE(openai.value(QStringLiteral("settings"))
                     .toObject()
                     .value(QStringLiteral("unknown_setting"))
                     .toInt(),
                 3);
        QVERIFY(root.value(QStringLiteral("providers")).toObject().contains(QStringLiteral("my_plugin")));
        QCOMPARE(
            root.value(QStringLiteral("routing")).toObject().value(QStringLiteral("routing_extra")).toBool(),
            true);
        QCOMPARE(
            root.value(QStringLiteral("health")).toObject().value(QStringLiteral("health_extra")).toString(),
            QStringLiteral("z"));
    }

    void saveWritesOnlyWhatIsSet()
    {
        AppConfig config;
        config.breaker.halfOpenCalls = 2;
        config.providers[QStringLiteral("flite_tts")].priority = 50;
        const QString path = m_temp->filePath(QStringLiteral("config.json"));
        QVERIFY(ConfigFile::save(path, config));
        const QJsonObject expected{
            {QStringLiteral("version"), 1},
            {QStringLiteral("breaker"), QJsonObject{{QStringLiteral("half_open_calls"), 2}}},
            {QStringLiteral("providers"),
             QJsonObject{{QStringLiteral("flite_tts"), QJsonObject{{QStringLiteral("priority"), 50}}}}},
        };
        QCOMPARE(QJsonDocument::fromJson(readFile(path)).object(), expected);
    }

    void saveCreatesTheDirectoryWithAPrivateFile()
    {
        const QString path = m_temp->filePath(QStringLiteral("new/deeper/config.json"));
        QVERIFY(ConfigFile::save(path, AppConfig{}));
        QCOMPARE(QJsonDocument::fromJson(readFile(path)).object(),
                 (QJsonObject{{QStringLiteral("version"), 1}}));
        QCOMPARE(QFile::permissions(path) &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
    }

    void corruptFileIsReportedAndLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("problem");

        QTest::newRow("empty") << QByteArray() << QString() << "is empty";
        QTest::newRow("whitespace") << QByteArray(" \n\t") << QString() << "is empty";
        QTest::newRow("not json") << QByteArray("{\n  \"version\": 1,\n  oops\n}") << QString()
                                  << "not valid JSON at line 3, column";
        QTest::newRow("array root") << QByteArray("[1, 2]") << QString() << "not an array";
        QTest::newRow("plain value") << QByteArray("\"hello\"") << QString() << "not valid JSON";
        QTest::newRow("future version") << QByteArray(R"({"version": 2})") << "version"
                                        << "version 2 is not supported";
        QTest::newRow("version as text") << QByteArray(R"({"version": "1"})") << "version"
                                         << "must be the integer 1";
        QTest::newRow("providers not object") << QByteArray(R"({"providers": []})") << "providers"
                                              << "JSON object";
        QTest::newRow("provider not object")
            << QByteArray(R"({"providers": {"openai_stt": 3}})") << "providers.openai_stt"
            << "JSON object";
        QTest::newRow("priority as text")
            << QByteArray(R"({"providers": {"openai_stt": {"priority": "high"}}})")
            << "providers.openai_stt.priority"
            << "not a string";
        QTest::newRow("negative priority") << QByteArray(R"({"providers": {"openai_stt": {"priority": -1}}})")
                                           << "providers.openai_stt.priority"
                                           << "from 0";
        QTest::newRow("enabled as text")
            << QByteArray(R"({"providers": {"x": {"enabled": "yes"}}})") << "providers.x.enabled"
            << "true or false";
        QTest::newRow("settings not object")
            << QByteArray(R"({"providers": {"x": {"settings": "a"}}})") << "providers.x.settings"
            << "JSON object";
        QTest::newRow("section not object") << QByteArray(R"({"breaker": 5})") << "breaker"
                                            << "JSON object";
        QTest::newRow("negative timeout")
            << QByteArray(R"({"routing": {"attempt_timeout_ms": -5}})") << "routing.attempt_timeout_ms"
            << "got -5";
        QTest::newRow("huge number") << QByteArray(R"({"routing": {"request_deadline_ms": 1e20}})")
                                     << "routing.request_deadline_ms"
                                     << "got 1e+20";
        QTest::newRow("fraction for integer")
            << QByteArray(R"({"routing": {"max_retries": 1.5}})") << "routing.max_retries"
            << "must be an integer";
        QTest::newRow("timeout as text") << QByteArray(R"({"health": {"probe_interval_seconds": "60"}})")
                                         << "health.probe_interval_seconds"
                                         << "not a string";
        QTest::newRow("window zero") << QByteArray(R"({"breaker": {"window_calls": 0}})")
                                     << "breaker.window_calls"
                                     << "got 0";
        QTest::newRow("percent over 100")
            << QByteArray(R"({"breaker": {"failure_rate_percent": 101}})") << "breaker.failure_rate_percent"
            << "from 1 to 100";
        QTest::newRow("multiplier below 1") << QByteArray(R"({"breaker": {"open_backoff_multiplier": 0.5}})")
                                            << "breaker.open_backoff_multiplier"
                                            << "got 0.5";
        QTest::newRow("no half-open calls")
            << QByteArray(R"({"breaker": {"half_open_calls": 0}})") << "breaker.half_open_calls"
            << "got 0";
        QTest::newRow("minimum above window")
            << QByteArray(R"({"breaker": {"window_calls": 5, "minimum_calls": 10}})")
            << "breaker.minimum_calls"
            << "more than breaker.window_calls";
        QTest::newRow("open above max")
            << QByteArray(R"({"breaker": {"open_seconds": 4000}})") << "breaker.open_seconds"
            << "open_seconds_max";
    }

    void corruptFileIsReportedAndLeftUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, key);
        QFETCH(QString, problem);
        const QString path = m_temp->filePath(QStringLiteral("config.json"));
        writeFile(path, content);

        const auto config = ConfigFile::load(path);
        QVERIFY(!config);
        const ConfigError& error = config.error().first();
        QCOMPARE(error.file, path);
        QCOMPARE(error.key, key);
        QVERIFY2(error.problem.contains(problem), qPrintable(error.problem));
        QVERIFY(error.message().startsWith(path));
        QCOMPARE(readFile(path), content);

        // Nothing may overwrite it either, until it is fixed or moved aside.
        const auto saved = ConfigFile::save(path, AppConfig{});
        QVERIFY(!saved);
        QVERIFY(saved.error().first().problem.contains(QStringLiteral("move the file aside")));
        QCOMPARE(readFile(path), content);
    }

    void reportsEveryProblemNotJustTheFirst()
    {
        const QString path = m_temp->filePath(QStringLiteral("config.json"));
        writeFile(path, R"({"routing": {"max_retries": -1}, "health": {"history_hours": 0}})");
        const auto config = ConfigFile::load(path);
        QVERIFY(!config);
        QCOMPARE(config.error().size(), 2);
        QStringList keys{config.error()[0].key, config.error()[1].key};
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("health.history_hours"),
                                    QStringLiteral("routing.max_retries")}));
    }

    void invalidConfigIsNotSaved()
    {
        const QString path = m_temp->filePath(QStringLiteral("config.json"));
        writeFile(path, kUserFile);
        auto config = ConfigFile::load(path);
        QVERIFY(config);
        config->breaker.windowCalls = 0;
        const auto saved = ConfigFile::save(path, *config);
        QVERIFY(!saved);
        QCOMPARE(saved.error().first().key, QStringLiteral("breaker.window_calls"));
        QCOMPARE(readFile(path), kUserFile);
    }

    void failedWriteKeepsTheOldFile()
    {
        // A file-size limit makes the write fail part-way, like a full disk, even for root.
        const QString path = m_temp->filePath(QStringLiteral("config.json"));
        writeFile(path, kUserFile);
        auto config = ConfigFile::load(path);
        QVERIFY(config);
        config->providers[QStringLiteral("big")].settings.insert(QStringLiteral("text"),
                                                                 QString(4096, QLatin1Char('x')));

        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit previous{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &previous), 0);
        rlimit small = previous;
        small.rlim_cur = 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const auto saved = ConfigFile::save(path, *config);
        setrlimit(RLIMIT_FSIZE, &previous);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!saved);
        QVERIFY2(saved.error().first().problem.contains(QStringLiteral("previous file is unchanged")),
                 qPrintable(saved.error().first().problem));
        QCOMPARE(readFile(path), kUserFile);
        QCOMPARE(QDir(m_temp->path()).entryList(QDir::Files), QStringList{QStringLiteral("config.json")});
    }

    void readOnlyDirectoryGivesAClearError()
    {
        if (geteuid() == 0)
            QSKIP("root ignores directory permissions; failedWriteKeepsTheOldFile covers atomicity");
        const QString dir = m_temp->filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + QStringLiteral("/config.json");
        writeFile(path, kUserFile);
        QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
        const auto saved = ConfigFile::save(path, AppConfig{});
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!saved);
        QVERIFY(saved.error().first().message().contains(dir));
        QCOMPARE(readFile(path), kUserFile);
    }

    void uncreatableDirectoryGivesAClearError()
    {
        const QString blocker = m_temp->filePath(QStringLiteral("plain-file"));
        writeFile(blocker, "x");
        const auto saved = ConfigFile::save(blocker + QStringLiteral("/sub/config.json"), AppConfig{});
        QVERIFY(!saved);
        QVERIFY2(saved.error().first().problem.contains(QStringLiteral("cannot be created")),
                 qPrintable(saved.error().first().problem));
    }

    void moveAsideRenamesWithATimestamp()
    {
        const QString path = m_temp->filePath(QStringLiteral("config.json"));
        const QDateTime when(QDate(2024, 3, 5), QTime(14, 7, 9));
        writeFile(path, "broken");
        const auto first = ConfigFile::moveAside(path, when);
        QVERIFY(first);
        QCOMPARE(*first, path + QStringLiteral(".corrupt-20240305-140709"));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(readFile(*first), QByteArray("broken"));

        writeFile(path, "broken again");
        const auto second = ConfigFile::moveAside(path, when);
        QVERIFY(second);
        QCOMPARE(*second, path + QStringLiteral(".corrupt-20240305-140709-2"));
        QCOMPARE(readFile(*first), QByteArray("broken"));
        QCOMPARE(readFile(*second), QByteArray("broken again"));

        const auto defaults = ConfigFile::load(path);
        QVERIFY(defaults);
        QCOMPARE(*defaults, AppConfig{});
    }

    void moveAsideOfAMissingFileFails()
    {
        const auto moved = ConfigFile::moveAside(m_temp->filePath(QStringLiteral("nothing.json")));
        QVERIFY(!moved);
        QVERIFY(moved.error().problem.contains(QStringLiteral("does not exist")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_temp;
};

QTEST_GUILESS_MAIN(TestConfigFile)
#include "tst_configfile.moc"
