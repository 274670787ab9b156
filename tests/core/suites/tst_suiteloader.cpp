#include "core/suites/suiteloader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace vd;

// The suite file: valid cases resolved against the file's folder, one problem per bad field
// naming the case, and fatal problems when the file itself is unusable.
class TestSuiteLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes) const
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(bytes);
        return path;
    }
    QString writeSuite(const QJsonArray& cases, const QString& name = QStringLiteral("suite.json")) const
    {
        return write(name, QJsonDocument(QJsonObject{{"version", 1}, {"cases", cases}}).toJson());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        write("clips/hello.wav", "RIFF"); // existence is checked at load time, content at run time
    }

    void readsValidCasesWithPathsRelativeToTheSuite()
    {
        const QString path = write("suite.json", R"({
            "version": 1, "name": "demo", "stt_for_tts": "pocketsphinx_stt",
            "defaults": {"language": "en-US", "tolerance": 0.25},
            "cases": [
              {"id": "hello", "audio": "clips/hello.wav", "expected": "hello", "tags": ["smoke"]},
              {"type": "tts", "text": "good morning", "voice": "slt", "tolerance": 0.5},
              {"text": "voiced first", "expected": "voiced first", "language": "en-GB"}
            ]})");
        const SuiteLoad load = loadSuite(path);
        QVERIFY2(load.problems.isEmpty(), qPrintable(load.problems.value(0).toString()));
        QCOMPARE(load.suite.name, QStringLiteral("demo"));
        QCOMPARE(load.suite.sttForTts, QStringLiteral("pocketsphinx_stt"));
        QCOMPARE(load.suite.cases.size(), 3);
        const SuiteCase& stt = load.suite.cases.at(0);
        QCOMPARE(stt.audioPath, QDir(m_dir.path()).absoluteFilePath("clips/hello.wav"));
        QCOMPARE(stt.language, QStringLiteral("en-US"));
        QCOMPARE(stt.tolerance, 0.25);
        QCOMPARE(stt.tags, QStringList{"smoke"});
        const SuiteCase& tts = load.suite.cases.at(1);
        QCOMPARE(tts.kind, SuiteCaseKind::Tts);
        QCOMPARE(tts.id, QStringLiteral("case-2"));
        QCOMPARE(tts.expected, QStringLiteral("good morning")); // defaults to the spoken text
        QCOMPARE(tts.tolerance, 0.5);
        QCOMPARE(load.suite.cases.at(2).language, QStringLiteral("en-GB"));
        QVERIFY(load.suite.cases.at(2).audioPath.isEmpty());
    }

    void acceptsTheFolderHoldingSuiteJson()
    {
        writeSuite({QJsonObject{{"audio", "../clips/hello.wav"}, {"expected", "hello"}}},
                   "nested/suite.json");
        const SuiteLoad load = loadSuite(m_dir.filePath("nested"));
        QVERIFY(!load.fatal);
        QCOMPARE(load.suite.name, QStringLiteral("nested"));
        QCOMPARE(load.suite.path, m_dir.filePath("nested/suite.json"));
        QCOMPARE(load.suite.cases.size(), 1);
    }

    void reportsOneProblemPerBadField_data()
    {
        QTest::addColumn<QJsonValue>("entry");
        QTest::addColumn<QStringList>("fields"); // one problem per field, in this order
        QTest::addColumn<QString>("mentions");
        const QJsonObject ok{{"id", "c"}, {"audio", "clips/hello.wav"}, {"expected", "hello"}};
        const auto with = [&ok](const char* key, const QJsonValue& value) {
            QJsonObject entry = ok;
            entry.insert(QLatin1String(key), value);
            return QJsonValue(entry);
        };
        const auto without = [&ok](const char* key) {
            QJsonObject entry = ok;
            entry.remove(QLatin1String(key));
            return QJsonValue(entry);
        };
        QTest::newRow("not an object") << QJsonValue("hello.wav") << QStringList{""} << "JSON object";
        QTest::newRow("missing audio file")
            << with("audio", "clips/nope.wav") << QStringList{"audio"} << "clips/nope.wav";
        QTest::newRow("audio is a folder") << with("audio", "clips") << QStringList{"audio"} << "readable";
        QTest::newRow("audio wrong type") << with("audio", 5) << QStringList{"audio"} << "a number";
        QTest::newRow("neither audio nor text") << without("audio") << QStringList{"audio"} << "needs";
        QTest::newRow("both audio and text") << with("text", "hi") << QStringList{"audio"} << "not both";
        QTest::newRow("expected missing") << without("expected") << QStringList{"expected"} << "missing";
        QTest::newRow("expected wrong type")
            << with("expected", QJsonArray{"hello"}) << QStringList{"expected"} << "an array";
        QTest::newRow("negative tolerance") << with("tolerance", -0.1) << QStringList{"tolerance"} << "-0.1";
        QTest::newRow("tolerance as text")
            << with("tolerance", "0.2") << QStringList{"tolerance"} << "a string";
        QTest::newRow("tags not strings") << with("tags", QJsonArray{1, 2}) << QStringList{"tags"} << "array";
        QTest::newRow("unknown type") << with("type", "asr") << QStringList{"type"} << "\"asr\"";
        QTest::newRow("typo field") << with("expect", "hello") << QStringList{"expect"} << "unknown field";
        QTest::newRow("empty language") << with("language", " ") << QStringList{"language"} << "empty";
        QJsonObject two = ok;
        two.insert("tolerance", true);
        two.insert("voice", 3);
        QTest::newRow("two faults") << QJsonValue(two) << QStringList{"voice", "tolerance"} << "true/false";
        QTest::newRow("tts without text")
            << QJsonValue(QJsonObject{{"type", "tts"}, {"voice", "slt"}}) << QStringList{"text"} << "missing";
        QTest::newRow("tts with audio")
            << QJsonValue(QJsonObject{{"type", "tts"}, {"text", "hi"}, {"audio", "a.wav"}})
            << QStringList{"audio"} << "remove";
    }
    void reportsOneProblemPerBadField()
    {
        QFETCH(QJsonValue, entry);
        QFETCH(QStringList, fields);
        QFETCH(QString, mentions);
        const QJsonObject good{{"id", "good"}, {"audio", "clips/hello.wav"}, {"expected", "hello"}};
        const SuiteLoad load = loadSuite(writeSuite({good, entry}));
        QVERIFY(!load.fatal);
        QCOMPARE(load.suite.cases.size(), 1); // the good case stays
        QCOMPARE(load.suite.cases.first().id, QStringLiteral("good"));
        QStringList found;
        for (const SuiteProblem& problem : load.problems) {
            found << problem.field;
            QCOMPARE(problem.caseIndex, 2);
            QVERIFY2(problem.toString().startsWith(QStringLiteral("case 2")), qPrintable(problem.toString()));
        }
        QCOMPARE(found, fields);
        QVERIFY2(load.problems.last().message.contains(mentions) ||
                     load.problems.first().message.contains(mentions),
                 qPrintable(load.problems.first().toString()));
    }

    void problemsNameTheCaseId()
    {
        const SuiteLoad load = loadSuite(writeSuite({QJsonObject{{"id", "kitchen"}, {"expected", "x"}}}));
        QCOMPARE(load.problems.size(), 1);
        QCOMPARE(load.problems.first().toString().left(25), QStringLiteral("case 1 (kitchen): audio: "));
    }

    void duplicateIdsAreAProblem()
    {
        const QJsonObject entry{{"id", "same"}, {"audio", "clips/hello.wav"}, {"expected", "hello"}};
        const SuiteLoad load = loadSuite(writeSuite({entry, entry}));
        QCOMPARE(load.suite.cases.size(), 1);
        QCOMPARE(load.problems.size(), 1);
        QCOMPARE(load.problems.first().caseIndex, 2);
        QCOMPARE(load.problems.first().field, QStringLiteral("id"));
    }

    void unusableFilesAreFatal_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: no file at all
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing file") << QByteArray() << ""
                                      << "no such suite file";
        QTest::newRow("not json") << QByteArray("{\"version\": 1,") << ""
                                  << "not valid JSON";
        QTest::newRow("array") << QByteArray("[]") << ""
                               << "JSON object";
        QTest::newRow("no version") << QByteArray(R"({"cases": [{}]})") << "version"
                                    << "add \"version\": 1";
        QTest::newRow("future version") << QByteArray(R"({"version": 2, "cases": [{}]})") << "version"
                                        << "reads version 1";
        QTest::newRow("no cases") << QByteArray(R"({"version": 1})") << "cases"
                                  << "missing or empty";
        QTest::newRow("cases not array") << QByteArray(R"({"version": 1, "cases": {}})") << "cases"
                                         << "array";
    }
    void unusableFilesAreFatal()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, field);
        QFETCH(QString, mentions);
        const QString path = content.isEmpty() ? m_dir.filePath("absent.json") : write("fatal.json", content);
        const SuiteLoad load = loadSuite(path);
        QVERIFY(load.fatal);
        QVERIFY(load.suite.cases.isEmpty());
        QCOMPARE(load.problems.size(), 1);
        QCOMPARE(load.problems.first().field, field);
        QVERIFY2(load.problems.first().message.contains(mentions), qPrintable(load.problems.first().message));
        QCOMPARE(load.suite.path, QFileInfo(path).absoluteFilePath());
    }

    void badTopLevelKeysAreProblemsButNotFatal()
    {
        const SuiteLoad load = loadSuite(write("top.json", R"({"version": 1, "nmae": "x",
            "defaults": {"tolerance": "high"},
            "cases": [{"audio": "clips/hello.wav", "expected": "hello"}]})"));
        QVERIFY(!load.fatal);
        QCOMPARE(load.suite.cases.size(), 1);
        QCOMPARE(load.problems.size(), 2);
        QCOMPARE(load.problems.at(0).field, QStringLiteral("nmae"));
        QCOMPARE(load.problems.at(1).field, QStringLiteral("defaults.tolerance"));
        QCOMPARE(load.problems.at(0).caseIndex, 0);
    }

    void filtersCasesByTag()
    {
        const SuiteLoad load = loadSuite(writeSuite({
            QJsonObject{
                {"id", "a"}, {"audio", "clips/hello.wav"}, {"expected", "x"}, {"tags", QJsonArray{"fast"}}},
            QJsonObject{
                {"id", "b"}, {"audio", "clips/hello.wav"}, {"expected", "x"}, {"tags", QJsonArray{"slow"}}},
            QJsonObject{{"id", "c"}, {"audio", "clips/hello.wav"}, {"expected", "x"}},
        }));
        QCOMPARE(load.suite.withTags({}).cases.size(), 3);
        const Suite fast = load.suite.withTags({"fast"});
        QCOMPARE(fast.cases.size(), 1);
        QCOMPARE(fast.cases.first().id, QStringLiteral("a"));
        QCOMPARE(load.suite.withTags({"fast", "slow"}).cases.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSuiteLoader)
#include "tst_suiteloader.moc"
