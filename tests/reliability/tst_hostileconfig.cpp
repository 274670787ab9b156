#include "core/config/configfile.h"
#include "core/resilience/resiliencestate.h"
#include "core/resilience/resiliencestore.h"
#include "core/runtime/runtime.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace vd;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

std::unique_ptr<Runtime> startRuntime(const QString& configPath, const QString& stateDir,
                                      QSignalSpy** movedAside = nullptr)
{
    RuntimeOptions options;
    options.configPath = configPath;
    options.stateDirectory = stateDir;
    options.keychainService = QStringLiteral("voicedeck-reliability-test");
    options.pluginPaths = QStringList{};
    auto created = Runtime::create(options);
    if (!created)
        return nullptr;
    std::unique_ptr<Runtime> runtime = std::move(created).value();
    if (movedAside)
        *movedAside = new QSignalSpy(&runtime->resilienceStore(), &ResilienceStore::corruptFileMovedAside);
    QSignalSpy ready(&runtime->readiness(), &Readiness::ready);
    runtime->start();
    if (!runtime->isReady() && !ready.wait(30000))
        return nullptr;
    return runtime;
}

void addConfigRows()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("hint"); // in the message: the dotted key or the problem
    QTest::newRow("empty") << QByteArray() << "is empty";
    QTest::newRow("whitespace") << QByteArray(" \n\t\n") << "is empty";
    QTest::newRow("not JSON") << QByteArray("providers = openai") << "not valid JSON";
    QTest::newRow("cut off mid-write")
        << QByteArray(R"({"version": 1, "routing": {"max_retr)") << "not valid JSON";
    QTest::newRow("invalid UTF-8") << QByteArray("{\"version\": 1, \"x\": \"\xff\xfe\"}") << "";
    QTest::newRow("NUL bytes") << QByteArray("{\"version\"\0: 1}", 15) << "";
    QTest::newRow("array at the top") << QByteArray("[1, 2, 3]") << "JSON object";
    QTest::newRow("nested 100000 deep") << QByteArray(100000, '[') << "";
    QTest::newRow("over 4 MiB") << QByteArray(R"({"version": 1, "x": ")") + QByteArray(5 << 20, 'a') + "\"}"
                                << "too large";
    QTest::newRow("version is a string") << QByteArray(R"({"version": "one"})") << "version";
    QTest::newRow("version from the future") << QByteArray(R"({"version": 99})") << "version";
    QTest::newRow("negative timeout")
        << QByteArray(R"({"version": 1, "routing": {"attempt_timeout_ms": -5}})")
        << "routing.attempt_timeout_ms";
    QTest::newRow("huge timeout") << QByteArray(R"({"version": 1, "routing": {"attempt_timeout_ms": 1e30}})")
                                  << "routing.attempt_timeout_ms";
    QTest::newRow("retries as a string")
        << QByteArray(R"({"version": 1, "routing": {"max_retries": "3"}})") << "routing.max_retries";
    QTest::newRow("fractional seconds")
        << QByteArray(R"({"version": 1, "breaker": {"open_seconds": 1.5}})") << "breaker.open_seconds";
    QTest::newRow("huge failure count")
        << QByteArray(R"({"version": 1, "breaker": {"consecutive_failures": 99999999999}})")
        << "breaker.consecutive_failures";
    QTest::newRow("providers is a list") << QByteArray(R"({"version": 1, "providers": []})") << "providers";
    QTest::newRow("negative priority")
        << QByteArray(R"({"version": 1, "providers": {"openai_stt": {"priority": -1}}})")
        << "providers.openai_stt.priority";
    QTest::newRow("enabled as a string")
        << QByteArray(R"({"version": 1, "providers": {"openai_stt": {"enabled": "yes"}}})")
        << "providers.openai_stt.enabled";
    QTest::newRow("section of the wrong type") << QByteArray(R"({"version": 1, "routing": 5})") << "routing";
}

} // namespace

// Hostile configuration and state files (issue #7). A config file with any problem is refused
// with messages naming the file, the dotted key and the fix; the runtime does not start on it;
// saving over it is refused; it stays byte for byte as the user wrote it. A state file corrupted
// mid-write is moved aside intact (never deleted) and the run continues from empty state.
class TestHostileConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_inputs = 0;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("OPENAI_API_KEY", "test-key");
        QVERIFY(m_dir.isValid());
    }
    void cleanupTestCase() { qInfo("hostile config and state: %d inputs", m_inputs); }

    void hostileConfigIsRefusedAndKept_data() { addConfigRows(); }
    void hostileConfigIsRefusedAndKept()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, hint);
        ++m_inputs;
        const QString dir = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-'));
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + QStringLiteral("/config.json");
        QVERIFY(writeAll(path, content));

        const auto loaded = ConfigFile::load(path);
        QVERIFY2(!loaded, "a hostile config must not load");
        QVERIFY(hasFatalError(loaded.error()));
        const QString message = configErrorsMessage(loaded.error());
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(hint, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(message.size() < 4000, "the message quotes a bounded part of the file");

        RuntimeOptions options;
        options.configPath = path;
        options.stateDirectory = dir + QStringLiteral("/state");
        options.pluginPaths = QStringList{};
        QVERIFY(!Runtime::create(options));
        QVERIFY(!ConfigFile::save(path, AppConfig{})); // never overwrites what it cannot read

        QCOMPARE(readAll(path), content);
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("config.json")});
    }

    // Issue #18: a FIFO hung every command; /dev/zero and a link to /dev/urandom report size 0
    // and were read without end until the process aborted.
    void nonRegularConfigIsRefusedWithoutOpeningIt_data()
    {
        QTest::addColumn<QString>("target"); // what the path is, or links to
        QTest::addColumn<QString>("kind");
        QTest::newRow("FIFO") << QString() << "FIFO";
        QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero") << QStringLiteral("character device");
        QTest::newRow("link to /dev/urandom")
            << QStringLiteral("link:/dev/urandom") << QStringLiteral("character device");
    }
    void nonRegularConfigIsRefusedWithoutOpeningIt()
    {
        QFETCH(QString, target);
        QFETCH(QString, kind);
        ++m_inputs;
        QString path = m_dir.filePath(QStringLiteral("special-") + QString::number(m_inputs));
        if (target.isEmpty())
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else if (target.startsWith(QLatin1String("link:")))
            QVERIFY(QFile::link(target.mid(5), path));
        else
            path = target;
        const auto loaded = ConfigFile::load(path);
        QVERIFY(!loaded);
        const QString message = configErrorsMessage(loaded.error());
        QVERIFY2(message.contains(path) && message.contains(kind), qPrintable(message));
        AppConfig changed;
        changed.routing.maxRetries = 4;
        QVERIFY(!ConfigFile::update(path, AppConfig{}, changed)); // nor written into
    }

    void brokenConfigLinkIsAWarningNamingIt_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::newRow("dangling") << "does not exist";
        QTest::newRow("loop") << "loop";
    }
    void brokenConfigLinkIsAWarningNamingIt()
    {
        QFETCH(QString, problem);
        ++m_inputs;
        const QString path = m_dir.filePath(QStringLiteral("link-%1.json").arg(m_inputs));
        if (QByteArray(QTest::currentDataTag()) == "loop") {
            QVERIFY(QFile::link(path + QStringLiteral(".other"), path));
            QVERIFY(QFile::link(path, path + QStringLiteral(".other")));
        } else {
            QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("moved-away.json")), path));
        }
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QRegularExpression::escape(path) + ".*symbolic link"));
        auto runtime = startRuntime(path, m_dir.filePath(QStringLiteral("link-state")));
        QVERIFY(runtime); // the defaults apply, as for a missing file, but not silently
        const QString warnings = configErrorsMessage(runtime->configWarnings());
        QVERIFY2(warnings.contains(path) && warnings.contains(QStringLiteral("broken symbolic link")) &&
                     warnings.contains(problem),
                 qPrintable(warnings));
    }

    // Unknown providers may be plugins that are absent today: a warning, not a refusal.
    void unknownProviderIsAWarning()
    {
        ++m_inputs;
        const QString path = m_dir.filePath(QStringLiteral("unknown.json"));
        const QByteArray content = R"({"version": 1, "providers": {"nope_stt": {"priority": 3}}})";
        QVERIFY(writeAll(path, content));
        auto runtime = startRuntime(path, m_dir.filePath(QStringLiteral("unknown-state")));
        QVERIFY(runtime);
        QVERIFY(configErrorsMessage(runtime->configWarnings()).contains(QLatin1String("nope_stt")));
        QCOMPARE(readAll(path), content);
    }

    // Issue #17: a file with problems in several places reports all of them, provider settings
    // included, and a consistency check is left out where a value it reads failed to parse.
    void everyProblemIsReportedAtOnce()
    {
        ++m_inputs;
        const QString path = m_dir.filePath(QStringLiteral("several.json"));
        const QByteArray content = R"({"version": 1,
            "breaker": {"window_calls": "many", "minimum_calls": 50},
            "health": {"probe_interval_seconds": -1},
            "providers": {"openai_stt": {"settings": {"response_format": "bogus"}},
                          "openai_tts": {"priority": -1, "settings": {"speed": 99}}}})";
        QVERIFY(writeAll(path, content));
        RuntimeOptions options;
        options.configPath = path;
        options.stateDirectory = m_dir.filePath(QStringLiteral("several-state"));
        options.pluginPaths = QStringList{};
        auto created = Runtime::create(options);
        QVERIFY(!created);
        QStringList keys;
        for (const ConfigError& problem : created.error())
            keys << problem.key;
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("breaker.window_calls"),
                                    QStringLiteral("health.probe_interval_seconds"),
                                    QStringLiteral("providers.openai_stt.settings.response_format"),
                                    QStringLiteral("providers.openai_tts.priority"),
                                    QStringLiteral("providers.openai_tts.settings.speed")}));
        QCOMPARE(readAll(path), content);
    }

    void corruptStateIsMovedAsideIntact_data()
    {
        QTest::addColumn<QByteArray>("content");
        const QByteArray valid = QJsonDocument::fromJson(R"({"version": 1, "updated": "2026-01-01T00:00:00Z",
            "providers": {"openai_stt": {"breaker": {"state": "CLOSED", "consecutive_reopens": 0,
            "consecutive_failures": 1, "window": "F"}, "health": {"total_calls": 1, "total_failures": 1,
            "consecutive_failures": 1, "samples": [[1767225600000, 12, "server", "DEGRADED", 0]]}}}})")
                                     .toJson(QJsonDocument::Compact);
        QTest::newRow("cut off mid-write") << valid.left(valid.size() / 2);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("zero-filled after a crash") << QByteArray(valid.size(), '\0');
        QTest::newRow("another format version")
            << QByteArray(valid).replace("\"version\":1", "\"version\":7");
        QTest::newRow("unknown breaker state") << QByteArray(valid).replace("CLOSED", "HALF_BROKEN");
        QTest::newRow("not an object") << QByteArray("[\"openai_stt\"]");
        QTest::newRow("binary garbage") << QByteArray::fromHex("89504e470d0a1a0aff00ff00");
    }
    void corruptStateIsMovedAsideIntact()
    {
        QFETCH(QByteArray, content);
        ++m_inputs;
        const QString dir = m_dir.filePath(QStringLiteral("state-") +
                                           QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-'));
        QVERIFY(QDir().mkpath(dir));
        const QString statePath = dir + QStringLiteral("/resilience-state.json");
        QVERIFY(writeAll(statePath, content));
        const QString configPath = dir + QStringLiteral("/config.json");
        QVERIFY(writeAll(configPath, R"({"version": 1})"));

        QSignalSpy* movedAside = nullptr;
        auto runtime = startRuntime(configPath, dir, &movedAside);
        std::unique_ptr<QSignalSpy> owner(movedAside);
        QVERIFY2(runtime, "a corrupt state file must not stop the program");
        QCOMPARE(movedAside->count(), 1);
        const QString movedTo = movedAside->at(0).at(0).toString();
        QVERIFY(movedTo.startsWith(statePath + QStringLiteral(".corrupt-")));
        QCOMPARE(readAll(movedTo), content); // kept for the user, byte for byte

        // The run continues from empty state and writes a valid file again.
        QVERIFY(runtime->resilience().providers().isEmpty() ||
                runtime->resilience().health(QStringLiteral("openai_stt")).totalCalls() == 0);
        runtime->resilience().recordCall(QStringLiteral("openai_stt"), std::nullopt,
                                         std::chrono::milliseconds(5));
        QFuture<bool> flushed = runtime->resilienceStore().flush();
        QTRY_VERIFY_WITH_TIMEOUT(flushed.isFinished(), 20000);
        QVERIFY(flushed.result());
        const QJsonDocument written = QJsonDocument::fromJson(readAll(statePath));
        QVERIFY(written.isObject());
        QVERIFY(written.object()
                    .value(QStringLiteral("providers"))
                    .toObject()
                    .contains(QStringLiteral("openai_stt")));
    }
};

QTEST_GUILESS_MAIN(TestHostileConfig)
#include "tst_hostileconfig.moc"
