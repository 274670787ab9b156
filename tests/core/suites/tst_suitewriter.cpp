#include "core/audio/audioencoder.h"
#include "core/suites/suitewriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace vd;

namespace {

AudioClip tone()
{
    AudioClip clip;
    clip.sampleRate = 16000;
    clip.channels = 1;
    clip.samples.fill(0.1f, 1600);
    return clip;
}

// The error, for QVERIFY2's message (evaluated whether or not the check fails).
QByteArray why(const Result<SuiteLoad, QString>& written)
{
    return written ? QByteArray() : written.error().toUtf8();
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Writing suite files for the GUI's Suites page: new suites, cases from files and in-memory takes,
// paths relative to the suite's folder, and files the loader cannot read left alone.
class TestSuiteWriter : public QObject
{
    Q_OBJECT

private:
    std::optional<QTemporaryDir> m_dir;
    QString suitePath() const { return m_dir->filePath(QStringLiteral("suite/suite.json")); }
    QString outsideWav() const
    {
        const QString path = m_dir->filePath(QStringLiteral("elsewhere/Kitchen Lights.wav"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!writeAudioFile(tone(), path))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void init() { m_dir.emplace(); }

    void aTakeCreatesTheSuiteWithItsClip()
    {
        NewSuiteCase take;
        take.clip = tone();
        take.expected = QStringLiteral("  turn on the lights ");
        take.tolerance = 0.25;
        take.tags = {QStringLiteral("home")};
        const auto written =
            addSuiteCase(m_dir->filePath(QStringLiteral("suite")), take, QStringLiteral("mine"));
        QVERIFY2(written, why(written));
        QVERIFY(!written->fatal);
        QCOMPARE(written->problems.size(), 0);
        QCOMPARE(written->suite.name, QStringLiteral("mine"));
        QCOMPARE(written->suite.cases.size(), 1);
        const SuiteCase& added = written->suite.cases.first();
        QCOMPARE(added.id, QStringLiteral("take"));
        QCOMPARE(added.expected, QStringLiteral("turn on the lights"));
        QCOMPARE(added.tolerance, 0.25);
        QCOMPARE(added.tags, QStringList{QStringLiteral("home")});
        QCOMPARE(added.audioPath, m_dir->filePath(QStringLiteral("suite/clips/take.wav")));
        const QJsonObject entry =
            QJsonDocument::fromJson(contents(suitePath())).object()["cases"].toArray().first().toObject();
        QCOMPARE(entry["audio"].toString(), QStringLiteral("clips/take.wav")); // relative
        // Round trip: what the loader reads back is what was written.
        const SuiteLoad again = loadSuite(suitePath());
        QCOMPARE(again.suite.cases.first().audioPath, added.audioPath);
    }

    void aFileElsewhereIsCopiedAndOneInsideIsReferenced()
    {
        NewSuiteCase outside;
        outside.audioFile = outsideWav();
        outside.expected = QStringLiteral("turn on the kitchen lights");
        const auto first = addSuiteCase(suitePath(), outside);
        QVERIFY2(first, why(first));
        QCOMPARE(first->suite.cases.first().id, QStringLiteral("kitchen-lights"));
        QCOMPARE(first->suite.cases.first().audioPath, m_dir->filePath("suite/clips/kitchen-lights.wav"));
        QVERIFY(QFile::exists(outside.audioFile)); // copied, not moved

        NewSuiteCase inside;
        inside.audioFile = first->suite.cases.first().audioPath;
        inside.id = QStringLiteral("again");
        inside.expected = QStringLiteral("kitchen lights");
        const auto second = addSuiteCase(suitePath(), inside);
        QVERIFY2(second, why(second));
        QCOMPARE(second->suite.cases.size(), 2);
        QCOMPARE(second->suite.cases.at(1).audioPath, inside.audioFile);
        QCOMPARE(QDir(m_dir->filePath("suite/clips")).entryList(QDir::Files).size(), 1); // no second copy
    }

    void idsAndClipsNeverCollide()
    {
        NewSuiteCase take;
        take.clip = tone();
        take.expected = QStringLiteral("x");
        QVERIFY(addSuiteCase(suitePath(), take));
        QFile::remove(m_dir->filePath("suite/clips/take.wav"));
        QVERIFY(
            QFile(m_dir->filePath("suite/clips/take-2.wav")).open(QIODevice::WriteOnly)); // someone's file
        QFile::copy(outsideWav(), m_dir->filePath("suite/clips/take.wav"));
        const auto second = addSuiteCase(suitePath(), take);
        QVERIFY2(second, why(second));
        QCOMPARE(second->suite.cases.at(1).id, QStringLiteral("take-2"));
        QCOMPARE(second->suite.cases.at(1).audioPath, m_dir->filePath("suite/clips/take-2-2.wav"));
        QCOMPARE(contents(m_dir->filePath("suite/clips/take-2.wav")), QByteArray()); // not overwritten
    }

    void aFileTheLoaderCannotReadIsLeftAlone_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("named");
        QTest::newRow("not json") << QByteArray("{\"version\": 1, \"cases\": [") << "not valid JSON";
        QTest::newRow("newer version") << QByteArray(R"({"version": 2, "cases": [{}]})") << "version";
        QTest::newRow("no cases") << QByteArray(R"({"version": 1})") << "cases";
    }
    void aFileTheLoaderCannotReadIsLeftAlone()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, named);
        QDir().mkpath(QFileInfo(suitePath()).absolutePath());
        QFile file(suitePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        NewSuiteCase take;
        take.clip = tone();
        const auto written = addSuiteCase(suitePath(), take);
        QVERIFY(!written);
        QVERIFY2(written.error().contains(named), written.error().toUtf8());
        QCOMPARE(contents(suitePath()), bytes);
        QVERIFY(!QFileInfo::exists(m_dir->filePath("suite/clips")));
    }

    void otherCasesAndTheirProblemsAreKept()
    {
        QDir().mkpath(QFileInfo(suitePath()).absolutePath());
        QFile file(suitePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"version": 1, "stt_for_tts": "pocketsphinx_stt", "defaults": {"tolerance": 0.3},
                      "cases": [{"id": "gone", "audio": "missing.wav", "expected": "a"},
                                {"id": "speak", "type": "tts", "text": "hello"}]})");
        file.close();
        NewSuiteCase take;
        take.clip = tone();
        take.expected = QStringLiteral("b");
        const auto written = addSuiteCase(suitePath(), take);
        QVERIFY2(written, why(written));
        QCOMPARE(written->problems.size(), 1); // the missing clip, still reported
        QCOMPARE(written->problems.first().caseId, QStringLiteral("gone"));
        QCOMPARE(written->suite.sttForTts, QStringLiteral("pocketsphinx_stt"));
        QCOMPARE(written->suite.cases.size(), 2);
        QCOMPARE(written->suite.cases.at(1).index, 3);
        QCOMPARE(written->suite.cases.at(1).tolerance, 0.3); // the default applies
    }

    void aMissingRecordingIsAnErrorAndWritesNothing()
    {
        NewSuiteCase missing;
        missing.audioFile = m_dir->filePath(QStringLiteral("nope.wav"));
        const auto written = addSuiteCase(suitePath(), missing);
        QVERIFY(!written);
        QVERIFY(written.error().contains(QStringLiteral("nope.wav")));
        QVERIFY(!QFileInfo::exists(suitePath()));
        NewSuiteCase empty;
        QVERIFY(!addSuiteCase(suitePath(), empty));
        QVERIFY(!QFileInfo::exists(suitePath()));
    }
};

QTEST_GUILESS_MAIN(TestSuiteWriter)
#include "tst_suitewriter.moc"
