#include "configtestfiles.h"
#include "core/config/configfile.h"
#include "core/config/configpatch.h"

#include <QFile>
#include <QJsonDocument>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vd;
using vd::test::readFile;
using vd::test::writeFile;

namespace {

QJsonObject parse(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

// ConfigFile::update and its ConfigPatch (issues #16, #18): a writer changes only the keys it
// changed, in the file as it is now, so that nothing another process wrote meanwhile is lost.
class TestConfigUpdate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patchHoldsOnlyTheChangedKeys_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QByteArray>("onDisk");   // the file now, changed by someone else
        QTest::addColumn<QByteArray>("expected"); // onDisk with the patch applied
        QTest::newRow("one value set") << QByteArray(R"({"a": {"x": 1}})") << QByteArray(R"({"a": {"x": 2}})")
                                       << QByteArray(R"({"a": {"x": 1, "y": 7}, "b": 3})")
                                       << QByteArray(R"({"a": {"x": 2, "y": 7}, "b": 3})");
        QTest::newRow("new nested value")
            << QByteArray(R"({})") << QByteArray(R"({"p": {"q": {"r": true}}})")
            << QByteArray(R"({"p": {"s": 1}})") << QByteArray(R"({"p": {"q": {"r": true}, "s": 1}})");
        QTest::newRow("value removed")
            << QByteArray(R"({"a": {"x": 1, "y": 2}})") << QByteArray(R"({"a": {"y": 2}})")
            << QByteArray(R"({"a": {"x": 1, "y": 5}})") << QByteArray(R"({"a": {"y": 5}})");
        QTest::newRow("whole entry removed")
            << QByteArray(R"({"p": {"n": {"e": true}}})") << QByteArray(R"({"p": {}})")
            << QByteArray(R"({"p": {"n": {"e": true, "f": 1}, "m": 2}})") << QByteArray(R"({"p": {"m": 2}})");
        QTest::newRow("arrays are one value")
            << QByteArray(R"({"l": [1, 2]})") << QByteArray(R"({"l": [1, 3]})") << QByteArray(R"({"l": [9]})")
            << QByteArray(R"({"l": [1, 3]})");
        QTest::newRow("nothing changed") << QByteArray(R"({"a": 1})") << QByteArray(R"({"a": 1})")
                                         << QByteArray(R"({"a": 2})") << QByteArray(R"({"a": 2})");
    }
    void patchHoldsOnlyTheChangedKeys()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(QByteArray, onDisk);
        QFETCH(QByteArray, expected);
        const ConfigPatch patch = ConfigPatch::between(parse(before), parse(after));
        QCOMPARE(patch.applyTo(parse(onDisk)), parse(expected));
        QCOMPARE(patch.applyTo(parse(before)), parse(after));
    }

    void updateKeepsWhatAnotherProcessWroteMeanwhile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        writeFile(path, R"({"version": 1, "routing": {"max_retries": 1}})");
        const auto base = ConfigFile::load(path);
        QVERIFY(base);
        // Someone else (`voicedeck-cli config set`) changes two other keys.
        writeFile(path, R"({"version": 1, "routing": {"max_retries": 1}, "breaker": {"open_seconds": 99},
                            "mine": "kept"})");
        AppConfig changed = *base;
        changed.routing.maxRetries = 4;
        const auto merged = ConfigFile::update(path, *base, changed);
        QVERIFY2(merged, qPrintable(configErrorsMessage(merged ? ConfigErrors{} : merged.error())));
        QCOMPARE(merged->routing.maxRetries, 4);
        QCOMPARE(merged->breaker.openSeconds, 99);
        const QJsonObject onDisk = parse(readFile(path));
        QCOMPARE(onDisk[u"routing"][u"max_retries"].toInt(), 4);
        QCOMPARE(onDisk[u"breaker"][u"open_seconds"].toInt(), 99);
        QCOMPARE(onDisk[u"mine"].toString(), QStringLiteral("kept"));
        QCOMPARE(*ConfigFile::load(path), *merged); // what update() returns is what the file holds
    }

    void updateRefusesAMergeThatIsInvalidAsAWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        writeFile(path, R"({"version": 1})");
        const auto base = ConfigFile::load(path);
        QVERIFY(base);
        const QByteArray other = R"({"version": 1, "breaker": {"window_calls": 10, "minimum_calls": 10}})";
        writeFile(path, other);
        AppConfig changed = *base;
        changed.breaker.minimumCalls = 15; // valid against the default window of 20, not against 10
        const auto merged = ConfigFile::update(path, *base, changed);
        QVERIFY(!merged);
        QVERIFY2(configErrorsMessage(merged.error()).contains(QStringLiteral("breaker.minimum_calls")),
                 qPrintable(configErrorsMessage(merged.error())));
        QCOMPARE(readFile(path), other);
    }

    void updateWaitsForTheLockAndNamesItsHolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        QLockFile held(path + QStringLiteral(".lock"));
        QVERIFY(held.tryLock(0));
        AppConfig changed;
        changed.routing.maxRetries = 4;
        const auto merged = ConfigFile::update(path, AppConfig{}, changed);
        QVERIFY(!merged);
        const QString message = configErrorsMessage(merged.error());
        QVERIFY2(message.contains(QStringLiteral("pid %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(message));
        QVERIFY(!QFile::exists(path));
    }

    // kill -9 during a save leaves QSaveFile's "config.json.XXXXXX"; only old ones of that name go.
    void staleTemporaryFilesOfAKilledSaveAreRemoved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        const QString stale = path + QStringLiteral(".Xy12Zw");
        const QStringList kept{path + QStringLiteral(".fresh1"), path + QStringLiteral(".corrupt-1"),
                               path + QStringLiteral(".a-b-c-")};
        for (const QString& name : kept + QStringList{stale}) {
            writeFile(name, "{");
            QFile file(name);
            QVERIFY(file.open(QIODevice::ReadWrite));
            if (!name.endsWith(QLatin1String(".fresh1")))
                QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                                         QFileDevice::FileModificationTime));
        }
        AppConfig changed;
        changed.routing.maxRetries = 4;
        QVERIFY(ConfigFile::update(path, AppConfig{}, changed));
        QVERIFY(!QFile::exists(stale));
        for (const QString& name : kept)
            QVERIFY2(QFile::exists(name), qPrintable(name));
    }

    void unusableLockFilesAreHandledAtOnce_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x89PNG garbage\n");
        QTest::newRow("text") << QByteArray("locked by me\n");
        QTest::newRow("a live pid and nothing else") << QByteArray("1\n");
    }
    void unusableLockFilesAreHandledAtOnce()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        writeFile(path + QStringLiteral(".lock"), content);
        AppConfig changed;
        changed.routing.maxRetries = 4;
        const auto merged = ConfigFile::update(path, AppConfig{}, changed);
        QVERIFY2(merged, qPrintable(configErrorsMessage(merged ? ConfigErrors{} : merged.error())));
        QCOMPARE(parse(readFile(path))[u"routing"][u"max_retries"].toInt(), 4);
    }
};

QTEST_GUILESS_MAIN(TestConfigUpdate)
#include "tst_configupdate.moc"
