#include "ui/speech/audiofolder.h"
#include "ui/speech/takepanel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vd;

// Where "Open file…" and "Save take…" start (issue #17: in a missing ~/Music, with "Music"
// prefilled as the file name). Only existing folders are ever handed to QFileDialog.
class TestAudioFolder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath("home/Music"));
        QVERIFY(QDir(m_dir.path()).mkpath("home/takes"));
    }

    void startsInTheFirstFolderThatExists_data()
    {
        QTest::addColumn<QString>("lastUsed");
        QTest::addColumn<QString>("music");
        QTest::addColumn<QString>("expected");
        QTest::newRow("last used folder") << "home/takes"
                                          << "home/Music"
                                          << "home/takes";
        QTest::newRow("nothing used yet: Music") << ""
                                                 << "home/Music"
                                                 << "home/Music";
        QTest::newRow("Music missing: home") << ""
                                             << "home/NoMusic"
                                             << "home";
        QTest::newRow("last used folder since removed") << "home/gone"
                                                        << "home/Music"
                                                        << "home/Music";
        QTest::newRow("neither: home") << "home/gone"
                                       << "home/NoMusic"
                                       << "home";
    }

    void startsInTheFirstFolderThatExists()
    {
        QFETCH(QString, lastUsed);
        QFETCH(QString, music);
        QFETCH(QString, expected);
        const auto in = [this](const QString& relative) {
            return relative.isEmpty() ? QString() : m_dir.filePath(relative);
        };
        const QString folder = audioStartFolder(in(lastUsed), in(music), in("home"));
        QCOMPARE(folder, in(expected));
        QVERIFY(QFileInfo(folder).isDir()); // so QFileDialog prefills no file name
    }

    void takePanelStartsWhereTheLastFileWasOpened()
    {
        TakePanel panel;
        QVERIFY(QFileInfo(panel.dialogFolder()).isDir());
        const QString file = qEnvironmentVariable("VOICEDECK_AUDIO_FIXTURES") + "/wav_s16_16000_mono.wav";
        QVERIFY(QFileInfo::exists(file));
        QSignalSpy changed(&panel, &TakePanel::takeChanged);
        panel.openFile(file);
        QVERIFY(changed.wait(20000));
        QCOMPARE(panel.dialogFolder(), QFileInfo(file).absolutePath());
    }
};

QTEST_MAIN(TestAudioFolder)
#include "tst_audiofolder.moc"
